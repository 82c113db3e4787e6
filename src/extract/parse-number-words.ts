import { memoizeBoundedPer } from '../core/memoize-bounded.ts';
import type { NumberLexicon } from '../lang/claims-lexicon.ts';

/**
 * Reads one number word as the list of its parts' values, or null when it is no number word:
 * "vijfenzeventig" → [5, 70], "tweeduizendvijfhonderd" → [2, 1000, 5, 100], "twenty-one" →
 * [20, 1]. The whole word must be used up, so "Achterhoek" and "tweede" are not numbers.
 * A connector ("en", "ën") may only join a unit to a ten, as in "eenentwintig".
 */
export function parseNumberWord(word: string, lexicon: NumberLexicon): readonly number[] | null {
  return parseLowerOnce(lexicon, word.toLowerCase());
}

/**
 * Words already read, per lexicon: the quantity and time readers ask about every word that starts
 * like a number word ("de", "een", "zei"), and an article repeats its words. Shared, so never
 * changed (readonly).
 */
const parseLowerOnce = memoizeBoundedPer(20_000, (lexicon: NumberLexicon, lower: string): readonly number[] | null => parseLowerNumberWord(lower, lexicon));

function parseLowerNumberWord(lower: string, lexicon: NumberLexicon): number[] | null {
  if (lower.includes('-')) {
    // "twenty-one", "two-thirds" is not handled here (a fraction): every part must be a number word.
    const parts = lower.split('-');
    const out: number[] = [];
    for (const part of parts) {
      const values = segment(part, lexicon, 0);
      if (values === null) return null;
      out.push(...values);
    }
    return out;
  }
  return segment(lower, lexicon, 0);
}

function segment(word: string, lexicon: NumberLexicon, from: number): number[] | null {
  if (from === word.length) return [];
  if (!lexicon.compoundWords) {
    const value = lexicon.morphemes.get(word.slice(from));
    return value === undefined ? null : [value];
  }
  // Longest morpheme first, so "achttien" is 18 and not 8 + 10 (the same sum, but one part).
  for (let end = word.length; end > from; end--) {
    const value = lexicon.morphemes.get(word.slice(from, end));
    if (value === undefined) continue;
    const rest = segment(word, lexicon, end);
    if (rest !== null) return [value, ...rest];
    // A unit joined to a ten: "vijf" + "en" + "zeventig".
    if (value < 10) {
      for (const connector of lexicon.wordConnectors) {
        if (!word.startsWith(connector, end)) continue;
        const after = segment(word, lexicon, end + connector.length);
        if (after !== null && after.length > 0 && after[0] >= 20 && after[0] < 100 && after[0] % 10 === 0) return [value, ...after];
      }
    }
  }
  return null;
}

/**
 * The value of a list of number-word parts: units, teens and tens add, a hundred multiplies
 * what stands before it (or 1), a scale (thousand and up) closes the group before it.
 * [2, 1000, 5, 100] → 2500; [1, 100, 50] → 150; [3, 1e6] → 3e6.
 */
export function evaluateNumberParts(parts: readonly number[]): number {
  let total = 0;
  let group = 0;
  for (const value of parts) {
    if (value === 100) group = (group === 0 ? 1 : group) * 100;
    else if (value >= 1000) {
      total += (group === 0 ? 1 : group) * value;
      group = 0;
    } else group += value;
  }
  return total + group;
}

/**
 * Whether a number word may follow another in one number: only a hundred or a scale
 * ("drie miljoen", "two thousand"), or anything after "and" that follows a hundred or scale
 * ("one hundred and fifty"). "twee drie" is two numbers.
 */
export function continuesNumber(previous: readonly number[], next: readonly number[], afterConnector: boolean): boolean {
  if (next.length === 0 || previous.length === 0) return false;
  const last = previous[previous.length - 1];
  if (afterConnector) return last >= 100;
  if (next[0] >= 100) return last < next[0] || next[0] >= 1000;
  // "twenty one" written apart: a ten followed by a unit.
  return last >= 20 && last < 100 && last % 10 === 0 && next[0] < 10 && next.length === 1;
}

/**
 * Reads a number written in digits in the language's convention. A group mark followed by
 * exactly three digits (every time) groups thousands ("20.000", "20,000"); otherwise the
 * decimal mark, or failing that the other mark, is a decimal point ("3,5", "1.89" in Dutch).
 * Returns null for anything else ("1.2.3", "12,34,5").
 */
export function parseDigits(text: string, lexicon: NumberLexicon): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const groups = text.split(lexicon.groupMark);
  if (groups.length > 1 && groups.slice(1).every((g) => /^\d{3}$/.test(g)) && !groups[0].includes(lexicon.decimalMark) && /^\d{1,3}$/.test(groups[0])) {
    return Number(groups.join(''));
  }
  const marks = text.replace(/\d/g, '');
  if (marks.length === 0) return Number(text);
  if (marks.length > 1) {
    // "1.234,5" (Dutch) or "1,234.5" (English): groups then one decimal mark.
    const last = text.lastIndexOf(lexicon.decimalMark);
    const intPart = text.slice(0, last);
    const fracPart = text.slice(last + 1);
    if (last < 0 || !/^\d{1,3}(?:[.,]\d{3})+$/.test(intPart) || !/^\d+$/.test(fracPart)) return null;
    return Number(`${intPart.replace(/[.,]/g, '')}.${fracPart}`);
  }
  return Number(text.replace(marks, '.'));
}
