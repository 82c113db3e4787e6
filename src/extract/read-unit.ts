import type { Upos } from '../core/types.ts';
import type { ClaimsLexicon } from '../lang/claims-lexicon.ts';
import { matchesAt, type Word } from './scan-words.ts';

/** The counted noun or unit after a number: words `[first, end)`. */
export interface UnitWords {
  readonly first: number;
  readonly end: number;
  readonly kind: 'percent' | 'noun';
}

/** Tags that never start the counted noun. */
const NOT_UNIT_TAGS: ReadonlySet<Upos> = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'NUM', 'INTJ']);

/**
 * Reads the unit that starts at `words[at]`: a percent word or sign ("procent", "%"), or the
 * counted noun with the adjectives before it ("voormalige Sovjetrepublieken"). With POS tags
 * (`tagAt`), adjectives and nouns are told apart by tag; without them, a Dutch word ending in
 * an adjective ending ("-e") that stands before another content word is read as an adjective.
 */
export function readUnit(words: readonly Word[], at: number, lexicon: ClaimsLexicon, tagAt: (word: Word) => Upos | undefined): UnitWords | null {
  if (words[at]?.lineBefore === true) return null;
  for (const phrase of lexicon.units.percent) {
    if (matchesAt(words, at, phrase)) return { first: at, end: at + phrase.length, kind: 'percent' };
  }
  if (!isContentWord(words[at], lexicon, tagAt)) return null;
  let end = at + 1;
  for (let n = 0; n < 3 && end < words.length; n++) {
    const previous = words[end - 1];
    const tag = tagAt(previous);
    const adjective = tag !== undefined ? tag === 'ADJ' : lexicon.units.adjectiveEndings.some((e) => previous.lower.endsWith(e) && previous.lower.length > e.length + 2);
    if (!adjective || !isContentWord(words[end], lexicon, tagAt)) break;
    end++;
  }
  return { first: at, end, kind: 'noun' };
}

/** A word that could be (part of) a counted noun: letters first, not a function word. */
export function isContentWord(word: Word | undefined, lexicon: ClaimsLexicon, tagAt: (word: Word) => Upos | undefined): boolean {
  if (word === undefined || !/^\p{L}/u.test(word.text) || !word.spaceBefore || word.lineBefore === true) return false;
  if (lexicon.units.notUnits.has(word.lower)) return false;
  const tag = tagAt(word);
  return tag === undefined || !NOT_UNIT_TAGS.has(tag);
}
