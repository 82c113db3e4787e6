import type { Approx } from '../core/types.ts';
import type { ClaimsLexicon } from '../lang/claims-lexicon.ts';
import { continuesNumber, evaluateNumberParts, parseDigits, parseNumberWord } from './parse-number-words.ts';
import { matchesAt, type Word } from './scan-words.ts';

/** A number as written: words `[first, end)` of the scanned text, and what it says. */
export interface NumberCore {
  readonly first: number;
  readonly end: number;
  readonly value: number;
  /** How the number is written. */
  readonly form: 'digits' | 'words' | 'vague' | 'fraction';
  /** Set by a vague plural ("honderden" → more-than). */
  readonly approx: Approx | null;
  /** A unit glued to the digits ("50-meter", "10km"), as written. */
  readonly gluedUnit: Word | null;
  /** Why this is no quantity whatever its context ("24-jarige" → age, "49ste" → rank). */
  readonly excluded: string | null;
  /** A whole number of four digits from 1000 to 2100 written without a group mark. */
  readonly yearLike: boolean;
  /** The core is "one" written as the weak article-like form ("een", "a"), used up by a scale or fraction. */
  readonly weakOne: boolean;
}

const DIGITS = /^\d+(?:[.,]\d+)*$/;
const GLUED = /^(\d+(?:[.,]\d+)*)(\p{L}[\p{L}.]*)$/u;
const HYPHENED = /^(\d+(?:[.,]\d+)*)-(.+)$/;
const FRACTION = /^(\d+)\/(\d+)$/;

/**
 * Reads the number that starts at `words[at]`, or returns null. Handles digits in the
 * language's convention with a scale word or letter after them ("1,2 miljoen", "2bn"),
 * a fraction after whole digits ("5 2/3"), number words and their compounds ("tweeduizend",
 * "drie miljoen", "one hundred and fifty"), fractions ("een derde", "de helft", "twee derde"),
 * ratios ("een op de drie") and vague plurals ("honderden", "tens of thousands").
 */
export function readNumberAt(words: readonly Word[], at: number, lexicon: ClaimsLexicon): NumberCore | null {
  const numbers = lexicon.numbers;
  const word = words[at];
  if (word === undefined) return null;
  const index = indexOf(lexicon);
  const c = word.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !index.starts.has(startKey(word.lower))) return null;

  for (const { words: parts, value } of index.fractionPhrases) {
    if (matchesAt(words, at, parts)) return { ...coreBase(at), end: at + parts.length, value, form: 'fraction' };
  }
  for (const { words: parts, value } of index.vaguePlurals) {
    if (matchesAt(words, at, parts)) return { ...coreBase(at), end: at + parts.length, value, form: 'vague', approx: 'more-than' };
  }

  let core: NumberCore | null = null;
  const fraction = FRACTION.exec(word.text);
  if (DIGITS.test(word.text)) {
    const value = parseDigits(word.text, numbers);
    if (value === null) return null;
    core = { ...coreBase(at), end: at + 1, value, form: 'digits', yearLike: /^\d{4}$/.test(word.text) && value >= 1000 && value <= 2100 };
    // "5 2/3"
    const next = words[at + 1];
    const frac = next !== undefined && next.spaceBefore ? FRACTION.exec(next.text) : null;
    if (frac && Number.isInteger(value) && Number(frac[2]) > 0) {
      core = { ...core, end: at + 2, value: round4(value + Number(frac[1]) / Number(frac[2])), yearLike: false };
    }
  } else if (fraction) {
    if (Number(fraction[2]) === 0) return null;
    core = { ...coreBase(at), end: at + 1, value: round4(Number(fraction[1]) / Number(fraction[2])), form: 'digits' };
  } else if (/^\d/.test(word.text)) {
    return readGluedDigits(word, at, lexicon);
  }

  if (core === null) core = readNumberWords(words, at, lexicon);
  if (core === null) return null;

  // A scale word after digits or words: "1,2 miljoen", "drie miljoen" is already one number.
  const scaleWord = words[core.end];
  if (scaleWord !== undefined && core.form === 'digits') {
    const scale = numbers.scaleWords.get(scaleWord.lower);
    if (scale !== undefined) {
      let end = core.end + 1;
      if (scaleWord.lower + '.' !== scaleWord.lower && numbers.scaleWords.has(`${scaleWord.lower}.`) && words[end]?.text === '.') end++;
      core = { ...core, end, value: core.value * scale, yearLike: false };
    }
  }

  // A fraction after a whole number: "twee derde", "een derde", "a third".
  const fractionWord = words[core.end];
  if (fractionWord !== undefined && Number.isInteger(core.value) && core.value >= 1 && core.value <= 20 && core.form !== 'vague') {
    const denominator = numbers.fractions.get(fractionWord.lower);
    // "een derde meisje" is an ordinal ("a third girl"), "een derde van" a fraction.
    const following = words[core.end + 1];
    const scale = following === undefined ? undefined : numbers.scaleWords.get(following.lower);
    const ordinal = core.weakOne && numbers.ordinalFractions.has(fractionWord.lower) && following !== undefined && following.spaceBefore
      && /^\p{Ll}/u.test(following.text) && !lexicon.units.notUnits.has(following.lower) && scale === undefined;
    if (denominator !== undefined && (core.form === 'digits' || core.form === 'words') && !ordinal) {
      // "een half miljoen"
      if (scale !== undefined) return { ...core, end: core.end + 2, value: round4((core.value / denominator) * scale), form: 'fraction', weakOne: false, yearLike: false };
      return { ...core, end: core.end + 1, value: round4(core.value / denominator), form: 'fraction', weakOne: false, yearLike: false };
    }
  }

  // A ratio: "een op de drie", "one in three".
  const joinAt = core.end;
  if (numbers.ratioJoin.length > 0 && matchesAt(words, joinAt, numbers.ratioJoin) && core.value >= 1 && core.value <= 10) {
    const second = readNumberAt(words, joinAt + numbers.ratioJoin.length, lexicon);
    if (second !== null && second.form !== 'vague' && second.value > core.value && !second.weakOne) {
      return { ...core, end: second.end, value: round4(core.value / second.value), form: 'fraction', weakOne: false, yearLike: false };
    }
  }

  if (core.weakOne) return null;
  return core;
}

function readGluedDigits(word: Word, at: number, lexicon: ClaimsLexicon): NumberCore | null {
  const base = { first: at, end: at + 1, approx: null, gluedUnit: null, yearLike: false, weakOne: false, form: 'digits' } as const;
  const hyphened = HYPHENED.exec(word.text);
  if (hyphened) {
    const value = parseDigits(hyphened[1], lexicon.numbers);
    if (value === null) return null;
    const rest = hyphened[2].toLowerCase();
    if (lexicon.contexts.ageSuffixes.includes(`-${rest}`)) return { ...base, value, excluded: 'age' };
    if (/^\d+(?:[.,]\d+)?$/.test(rest)) return { ...base, value, excluded: 'score-or-range' };
    const unitStart = word.start + hyphened[1].length + 1;
    const unit: Word = { start: unitStart, end: word.end, text: hyphened[2], lower: rest, spaceBefore: false };
    return { ...base, value, gluedUnit: unit, excluded: /^\p{L}/u.test(rest) ? null : 'name' };
  }
  const glued = GLUED.exec(word.text);
  if (!glued) return null;
  const value = parseDigits(glued[1], lexicon.numbers);
  if (value === null) return null;
  const suffix = glued[2].toLowerCase().replace(/\.$/, '');
  const scale = lexicon.numbers.scaleSuffixes.get(suffix);
  if (scale !== undefined) return { ...base, value: value * scale, excluded: null };
  if (lexicon.units.measures.has(suffix)) {
    const unit: Word = { start: word.start + glued[1].length, end: word.end, text: glued[2], lower: suffix, spaceBefore: false };
    return { ...base, value, gluedUnit: unit, excluded: null };
  }
  if (lexicon.contexts.ordinalSuffixes.includes(suffix)) return { ...base, value, excluded: 'rank' };
  return { ...base, value, excluded: 'name' };
}

function readNumberWords(words: readonly Word[], at: number, lexicon: ClaimsLexicon): NumberCore | null {
  const numbers = lexicon.numbers;
  const first = words[at];
  const standalone = numbers.standalone.get(first.lower);
  if (standalone !== undefined) {
    return { first: at, end: at + 1, value: standalone, form: 'words', approx: null, gluedUnit: null, excluded: null, yearLike: false, weakOne: false };
  }
  const firstParts = parseNumberWord(first.lower, numbers);
  if (firstParts === null || firstParts.length === 0) return null;
  const parts = [...firstParts];
  let end = at + 1;
  for (;;) {
    const next = words[end];
    if (next === undefined || !next.spaceBefore && !numbers.phraseConnectors.has(next.lower)) break;
    if (numbers.phraseConnectors.has(next.lower)) {
      const after = words[end + 1];
      const afterParts = after === undefined ? null : parseNumberWord(after.lower, numbers);
      if (afterParts === null || !continuesNumber(parts, afterParts, true)) break;
      parts.push(...afterParts);
      end += 2;
      continue;
    }
    const nextParts = parseNumberWord(next.lower, numbers);
    if (nextParts === null || !continuesNumber(parts, nextParts, false)) break;
    parts.push(...nextParts);
    end += 1;
  }
  const weakOne = end === at + 1 && numbers.weakOne.has(first.lower);
  return { first: at, end, value: evaluateNumberParts(parts), form: 'words', approx: null, gluedUnit: null, excluded: null, yearLike: false, weakOne };
}

/** What every number read at `words[at]` starts from (made only for a number, not for every word asked about). */
function coreBase(at: number) {
  return { first: at, approx: null, gluedUnit: null, excluded: null, yearLike: false, weakOne: false } as const;
}

/** The first two UTF-16 units of a word as one number (one unit where the word has one): the key of `NumberIndex.starts`, read without making a string. */
function startKey(word: string): number {
  return word.charCodeAt(0) * 65537 + (word.length > 1 ? word.charCodeAt(1) + 1 : 0);
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

interface NumberIndex {
  /** The first two letters of every word that can begin a number word or phrase (as `startKey`s). */
  readonly starts: ReadonlySet<number>;
  readonly fractionPhrases: readonly { readonly words: readonly string[]; readonly value: number }[];
  readonly vaguePlurals: readonly { readonly words: readonly string[]; readonly value: number }[];
}

const INDEXES = new WeakMap<ClaimsLexicon, NumberIndex>();

/** What `readNumberAt` looks up for every word, computed once per lexicon. */
function indexOf(lexicon: ClaimsLexicon): NumberIndex {
  let index = INDEXES.get(lexicon);
  if (index === undefined) {
    const n = lexicon.numbers;
    const split = (map: ReadonlyMap<string, number>) => [...map].map(([phrase, value]) => ({ words: phrase.split(' '), value }));
    const firstWords = [...n.morphemes.keys(), ...n.standalone.keys(), ...n.fractionPhrases.keys(), ...n.vaguePlurals.keys(), ...n.weakOne, ...n.fractionArticles];
    index = {
      starts: new Set(firstWords.filter((w) => w !== '').map(startKey)),
      fractionPhrases: split(n.fractionPhrases),
      vaguePlurals: split(n.vaguePlurals),
    };
    INDEXES.set(lexicon, index);
  }
  return index;
}
