import type { TextLexicon } from '../lang/text-lexicon.ts';
import { isLetterCode, isUpperCode } from './char-class.ts';

/** A word before a full stop that is not an abbreviation: the stop is punctuation. */
export const NOT_ABBREVIATION = 0;
/** An abbreviation that does not end a sentence (dr., d.w.z., J.): the stop belongs to it. */
export const ABBREVIATION = 1;
/** An abbreviation that may end a sentence (etc., Inc., U.S.): a capital after it starts a new one. */
export const FINAL_ABBREVIATION = 2;

/**
 * What the word `text[start, end)` is when a full stop follows it: one of the lexicon's
 * abbreviations (as written, or with its first letter lower-cased), a single letter (an
 * initial), a dotted short form of one- or two-letter parts (U.S, p.m, Ph.D), or none.
 */
export function classifyAbbreviation(text: string, start: number, end: number, lexicon: TextLexicon): number {
  if (end <= start) return NOT_ABBREVIATION;
  const first = text.charCodeAt(start);
  if (end - start === 1) return isLetterCode(first) ? ABBREVIATION : NOT_ABBREVIATION;
  const word = text.slice(start, end);
  if (lexicon.abbreviations.has(word)) {
    return lexicon.sentenceFinalAbbreviations.has(word) ? FINAL_ABBREVIATION : ABBREVIATION;
  }
  if (isUpperCode(first)) {
    const lowered = word[0].toLowerCase() + word.slice(1);
    if (lexicon.abbreviations.has(lowered)) {
      return lexicon.sentenceFinalAbbreviations.has(lowered) ? FINAL_ABBREVIATION : ABBREVIATION;
    }
  }
  return isDottedShortForm(text, start, end) ? FINAL_ABBREVIATION : NOT_ABBREVIATION;
}

/** Letters in parts of one or two, joined by full stops: "U.S", "d.w.z", "Ph.D". */
function isDottedShortForm(text: string, start: number, end: number): boolean {
  let run = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      if (run === 0) return false;
      dots++;
      run = 0;
    } else if (isLetterCode(code)) {
      run++;
      if (run > 2) return false;
    } else {
      return false;
    }
  }
  return dots > 0 && run > 0;
}

