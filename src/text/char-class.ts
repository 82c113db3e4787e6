/**
 * Character classes for the hot loops of the text layer, looked up by UTF-16 code unit in a
 * table that is filled lazily (a Unicode property test runs once per distinct code unit).
 */

export const OTHER = 1; // punctuation, symbols, anything else
export const SPACE = 2; // white space, including no-break and zero-width spaces
export const LOWER = 3; // lower-case letter
export const UPPER = 4; // upper-case or title-case letter
export const LETTER = 5; // letter without case, or a combining mark
export const DIGIT = 6; // decimal digit or other number (², ½)

const table = new Uint8Array(65_536);

const spaceRe = /\s/u;
const lowerRe = /\p{Ll}/u;
const upperRe = /[\p{Lu}\p{Lt}]/u;
const letterRe = /[\p{L}\p{M}]/u;
const digitRe = /\p{N}/u;

function compute(code: number): number {
  if (code === 0x200b || code === 0xfeff || code === 0x2060) return SPACE;
  if (code >= 0xd800 && code <= 0xdfff) return OTHER; // surrogates: emoji and rare scripts
  const ch = String.fromCharCode(code);
  if (spaceRe.test(ch)) return SPACE;
  if (lowerRe.test(ch)) return LOWER;
  if (upperRe.test(ch)) return UPPER;
  if (letterRe.test(ch)) return LETTER;
  if (digitRe.test(ch)) return DIGIT;
  return OTHER;
}

/** The class of one UTF-16 code unit. */
export function charClass(code: number): number {
  const cached = table[code];
  if (cached !== 0) return cached;
  const computed = compute(code);
  table[code] = computed;
  return computed;
}

/** Letters (any case), combining marks and digits: the characters words are made of. */
export function isWordCode(code: number): boolean {
  return charClass(code) >= LOWER;
}

export function isLetterCode(code: number): boolean {
  const c = charClass(code);
  return c >= LOWER && c <= LETTER;
}

export function isSpaceCode(code: number): boolean {
  return charClass(code) === SPACE;
}

export function isUpperCode(code: number): boolean {
  return charClass(code) === UPPER;
}

export function isLowerCode(code: number): boolean {
  return charClass(code) === LOWER;
}

export function isDigitCode(code: number): boolean {
  return charClass(code) === DIGIT;
}

/** A line break: \n, \r, U+2028 or U+2029 (\r\n counts once where the caller checks for it). */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85;
}
