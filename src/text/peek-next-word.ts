import { isLetterCode, isLowerCode, isSpaceCode, isWordCode } from './char-class.ts';

/**
 * Looking ahead from a possible sentence boundary: the next word past opening marks, its first
 * character, and whether it starts like a sentence. Shared by the rules that end sentences.
 */

/** Marks and brackets that may open a sentence or a word. */
export const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '«', '»', '‹', '(', '[', '{', '¿', '¡', '`']);

export function skipSpace(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The first letter or digit of the next chunk, past opening marks (also ,, and spaced ones). */
export function firstCode(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit - 1 && OPENERS.has(text[i])) i++;
  if (text.charCodeAt(i) === 0x2c && text.charCodeAt(i + 1) === 0x2c) i += 2; // ,,
  if (i > at) i = skipSpace(text, i, limit); // spaced as in tokenised text: ",, Ik"
  return i < limit ? text.charCodeAt(i) : 0x20;
}

/** The letters of the next word, past opening marks. */
export function nextWord(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit - 1 && OPENERS.has(text[i])) i++;
  let j = i;
  while (j < limit && isLetterCode(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** A sentence starts with a capital, a digit or a letter without case, after any opening marks. */
export function startsSentence(text: string, at: number, limit: number): boolean {
  const code = firstCode(text, at, limit);
  return isWordCode(code) && !isLowerCode(code);
}
