import type { TextLexicon } from '../lang/text-lexicon.ts';
import { DIGIT, charClass, isLetterCode, isWordCode } from './char-class.ts';

/** After an apostrophe at `at - 1`: 's, 't, 'n … (the lexicon's elisions) or two digits ('90, '90s). */
export function isElision(text: string, at: number, end: number, lexicon: TextLexicon): boolean {
  if (at + 1 < end && charClass(text.charCodeAt(at)) === DIGIT && charClass(text.charCodeAt(at + 1)) === DIGIT) {
    if (at + 2 >= end) return true;
    const after = text.charCodeAt(at + 2);
    if (!isWordCode(after)) return true;
    return after === 0x73 && (at + 3 >= end || !isWordCode(text.charCodeAt(at + 3))); // '90s
  }
  let j = at;
  while (j < end && j - at < 8 && isLetterCode(text.charCodeAt(j))) j++;
  if (j === at || (j < end && isWordCode(text.charCodeAt(j)))) return false;
  return lexicon.elisions.has(text.slice(at, j).toLowerCase());
}
