import type { Stage } from '../core/stage.ts';
import type { Paragraph } from '../core/types.ts';
import { isLineBreakCode, isSpaceCode, isWordCode } from './char-class.ts';

/** A heading is one line of at most this many words. */
const MAX_HEADING_WORDS = 10;

/** Characters that end a line of running text (a heading has none of them at its end). */
const FINAL_PUNCTUATION = new Set(['.', '!', '?', ':', ';', '…', ',']);
/** Closing quotation marks and brackets looked through when finding the last character of a line. */
const TRAILING_CLOSERS = new Set(['"', "'", '”', '’', '»', '«', ')', ']', '}', '“', '‘']);

/**
 * Finds the paragraphs: blocks of text between blank lines (a line of nothing but white space
 * is blank; \n, \r\n and \r all break lines). A paragraph's span excludes the white space around
 * it. A block of one short line without final punctuation is a heading.
 */
export const findParagraphs: Stage = (analysis) => {
  const text = analysis.text;
  const paragraphs: Paragraph[] = [];
  const n = text.length;
  let blockStart = -1; // first non-space character of the current block
  let blockEnd = -1; // one past its last non-space character
  let blockLines = 0;
  let lineHasText = false;
  let i = 0;
  while (i <= n) {
    const code = i < n ? text.charCodeAt(i) : 0x0a;
    if (i === n || isLineBreakCode(code)) {
      if (lineHasText) {
        blockLines++;
      } else if (blockStart !== -1) {
        paragraphs.push(makeParagraph(text, blockStart, blockEnd, blockLines));
        blockStart = -1;
        blockLines = 0;
      }
      lineHasText = false;
      if (code === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      i++;
      continue;
    }
    if (!isSpaceCode(code)) {
      if (blockStart === -1) blockStart = i;
      blockEnd = i + 1;
      lineHasText = true;
    }
    i++;
  }
  if (blockStart !== -1) paragraphs.push(makeParagraph(text, blockStart, blockEnd, blockLines));
  return { ...analysis, paragraphs };
};

function makeParagraph(text: string, start: number, end: number, lines: number): Paragraph {
  return { start, end, kind: lines === 1 && isHeadingLine(text, start, end) ? 'heading' : 'paragraph' };
}

/** One line of at most MAX_HEADING_WORDS words whose last character (past closing marks) is not final punctuation. */
function isHeadingLine(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && TRAILING_CLOSERS.has(text[last])) last--;
  if (FINAL_PUNCTUATION.has(text[last])) return false;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !inWord) {
      words++;
      if (words > MAX_HEADING_WORDS) return false;
    }
    inWord = word;
  }
  return words > 0;
}
