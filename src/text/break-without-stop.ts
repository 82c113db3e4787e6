import type { TextLexicon } from '../lang/text-lexicon.ts';
import { isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from './char-class.ts';
import { nextWord, skipSpace, startsSentence } from './peek-next-word.ts';

/**
 * Sentence ends without a full stop: at line breaks inside a paragraph, and where line breaks
 * were lost (captions, list items and headings run into the next sentence).
 */

/** Characters that start an item of a list. */
const BULLETS = new Set(['•', '·', '-', '–', '—', '*', '▪', '►', '◦', '‣']);

/**
 * A line break without a full stop before it ends a sentence when a list item follows
 * (a bullet) or when the line is short (a caption, a list item, a dateline: at most ten words)
 * and the next line starts like a sentence. Long lines are wrapped text and run on.
 */
export function endsLine(text: string, wordEnd: number, next: number, limit: number, lineWords: number): boolean {
  if (BULLETS.has(text[next]) && next + 1 < limit && isSpaceCode(text.charCodeAt(next + 1))) return true;
  const last = text[wordEnd - 1];
  if (last === ',' || last === '-' || last === '(' || last === '&') return false;
  return lineWords <= 10 && startsSentence(text, next, limit);
}

/**
 * A lower-case word without punctuation followed by a capitalised word that starts sentences
 * and does not begin names ("… een goede legcapaciteit In ontwikkelingslanden …").
 */
export function startsAfterLowerCase(text: string, chunkStart: number, wordEnd: number, next: number, limit: number, lexicon: TextLexicon): boolean {
  if (!isUpperCode(text.charCodeAt(next)) || !isLowerCode(text.charCodeAt(wordEnd - 1)) || !isLowerCode(text.charCodeAt(chunkStart))) return false;
  return lexicon.startersAfterLowerCase.has(nextWord(text, next, limit));
}

/**
 * A heading run into its paragraph: the sentence so far (`text[sentenceStart, chunkEnd)`, of
 * `words` words) is one to four plain capitalised words that are not function words
 * ("Geschiedenis", "Tropisch klimaat") and the next word starts sentences and is followed by
 * a lower-case word ("Het is waarschijnlijk …"). "De" is left out: it begins Flemish names
 * ("Bart De Wever").
 */
export function endsInlineHeading(text: string, sentenceStart: number, chunkEnd: number, next: number, limit: number, words: number, lexicon: TextLexicon): boolean {
  if (words > 4 || !isUpperCode(text.charCodeAt(next)) || !isUpperCode(text.charCodeAt(sentenceStart))) return false;
  const following = nextWord(text, next, limit);
  if (following === 'De' || !lexicon.sentenceStarters.has(following)) return false;
  // The new sentence goes on in lower case ("Het is …"), unlike a title in capitals ("To Use The …").
  const after = skipSpace(text, next + following.length, limit);
  if (after >= limit || !isLowerCode(text.charCodeAt(after))) return false;
  let wordStart = sentenceStart;
  for (let i = sentenceStart; i <= chunkEnd; i++) {
    const code = i < chunkEnd ? text.charCodeAt(i) : 0x20;
    if (isSpaceCode(code)) {
      if (i > wordStart) {
        const word = text.slice(wordStart, i);
        if (lexicon.sentenceStarters.has(word[0].toUpperCase() + word.slice(1))) return false;
      }
      wordStart = i + 1;
    } else if (!isLetterCode(code) && code !== 0x2d) {
      return false;
    }
  }
  return true;
}
