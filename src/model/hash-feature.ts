/**
 * Features are 32-bit keys, not strings: a tagger mixes a template number with the characters
 * or ids it looks at, so scoring a token builds no temporary strings. Two different features
 * may share a key (with a million features, a handful do); the perceptron does not mind.
 *
 * The mixing is FNV-1a-like over 32-bit words, finished with a murmur3 avalanche so that
 * sorted keys are spread evenly (the model file stores them sorted, as deltas).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The start of a feature: a template number (any small integer naming what the feature looks at). */
export function hashStart(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}

/** Mixes one more 32-bit value into a running hash. */
export function hashMix(hash: number, value: number): number {
  return Math.imul(hash ^ value, FNV_PRIME);
}

/** Mixes the UTF-16 code units `text[start, end)` into a running hash. */
export function hashChars(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ (end - start), FNV_PRIME);
}

/** Finishes a running hash into a non-zero unsigned key (0 marks an empty slot in tables). */
export function hashEnd(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/** The key of a string feature ("w=zegt"): what the string API of the perceptron uses. */
export function hashString(feature: string): number {
  return hashEnd(hashChars(FNV_OFFSET, feature, 0, feature.length));
}
