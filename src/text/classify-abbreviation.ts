import type { TextLexicon } from '../lang/text-lexicon.ts';
import { isDigitCode, isLetterCode, isUpperCode } from './char-class.ts';

/** A word before a full stop that is not an abbreviation: the stop is punctuation. */
export const NOT_ABBREVIATION = 0;
/** An abbreviation that does not end a sentence (dr., d.w.z., J.): the stop belongs to it. */
export const ABBREVIATION = 1;
/** An abbreviation that may end a sentence (etc., Inc., U.S.): a sentence starter after it begins a new one. */
export const FINAL_ABBREVIATION = 2;

/**
 * What the word `text[start, end)` is when a full stop follows it and then (past white space)
 * the character `nextCode`: one of the lexicon's abbreviations (as written, with its first
 * letter lower-cased, or in capitals: "Dr", "dr", "GEN"), one that stands only before numbers
 * ("nr. 5"), a capital initial, a dotted short form of one- or two-letter parts (U.S, p.m,
 * Ph.D), or none.
 */
export function classifyAbbreviation(text: string, start: number, end: number, lexicon: TextLexicon, nextCode: number): number {
  if (end <= start) return NOT_ABBREVIATION;
  const first = text.charCodeAt(start);
  const word = text.slice(start, end);
  if (end - start === 1 && isUpperCode(first) && !lexicon.sentenceFinalAbbreviations.has(word) && !lexicon.beforeNumbers.has(word)) return ABBREVIATION;
  const variants = isUpperCode(first) ? [word, word[0].toLowerCase() + word.slice(1), word[0] + word.slice(1).toLowerCase()] : [word];
  for (const variant of variants) {
    if (lexicon.beforeNumbers.has(variant)) return isDigitCode(nextCode) ? ABBREVIATION : NOT_ABBREVIATION;
    if (lexicon.abbreviations.has(variant)) {
      return lexicon.sentenceFinalAbbreviations.has(variant) ? FINAL_ABBREVIATION : ABBREVIATION;
    }
  }
  const dotted = dottedShortForm(text, start, end);
  return dotted === INITIALS ? ABBREVIATION : dotted === SHORT_FORM ? FINAL_ABBREVIATION : NOT_ABBREVIATION;
}

const NONE = 0;
const INITIALS = 1;
const SHORT_FORM = 2;

/**
 * Letters in parts of one or two, joined by full stops: INITIALS when every part is one capital
 * ("J.F", "M.C"), SHORT_FORM otherwise ("d.w.z", "Ph.D", "p.m"), else NONE.
 */
function dottedShortForm(text: string, start: number, end: number): number {
  let run = 0;
  let dots = 0;
  let initials = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      if (run === 0) return NONE;
      dots++;
      run = 0;
    } else if (isLetterCode(code)) {
      run++;
      if (run > 2) return NONE;
      if (run > 1 || !isUpperCode(code)) initials = false;
    } else {
      return NONE;
    }
  }
  if (dots === 0 || run === 0) return NONE;
  return initials ? INITIALS : SHORT_FORM;
}

