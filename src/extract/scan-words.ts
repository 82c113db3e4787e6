import { firstEndingAfter } from '../core/span.ts';
import type { Analysis, Token } from '../core/types.ts';
import { WORD } from '../lang/claims-lexicon.ts';

/** A word or sign of the text, as the claims stages read it. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** Whether white space (or nothing, at the start) stands before the word. */
  readonly spaceBefore: boolean;
  /** Whether a line break stands between this word and the one before. */
  readonly lineBefore?: boolean;
}

/**
 * Cuts the text into words and signs: runs of letters and digits with inner apostrophes,
 * hyphens, dots, commas and slashes ("zo'n", "20.000", "3,5", "50-meter", "2/3") and every
 * other non-space character on its own ("€", "%", "(", "‘"). The claims stages read numbers
 * and their context from these, whatever the tokens layer decides about "20.000" or "zo'n".
 */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const pattern = new RegExp(WORD.source, 'gu');
  const slice = text.slice(start, end);
  let previousEnd = start;
  for (const m of slice.matchAll(pattern)) {
    const s = start + (m.index ?? 0);
    const before = s === 0 ? ' ' : text[s - 1];
    const lineBefore = text.slice(previousEnd, s).includes('\n');
    words.push({ start: s, end: s + m[0].length, text: m[0], lower: m[0].toLowerCase(), spaceBefore: /\s/.test(before) || s === 0, ...(lineBefore ? { lineBefore } : {}) });
    previousEnd = s + m[0].length;
  }
  return words;
}

/**
 * The words of an analysis's whole text, scanned once: quantities, quoted terms, hedges and times
 * all read them. Kept while the analysis's tokens array lives (every stage passes the same array
 * on), for the same text only. Shared, so never changed (readonly).
 */
export function scanTextWords(analysis: Pick<Analysis, 'text' | 'tokens'>): readonly Word[] {
  const cached = SCANNED.get(analysis.tokens);
  if (cached !== undefined && cached.text === analysis.text) return cached.words;
  const words = scanWords(analysis.text);
  SCANNED.set(analysis.tokens, { text: analysis.text, words });
  return words;
}

const SCANNED = new WeakMap<readonly Token[], { readonly text: string; readonly words: readonly Word[] }>();

/**
 * What `scanWords(text, start, end)` returns, taken from `all`, the words of the whole text:
 * those between `start` and `end` (the first without the line break before it that lies before
 * `start`). Where a word of the whole text crosses `start` or `end`, the stretch is scanned anew.
 */
export function wordsBetween(text: string, all: readonly Word[], start: number, end: number): readonly Word[] {
  const first = firstEndingAfter(all, start);
  const after = firstEndingAfter(all, end);
  if ((first < all.length && all[first].start < start) || (after < all.length && all[after].start < end)) return scanWords(text, start, end);
  const words = all.slice(first, after);
  const head = words[0];
  if (head?.lineBefore === true && !text.slice(start, head.start).includes('\n')) {
    words[0] = { start: head.start, end: head.end, text: head.text, lower: head.lower, spaceBefore: head.spaceBefore };
  }
  return words;
}

/** Whether `words[at…]` spells `phrase` (lower-cased words). */
export function matchesAt(words: readonly Word[], at: number, phrase: readonly string[]): boolean {
  if (phrase.length === 0 || at < 0 || at + phrase.length > words.length) return false;
  for (let i = 0; i < phrase.length; i++) if (words[at + i].lower !== phrase[i]) return false;
  return true;
}

/** Whether `words[…end)` ends with `phrase`. */
export function matchesBefore(words: readonly Word[], end: number, phrase: readonly string[]): boolean {
  return matchesAt(words, end - phrase.length, phrase);
}
