import type { TextLexicon } from '../lang/text-lexicon.ts';
import { isLetterCode, isLowerCode, isSpaceCode, isUpperCode, isWordCode } from './char-class.ts';
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

/** How many words a label of a "Label: value" list item may have ("Hoogste punt:", "Aantal inwoners:"). */
const MAX_LABEL_WORDS = 4;
/** How many words the item so far may have: list items are short; prose that has a colon goes on. */
const MAX_LABELLED_ITEM_WORDS = 14;

/**
 * Where the sentence splitter stands in `text`: the sentence so far is `[sentenceStart,
 * chunkEnd)`, of `words` words, its last chunk `[chunkStart, chunkEnd)`; the next chunk starts
 * at `next`, and the paragraph ends at `limit`.
 */
export interface SplitPoint {
  readonly text: string;
  readonly sentenceStart: number;
  readonly chunkStart: number;
  readonly chunkEnd: number;
  readonly next: number;
  readonly limit: number;
  readonly words: number;
}

/**
 * Items of a "Label: value" list whose line breaks were lost ("Oppervlakte: 2106 km² Dialect:
 * Brabants", "CD&V: 22 VLD: 21"): the sentence so far opens with a label and has a value after
 * it, and the next words are a label of the same kind (in lower case when the first is) that
 * is not run on from a function word ("… tegen de Tweede Kamer: …" stays one sentence).
 */
export function startsLabelledItem(at: SplitPoint, lexicon: TextLexicon): boolean {
  const { text, sentenceStart, chunkStart, chunkEnd, next, limit, words } = at;
  if (words > MAX_LABELLED_ITEM_WORDS || !isWordCode(text.charCodeAt(next)) || !isWordCode(text.charCodeAt(sentenceStart))) return false;
  if (!sameCase(text.charCodeAt(sentenceStart), text.charCodeAt(next))) return false;
  const last = text[chunkEnd - 1];
  if (last === ',' || last === ';' || last === ':' || last === '(' || last === '-' || last === '&') return false;
  const word = text.slice(chunkStart, chunkEnd);
  if (lexicon.sentenceStarters.has(word[0].toUpperCase() + word.slice(1))) return false;
  const firstLabelEnd = labelEnd(text, sentenceStart, limit, MAX_LABEL_WORDS, false);
  if (firstLabelEnd === -1 || firstLabelEnd >= chunkStart) return false;
  // After a capitalised word the value is a name ("Gerda Van Langendonck West-Vlaanderen:", all
  // its words capitalised, unlike "… tegen de Tweede Kamer:") and the label one word or a
  // capital and lower-case words ("Dijle, Demer, Zenne Aantal inwoners:"); a label in lower
  // case is one word ("12 meter breedte:").
  const afterName = isUpperCode(text.charCodeAt(chunkStart));
  if (afterName && !allCapitalised(text, firstLabelEnd, chunkEnd)) return false;
  if (isLowerCode(text.charCodeAt(next))) return labelEnd(text, next, limit, 1, false) !== -1;
  return labelEnd(text, next, limit, MAX_LABEL_WORDS, afterName) !== -1;
}

/** Every word of `text[start, end)` starts with a capital. */
function allCapitalised(text: string, start: number, end: number): boolean {
  for (let i = skipSpace(text, start, end); i < end; i = skipSpace(text, i, end)) {
    if (!isUpperCode(text.charCodeAt(i))) return false;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
  }
  return true;
}

/**
 * Where the label that starts at `at` ends (1 to `maxWords` words, the last with a glued ":"
 * and text after it; with `restLower` the words after the first in lower case), or -1.
 */
function labelEnd(text: string, at: number, limit: number, maxWords: number, restLower = false): number {
  let i = at;
  for (let n = 0; n < maxWords && i < limit; n++) {
    const start = i;
    if (n > 0 && restLower && !isLowerCode(text.charCodeAt(i))) return -1;
    while (i < limit && !isSpaceCode(text.charCodeAt(i))) i++;
    const lastCode = text.charCodeAt(i - 1);
    if (lastCode === 0x3a) return i - start > 1 && skipSpace(text, i, limit) < limit ? i : -1;
    // A word inside a label ends in a letter or digit ("Hoogste punt:", "Jong N-VA:").
    if (!isWordCode(lastCode)) return -1;
    i = skipSpace(text, i, limit);
  }
  return -1;
}

/** A label in lower case follows one in lower case; a capitalised or numbered one follows either of those. */
function sameCase(a: number, b: number): boolean {
  return isLowerCode(a) === isLowerCode(b);
}

/** How many words an item that ends in a bracketed year may have. */
const MAX_DATED_ITEM_WORDS = 16;

/**
 * Items of a list of dated entries whose line breaks were lost: the item so far (`words`
 * words) ends in a bracketed year or span of years ("Provincieraadslid (1985-1987)",
 * "Brugge (1982)") and the next word is capitalised or a number ("Lid Vlaamse Raad (1988-1995)"),
 * or it is a quoted title with its years before the next quoted title.
 */
export function endsDatedItem(text: string, chunkStart: number, chunkEnd: number, next: number, words: number): boolean {
  if (endsQuotedTitleItem(text, chunkStart, chunkEnd, next)) return true;
  if (words > MAX_DATED_ITEM_WORDS || text[chunkStart] !== '(' || text[chunkEnd - 1] !== ')') return false;
  if (!/^\(\d{4}(?:[-–](?:\d{4}|\.\.\.|…)?)?\)$/.test(text.slice(chunkStart, chunkEnd))) return false;
  return isWordCode(text.charCodeAt(next)) && !isLowerCode(text.charCodeAt(next));
}

/** Marks that close a quoted title and open the next one. */
const TITLE_CLOSERS = new Set(['»', '”', '"', '’', "'"]);
const TITLE_OPENERS = new Set(['«', '“', '"', '‘', "'", '„']);

/**
 * A list of quoted titles with their years ("« De Geuzen » 1985-1990 « Bessy » 1952-1995"):
 * the chunk is a span of years ("1985-1990", "1945-heden") after a closing mark, and the next
 * chunk opens a quotation.
 */
function endsQuotedTitleItem(text: string, chunkStart: number, chunkEnd: number, next: number): boolean {
  if (!TITLE_OPENERS.has(text[next]) || !/^\d{4}[-–](?:\d{4}|\p{Ll}+)$/u.test(text.slice(chunkStart, chunkEnd))) return false;
  let before = chunkStart - 1;
  while (before >= 0 && isSpaceCode(text.charCodeAt(before))) before--;
  return before >= 0 && before < chunkStart - 1 && TITLE_CLOSERS.has(text[before]);
}

/**
 * A one-word heading run into a sentence that repeats it ("Landbouw Landbouw is …", "Balkan De
 * Balkan kwam …"): the sentence so far (`text[sentenceStart, chunkEnd)`) is one plain word,
 * capitalised and no function word ("De De Keyserlei …" is a typo), and the next word, or the
 * word after a sentence starter, is that word again. Longer runs are titles ("GREAT Store
 * GREAT Service!").
 */
export function endsRepeatedHeading(text: string, sentenceStart: number, chunkEnd: number, next: number, limit: number, words: number, lexicon: TextLexicon): boolean {
  if (words !== 1 || !isUpperCode(text.charCodeAt(sentenceStart)) || !isUpperCode(text.charCodeAt(next))) return false;
  for (let i = sentenceStart; i < chunkEnd; i++) {
    const code = text.charCodeAt(i);
    if (!isLetterCode(code) && code !== 0x2d && !isSpaceCode(code)) return false;
  }
  const first = chunkAt(text, sentenceStart, limit);
  if (first.length < 2 || lexicon.sentenceStarters.has(first)) return false;
  const following = chunkAt(text, next, limit);
  if (following === first) return true;
  if (!lexicon.sentenceStarters.has(following)) return false;
  return chunkAt(text, skipSpace(text, next + following.length, limit), limit) === first;
}

/** The run of letters and hyphens at `at` ("Sovjet-Unie" of "Sovjet-Unie,"). */
function chunkAt(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit && (isLetterCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i++;
  return text.slice(at, i);
}
