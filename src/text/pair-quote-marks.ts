import type { Stage } from '../core/stage.ts';
import type { QuoteSpan, QuoteStyle } from '../core/types.ts';
import type { TextLexicon } from '../lang/text-lexicon.ts';
import { isSpaceCode, isWordCode } from './char-class.ts';
import { isElision } from './is-elision.ts';

const DOUBLE = 0;
const SINGLE = 1;

/** Marks may nest this deep; an opening mark beyond it is not taken for one (keeps the scan linear). */
const MAX_DEPTH = 8;
/** How far down the stack a closing mark looks for its opening mark. */
const MAX_LOOKBACK = 4;

/** Characters after which a mark stands at the start of a quotation (besides white space). */
const OPENISH = new Set(['(', '[', '{', '<', '“', '‘', '„', '‚', '«', '»', '"', "'", '—', '–', '-', '/', ':', '‹']);

interface OpenMark {
  readonly start: number;
  readonly end: number;
  readonly cls: number;
  readonly mark: string;
  readonly depth: number;
}

/**
 * Pairs quotation marks within each paragraph: “ ” ‘ ’ „ ‚ « » ‹ › " ' and the typed Dutch
 * ,, … '' (also ,, … ”). Apostrophes are not marks: inside words (camera’s, zo'n, don't) and
 * in elisions ('s avonds, 't, '90). A closing mark pairs with the nearest open mark of the same
 * kind (double or single), dropping unclosed marks nested inside it; marks still open at the end
 * of a paragraph give spans with `closed: false` that run to the paragraph's end (the convention
 * for a quotation that runs on into the next paragraph, which opens with a mark again).
 * Linear in the text: the stack is capped at MAX_DEPTH and a closer looks MAX_LOOKBACK deep.
 */
export const pairQuoteMarks: Stage = (analysis, context) => {
  const text = analysis.text;
  const lexicon = context.pack.text;
  const spans: QuoteSpan[] = [];
  for (const paragraph of analysis.paragraphs) {
    pairInParagraph(text, paragraph.start, paragraph.end, lexicon, spans);
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...analysis, quoteSpans: spans };
};

function pairInParagraph(text: string, start: number, end: number, lexicon: TextLexicon, out: QuoteSpan[]): void {
  const stack: OpenMark[] = [];

  const open = (at: number, length: number, cls: number): void => {
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ start: at, end: at + length, cls, mark: text.slice(at, at + length), depth: stack.length });
  };
  /** Closes the nearest open mark of class `cls`; false when there is none. */
  const close = (at: number, length: number, cls: number): boolean => {
    const k = findOpen(stack, cls);
    if (k === -1) return false;
    const opened = stack[k];
    stack.length = k;
    const closeMark = text.slice(at, at + length);
    out.push({
      start: opened.start,
      end: at + length,
      style: styleOf(opened.mark, closeMark),
      inner: { start: opened.end, end: at },
      open: { start: opened.start, end: opened.end, text: opened.mark },
      close: { start: at, end: at + length, text: closeMark },
      closed: true,
      depth: opened.depth,
    });
    return true;
  };
  const hasOpen = (cls: number): boolean => findOpen(stack, cls) !== -1;
  const topMark = (cls: number): string | null => {
    const k = findOpen(stack, cls);
    return k === -1 ? null : stack[k].mark;
  };

  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Fast path: most characters are not marks.
    if (code !== 0x22 && code !== 0x27 && code !== 0x2c && code !== 0x60 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x203a)) continue;
    const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
    const afterOpenish = isSpaceCode(prev) || OPENISH.has(text[i - 1]) || i === start;
    const beforeText = !isSpaceCode(next);
    const opening = afterOpenish && beforeText;
    const closing = !isSpaceCode(prev) && i > start && (!beforeText || !isWordCode(next));
    switch (code) {
      case 0x2c: // ,, typed Dutch opening mark; also spaced as in tokenised text (",, Ik") and
        // glued to the word before ("dat,,het"; "Jansen,,, waar": a comma, then the mark)
        if (next === 0x2c && i + 2 < end && text.charCodeAt(i + 2) !== 0x2c) {
          open(i, 2, DOUBLE);
          i++;
        }
        break;
      case 0x60: // `` or `
        if (next === 0x60) {
          if (i + 2 < end && !isSpaceCode(text.charCodeAt(i + 2))) open(i, 2, DOUBLE);
          i++;
        } else if (opening) open(i, 1, SINGLE);
        break;
      case 0x27: // '
        if (next === 0x27) {
          const next2 = i + 2 < end ? text.charCodeAt(i + 2) : 0x20;
          const closing2 = !isSpaceCode(prev) && i > start && (isSpaceCode(next2) || !isWordCode(next2));
          // After a typed ,, opener, '' closes also when spaced as in tokenised text (" '' ").
          const spacedClose = topMark(DOUBLE) === ',,' && (isSpaceCode(next2) || !isWordCode(next2));
          if (hasOpen(DOUBLE) && (closing2 || !afterOpenish || spacedClose)) close(i, 2, DOUBLE);
          else if (afterOpenish && !isSpaceCode(next2)) open(i, 2, DOUBLE);
          i++;
          break;
        }
        handleSingle(i, prev, next, opening, closing, false);
        break;
      case 0x2018: // ‘
        handleSingle(i, prev, next, opening, closing, true);
        break;
      case 0x2019: // ’
        if (isWordCode(prev) && isWordCode(next) && i > start) break;
        if (opening && isElision(text, i + 1, end, lexicon)) break;
        if (opening && !hasOpen(SINGLE)) open(i, 1, SINGLE);
        else close(i, 1, SINGLE);
        break;
      case 0x201a: // ‚
        if (afterOpenish && isWordCode(next)) open(i, 1, SINGLE);
        break;
      case 0x201c: // “
        if (closing && !opening && hasOpen(DOUBLE)) close(i, 1, DOUBLE);
        else if (closing && topMark(DOUBLE) === '„') close(i, 1, DOUBLE);
        else if (beforeText) open(i, 1, DOUBLE);
        break;
      case 0x201d: // ”
        if (hasOpen(DOUBLE) && !(opening && !closing && topMark(DOUBLE) === '”')) close(i, 1, DOUBLE);
        else if (opening) open(i, 1, DOUBLE);
        break;
      case 0x201e: // „
        if (beforeText) open(i, 1, DOUBLE);
        break;
      case 0x22: // " (spaced on both sides as in tokenised text: ': " Laat … theorema . " De', it opens or closes by turns)
        if (opening && !closing) open(i, 1, DOUBLE);
        else if (closing && !opening) close(i, 1, DOUBLE);
        else if (hasOpen(DOUBLE)) close(i, 1, DOUBLE);
        else if (beforeText || (i + 2 < end && !isSpaceCode(text.charCodeAt(i + 2)))) open(i, 1, DOUBLE);
        break;
      case 0xab: // «
        if (closing && !opening && topMark(DOUBLE) === '»') close(i, 1, DOUBLE);
        else if (beforeText) open(i, 1, DOUBLE);
        break;
      case 0xbb: // »
        if (hasOpen(DOUBLE) && !(opening && !closing)) close(i, 1, DOUBLE);
        else if (opening) open(i, 1, DOUBLE);
        break;
      case 0x2039: // ‹
        if (beforeText) open(i, 1, SINGLE);
        break;
      case 0x203a: // ›
        if (hasOpen(SINGLE) && !(opening && !closing)) close(i, 1, SINGLE);
        else if (opening) open(i, 1, SINGLE);
        break;
      default:
        break;
    }
  }

  // ' and ‘: an apostrophe inside a word or an elision, else an opening or closing mark.
  function handleSingle(i: number, prev: number, next: number, opening: boolean, closing: boolean, curlyOpen: boolean): void {
    if (i > start && isWordCode(prev) && isWordCode(next)) return;
    if (opening && isElision(text, i + 1, end, lexicon)) return;
    if (closing && !opening && hasOpen(SINGLE)) {
      close(i, 1, SINGLE);
      return;
    }
    if (curlyOpen && closing && topMark(SINGLE) === '‚') {
      close(i, 1, SINGLE);
      return;
    }
    if (opening) open(i, 1, SINGLE);
  }

  for (const opened of stack) {
    out.push({
      start: opened.start,
      end,
      style: styleOf(opened.mark, null),
      inner: { start: opened.end, end },
      open: { start: opened.start, end: opened.end, text: opened.mark },
      close: null,
      closed: false,
      depth: opened.depth,
    });
  }
}

function findOpen(stack: readonly OpenMark[], cls: number): number {
  const floor = Math.max(0, stack.length - MAX_LOOKBACK);
  for (let k = stack.length - 1; k >= floor; k--) if (stack[k].cls === cls) return k;
  return -1;
}

const STYLE_BY_PAIR: Readonly<Record<string, QuoteStyle>> = {
  '“”': 'curly-double',
  '‘’': 'curly-single',
  '„”': 'low-double',
  '„“': 'low-double',
  '‚’': 'low-single',
  '‚‘': 'low-single',
  '«»': 'guillemet',
  '»«': 'guillemet',
  '‹›': 'guillemet',
  '›‹': 'guillemet',
  '""': 'straight-double',
  "''": 'straight-single',
  ",,''": 'dutch-typed',
  ',,”': 'dutch-typed',
};

const STYLE_BY_OPEN: Readonly<Record<string, QuoteStyle>> = {
  '“': 'curly-double',
  '‘': 'curly-single',
  '„': 'low-double',
  '‚': 'low-single',
  '«': 'guillemet',
  '»': 'guillemet',
  '‹': 'guillemet',
  '›': 'guillemet',
  '"': 'straight-double',
  "'": 'straight-single',
  ',,': 'dutch-typed',
};

function styleOf(open: string, close: string | null): QuoteStyle {
  if (close === null) return STYLE_BY_OPEN[open] ?? 'mixed';
  return STYLE_BY_PAIR[open + close] ?? 'mixed';
}
