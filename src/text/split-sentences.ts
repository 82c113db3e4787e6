import type { Stage } from '../core/stage.ts';
import type { QuoteSpan, Sentence } from '../core/types.ts';
import type { TextLexicon } from '../lang/text-lexicon.ts';
import { endsDatedItem, endsInlineHeading, endsLine, endsRepeatedHeading, startsAfterLowerCase, startsLabelledItem } from './break-without-stop.ts';
import { isLineBreakCode, isSpaceCode, isWordCode } from './char-class.ts';
import { endsAtStop, finalStop } from './end-at-stop.ts';
import { skipSpace } from './peek-next-word.ts';

/**
 * Words (runs of non-space characters) after which a sentence ends whatever follows: the
 * longest sentence of the UD dev sets has 133 tokens; a longer run is a page without
 * punctuation, and later stages that look back through their sentence stay linear.
 */
export const MAX_SENTENCE_WORDS = 300;

/** Closing marks and brackets that never open anything. */
const PLAIN_CLOSERS = new Set(['”', '»', '›', ')', ']', '}']);

/**
 * Splits each paragraph into sentences (a heading is one sentence), chunk by chunk (runs of
 * non-space characters). A sentence ends after . ! ? or … when the next word starts like a
 * sentence (`end-at-stop.ts`: abbreviations, initials, numbers); closing marks after the stop
 * belong to it, also when set off by a space (". ''") as do reference marks (". [17]"). So
 * “…”, zei hij. and ,,…'' zegt hij. stay one sentence, and a quotation that holds several
 * sentences is split inside. Without a stop a sentence ends at a short line, before a list
 * bullet and where line breaks were lost (`break-without-stop.ts`). `tokenStart`/`tokenEnd`
 * are filled by `tokenize`.
 */
export const splitSentences: Stage = (analysis, context) => {
  const text = analysis.text;
  const lexicon = context.pack.text;
  const sentences: Sentence[] = [];
  const closeMarkEnds = closingMarkEnds(analysis.quoteSpans);
  analysis.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'heading') {
      splitLabelledItems(text, paragraph.start, paragraph.end, lexicon, (start, end) => sentences.push({ start, end, paragraph: index, tokenStart: 0, tokenEnd: 0 }));
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
        sentenceWords >= MAX_SENTENCE_WORDS ||
        (stop !== -1 && endsAtStop(text, chunkStart, stop, next, end, lexicon)) ||
        (lineBreak ? endsLine(text, wordEnd, next, end, lineWords) : startsAfterLowerCase(text, chunkStart, wordEnd, next, end, lexicon) || endsInlineHeading(text, sentenceStart, chunkEnd, next, end, sentenceWords, lexicon) || startsLabelledItem({ text, sentenceStart, chunkStart, chunkEnd, next, limit: end, words: sentenceWords }, lexicon) || endsDatedItem(text, chunkStart, chunkEnd, next, sentenceWords) || endsRepeatedHeading(text, sentenceStart, chunkEnd, next, end, sentenceWords, lexicon))
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

/** A heading is one sentence, unless it is a run of "Label: value" items ("2007: 21 februari 2008: 6 februari"). */
function splitLabelledItems(text: string, start: number, end: number, lexicon: TextLexicon, push: (start: number, end: number) => void): void {
  let sentenceStart = start;
  let words = 0;
  let i = start;
  while (i < end) {
    const chunkStart = i;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
    const chunkEnd = i;
    const next = skipSpace(text, i, end);
    if (next >= end) break;
    words++;
    if (startsLabelledItem({ text, sentenceStart, chunkStart, chunkEnd, next, limit: end, words }, lexicon)) {
      push(sentenceStart, chunkEnd);
      sentenceStart = next;
      words = 0;
    }
    i = next;
  }
  push(sentenceStart, end);
}

/** Offsets just past each closing quotation mark, to look through them at the end of a sentence. */
function closingMarkEnds(quoteSpans: readonly QuoteSpan[]): Set<number> {
  const ends = new Set<number>();
  for (const span of quoteSpans) if (span.close !== null) ends.add(span.close.end);
  return ends;
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

/** A reference mark after a sentence, as in Wikipedia: "[17]", "[a]". */
function isCitation(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 8 || text[start] !== '[' || text[end - 1] !== ']') return false;
  for (let i = start + 1; i < end - 1; i++) if (!isWordCode(text.charCodeAt(i))) return false;
  return true;
}
