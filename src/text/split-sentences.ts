import type { Stage } from '../core/stage.ts';
import type { QuoteSpan, Sentence } from '../core/types.ts';
import type { TextLexicon } from '../lang/text-lexicon.ts';
import { ABBREVIATION, FINAL_ABBREVIATION, classifyAbbreviation } from './classify-abbreviation.ts';
import { isLetterCode, isLineBreakCode, isLowerCode, isSpaceCode, isUpperCode, isWordCode } from './char-class.ts';

/** Marks and brackets that may follow the end of a sentence and belong to it. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', '«', ')', ']', '}', '“', '‘']);
/** Closing marks and brackets that never open anything. */
const PLAIN_CLOSERS = new Set(['”', '»', '›', ')', ']', '}']);
/** Marks and brackets that may open a sentence or a word. */
const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '«', '»', '‹', '(', '[', '{', '¿', '¡', '`']);

/**
 * Splits each paragraph into sentences (a heading is one sentence). A sentence ends after . ! ?
 * or … (with any closing marks and brackets after it) when white space and then something
 * other than a lower-case letter follows. A full stop after an abbreviation (dr., d.w.z.) or an
 * initial (J.F. Kennedy) does not end it; one after an abbreviation that often closes a
 * sentence (etc., Inc.) does when a capital follows. Numbers (20.000, 3,5, 22.30) never end one
 * as their stops are not followed by white space. A quotation followed by a lower-case
 * attribution (“…”, zei hij. / ,,…'' zegt hij.) stays one sentence with it; a quotation that
 * holds several sentences is split inside. `tokenStart`/`tokenEnd` are filled by `tokenize`.
 */
export const splitSentences: Stage = (analysis, context) => {
  const text = analysis.text;
  const lexicon = context.pack.text;
  const sentences: Sentence[] = [];
  const closeMarkEnds = closingMarkEnds(analysis.quoteSpans);
  analysis.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'heading') {
      sentences.push({ start: paragraph.start, end: paragraph.end, paragraph: index, tokenStart: 0, tokenEnd: 0 });
      return;
    }
    let sentenceStart = -1;
    let i = paragraph.start;
    const end = paragraph.end;
    let lineWords = 0;
    let sentenceWords = 0;
    while (i < end) {
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
      if (i >= end) break;
      const chunkStart = i;
      while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
      const wordEnd = i;
      let chunkEnd = i;
      if (sentenceStart === -1) sentenceStart = chunkStart;
      let next = skipSpace(text, i, end);
      const stop = finalStop(text, chunkStart, wordEnd, closeMarkEnds);
      // Closing marks set off by a space (". ''" in the Dutch treebanks) and reference marks
      // (". [17]") belong to this chunk.
      while (stop !== -1 && next < end) {
        let after = next;
        while (after < end && !isSpaceCode(text.charCodeAt(after))) after++;
        if (!isAllClosers(text, next, after, closeMarkEnds) && !isCitation(text, next, after)) break;
        chunkEnd = after;
        i = after;
        next = skipSpace(text, after, end);
      }
      if (next >= end) break;
      lineWords++;
      sentenceWords++;
      const lineBreak = hasLineBreak(text, chunkEnd, next);
      if (
        (stop !== -1 && endsSentence(text, chunkStart, stop, next, end, lexicon)) ||
        (lineBreak ? endsLine(text, wordEnd, next, end, lineWords) : startsAfterLowerCase(text, chunkStart, wordEnd, next, end, lexicon) || endsInlineHeading(text, sentenceStart, chunkEnd, next, end, sentenceWords, lexicon))
      ) {
        sentences.push({ start: sentenceStart, end: chunkEnd, paragraph: index, tokenStart: 0, tokenEnd: 0 });
        sentenceStart = -1;
        sentenceWords = 0;
      }
      if (lineBreak) lineWords = 0;
    }
    if (sentenceStart !== -1) sentences.push({ start: sentenceStart, end: paragraph.end, paragraph: index, tokenStart: 0, tokenEnd: 0 });
  });
  return { ...analysis, sentences };
};

/** Offsets just past each closing quotation mark, to look through them at the end of a sentence. */
function closingMarkEnds(quoteSpans: readonly QuoteSpan[]): Set<number> {
  const ends = new Set<number>();
  for (const span of quoteSpans) if (span.close !== null) ends.add(span.close.end);
  return ends;
}

function skipSpace(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the chunk `text[start, end)` has . ! ? or … with only closing marks after it; -1 when it has none. */
function finalStop(text: string, start: number, end: number, closeMarkEnds: ReadonlySet<number>): number {
  let last = end - 1;
  if (isWordCode(text.charCodeAt(last))) return -1; // most words
  while (last > start && (CLOSERS.has(text[last]) || closeMarkEnds.has(last + 1))) last--;
  const ch = text.charCodeAt(last);
  return ch === 0x2e || ch === 0x21 || ch === 0x3f || ch === 0x2026 ? last : -1;
}

/** Every character of `text[start, end)` is a paired closing mark or an unambiguous closer (” » ) ]). */
function isAllClosers(text: string, start: number, end: number, closeMarkEnds: ReadonlySet<number>): boolean {
  for (let i = start; i < end; i++) {
    if (closeMarkEnds.has(i + 1)) continue;
    if (closeMarkEnds.has(i + 2) && i + 1 < end) {
      i++;
      continue;
    }
    if (!PLAIN_CLOSERS.has(text[i])) return false;
  }
  return true;
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLineBreakCode(text.charCodeAt(i))) return true;
  return false;
}

/** Characters that start an item of a list. */
const BULLETS = new Set(['•', '·', '-', '–', '—', '*', '▪', '►', '◦', '‣']);

/**
 * A line break without a full stop before it ends a sentence when a list item follows
 * (a bullet) or when the line is short (a caption, a list item, a dateline: at most ten words)
 * and the next line starts like a sentence. Long lines are wrapped text and run on.
 */
function endsLine(text: string, wordEnd: number, next: number, limit: number, lineWords: number): boolean {
  if (BULLETS.has(text[next]) && next + 1 < limit && isSpaceCode(text.charCodeAt(next + 1))) return true;
  const last = text[wordEnd - 1];
  if (last === ',' || last === '-' || last === '(' || last === '&') return false;
  return lineWords <= 10 && startsSentence(text, next, limit);
}

/**
 * Text that lost its line breaks (captions and list items joined to the next sentence): a
 * lower-case word without punctuation followed by a capitalised word that starts sentences and
 * does not begin names ("… een goede legcapaciteit In ontwikkelingslanden …").
 */
function startsAfterLowerCase(text: string, chunkStart: number, wordEnd: number, next: number, limit: number, lexicon: TextLexicon): boolean {
  if (!isUpperCode(text.charCodeAt(next)) || !isLowerCode(text.charCodeAt(wordEnd - 1)) || !isLowerCode(text.charCodeAt(chunkStart))) return false;
  return lexicon.startersAfterLowerCase.has(nextWord(text, next, limit));
}

/**
 * A heading that lost its line break: the sentence so far is one to four plain capitalised
 * words that are not function words ("Geschiedenis", "Tropisch klimaat") and the next word
 * starts sentences and is followed by a lower-case word ("Het is waarschijnlijk …"). "De" is
 * left out: it begins Flemish names ("Bart De Wever").
 */
function endsInlineHeading(text: string, sentenceStart: number, chunkEnd: number, next: number, limit: number, words: number, lexicon: TextLexicon): boolean {
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
      const word = text.slice(wordStart, i);
      if (lexicon.sentenceStarters.has(word[0].toUpperCase() + word.slice(1))) return false;
      wordStart = i + 1;
    } else if (!isLetterCode(code) && code !== 0x2d) return false;
  }
  return true;
}

/** A reference mark after a sentence, as in Wikipedia: "[17]", "[a]". */
function isCitation(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 8 || text[start] !== '[' || text[end - 1] !== ']') return false;
  for (let i = start + 1; i < end - 1; i++) if (!isWordCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the chunk that starts at `start` and has its final . ! ? or … at `last` ends a
 * sentence, given the next chunk at `next`.
 */
function endsSentence(text: string, start: number, last: number, next: number, limit: number, lexicon: TextLexicon): boolean {
  const ch = text.charCodeAt(last);
  if (ch === 0x2e && !(last > start && text.charCodeAt(last - 1) === 0x2e)) {
    // a single full stop: after an abbreviation?
    let wordStart = start;
    while (wordStart < last && OPENERS.has(text[wordStart])) wordStart++;
    const kind = classifyAbbreviation(text, wordStart, last, lexicon, firstCode(text, next, limit));
    // After an initial or a name in capitals (U.S., D.C.), a word that starts sentences
    // ("eigenschap B. Maar …", "in the U.S. The …") starts one; after another abbreviation
    // that often ends a sentence (etc., Ltd., kg.) any capital does.
    if (kind === ABBREVIATION) return last - wordStart === 1 && lexicon.sentenceStarters.has(nextWord(text, next, limit));
    if (kind === FINAL_ABBREVIATION) {
      if (isCapitalInitials(text, wordStart, last)) return lexicon.sentenceStarters.has(nextWord(text, next, limit));
      return isUpperCode(firstCode(text, next, limit));
    }
  }
  return startsSentence(text, next, limit);
}

/** The first letter or digit of the next chunk, past opening marks. */
function firstCode(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit - 1 && OPENERS.has(text[i])) i++;
  if (text.charCodeAt(i) === 0x2c && text.charCodeAt(i + 1) === 0x2c) i += 2; // ,,
  if (i > at) i = skipSpace(text, i, limit); // spaced as in tokenised text: ",, Ik"
  return i < limit ? text.charCodeAt(i) : 0x20;
}

/** The letters of the next word, past opening marks. */
function nextWord(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit - 1 && OPENERS.has(text[i])) i++;
  let j = i;
  while (j < limit && isLetterCode(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** A sentence starts with a capital, a digit or a letter without case, after any opening marks. */
function startsSentence(text: string, at: number, limit: number): boolean {
  const code = firstCode(text, at, limit);
  return isWordCode(code) && !isLowerCode(code);
}

/** Capitals and full stops only: "U.S", "D.C", "N.V". */
function isCapitalInitials(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && !isUpperCode(code)) return false;
  }
  return true;
}
