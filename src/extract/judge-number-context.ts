import type { ClaimsLexicon, ContextPattern, PatternElement } from '../lang/claims-lexicon.ts';
import { readNumberAt, type NumberCore } from './read-number.ts';
import type { Word } from './scan-words.ts';
import { parseNumberWord } from './parse-number-words.ts';

/** What the judge needs to know about a number besides its words. */
export interface NumberReading {
  readonly core: NumberCore;
  /** Word index after the number and its unit. */
  readonly end: number;
  /** The unit's first word, when there is a unit. */
  readonly unitWord: Word | null;
  readonly unitKind: 'percent' | 'noun' | 'glued' | 'currency' | null;
  /** An approximator stands before or after it. */
  readonly approximated: boolean;
  /** Part of a range ("10 à 15"). */
  readonly ranged: boolean;
}

/**
 * Why a number is no quantity in its context, or null when it is one. Reads the language's
 * context patterns (ranks, ages, clock times, time expressions, scores) and these rules:
 * a date (a month name beside it), a sentence-initial "one" before an abstract noun (the class
 * article-one-noun: "Eén ding is zeker"), a year (four digits, bare or after "in", "sinds", "("),
 * a clock time ("22.30 uur"), a score ("3 - 2"), a score unit ("6,5 punten"), a race
 * ("de 100 meter"), a number inside a name ("Sydney 2000", "Goede Drie"), and bare digits
 * without unit, sign or approximator ("met 10,37 om 10,54").
 */
export function nonQuantityReason(words: readonly Word[], reading: NumberReading, lexicon: ClaimsLexicon, sentenceInitial: (index: number) => boolean): string | null {
  const { core } = reading;
  if (core.excluded !== null) return core.excluded;
  const classes = lexicon.contexts.classes;
  const before = words[core.first - 1];
  const after = words[core.end];
  const first = words[core.first];
  const bare = reading.unitKind === null && !reading.approximated;
  const inClass = (word: Word | undefined, name: string): boolean => word !== undefined && (classes.get(name)?.has(word.lower) ?? false);

  if (inClass(after, 'month') || (inClass(before, 'month') && core.form === 'digits') || inClass(reading.unitWord ?? undefined, 'month')) return 'date';
  if (bare && core.form === 'words' && core.end === core.first + 1 && lexicon.numbers.ambiguousWords.has(first.lower) && after?.lower !== 'van') return 'ambiguous';
  // A sentence-initial "Eén" before an abstract noun is an emphatic article ("Eén les uit … is dat …").
  if (core.form === 'words' && core.value === 1 && core.end === core.first + 1 && !reading.approximated && inClass(after, 'article-one-noun') && sentenceInitial(core.first)) return 'article';
  // Seven digits and more without group marks: an account, phone or file number.
  if (core.form === 'digits' && /^\d{7,}$/.test(first.text)) return 'identifier';
  if (core.form === 'digits' && /^\d{1,2}[.:]\d{2}$/.test(first.text) && after !== undefined && lexicon.times.clockSuffix.has(after.lower)) return 'clock';
  if (core.form === 'digits' && after?.text === ':' && /^\d{2}$/.test(words[core.end + 1]?.text ?? '')) return 'clock';
  if (core.form === 'digits' && before?.text === ':' && /^\d{2}$/.test(first.text) && /^\d{1,2}$/.test(words[core.first - 2]?.text ?? '')) return 'clock';
  if (core.yearLike && !reading.approximated && reading.unitKind !== 'percent' && reading.unitKind !== 'currency') {
    const knownUnit = reading.unitWord !== null && (lexicon.units.measures.has(reading.unitWord.lower) || lexicon.units.timeUnits.has(reading.unitWord.lower));
    if (!knownUnit && (bare || before?.text === '(' || inClass(before, 'year-preposition') || inClass(before, 'month'))) return 'year';
    // "January 4, 2019", "the 1973 building", a year opening a sentence ("2018 saw …").
    if (!knownUnit && before?.text === ',' && /^\d{1,2}$/.test(words[core.first - 2]?.text ?? '') && inClass(words[core.first - 3], 'month')) return 'date';
    if (!knownUnit && before !== undefined && lexicon.contexts.definiteArticles.has(before.lower)) return 'year';
    if (!knownUnit && sentenceInitial(core.first)) return 'year';
    // "in 1997 en 1998": a year beside another year, joined by one short word.
    const yearAt = (index: number): boolean => /^\d{4}$/.test(words[index]?.text ?? '') && Number(words[index].text) >= 1000 && Number(words[index].text) <= 2100;
    if (!knownUnit && ((yearAt(core.first - 2) && words[core.first - 1].text.length <= 3) || (yearAt(core.end + 1) && words[core.end].text.length <= 3))) return 'year';
  }
  if (!reading.ranged && isScore(words, core)) return 'score';
  if (reading.unitWord !== null && lexicon.units.scoreUnits.has(reading.unitWord.lower)) return 'score';

  for (const pattern of lexicon.contexts.patterns) {
    if (matchesPattern(words, core, reading, pattern, lexicon)) return pattern.reason;
  }
  if (bare && lexicon.contexts.bareAfterCopulaIsAge && inClass(before, 'copula')) return 'age';
  if (bare && before !== undefined && lexicon.contexts.definiteArticles.has(before.lower)) return 'name';
  if (core.form === 'digits' && before !== undefined && lexicon.contexts.definiteArticles.has(before.lower) && reading.unitWord !== null && lexicon.units.measures.has(reading.unitWord.lower)) return 'race';
  if (core.form === 'words' && /^\p{Lu}/u.test(first.text) && !sentenceInitial(core.first)) return 'name';
  if (core.form === 'digits' && !reading.approximated && reading.unitKind !== 'percent' && reading.unitKind !== 'currency' && /^\d+$/.test(first.text)
    && before !== undefined && /^\p{Lu}/u.test(before.text) && !sentenceInitial(core.first - 1) && !inClass(before, 'month') && !lexicon.units.notUnits.has(before.lower)) {
    const knownUnit = reading.unitWord !== null && (lexicon.units.measures.has(reading.unitWord.lower) || lexicon.units.timeUnits.has(reading.unitWord.lower));
    if (!knownUnit) return 'name';
  }
  // A bare number in digits counts only when written with a group mark ("20.000 door het buitenland aangestuurde …").
  if (bare && core.form === 'digits' && !first.text.includes(lexicon.numbers.groupMark)) return 'bare';
  return null;
}

/** "3 - 2", "2-1" without a unit after: a score (ranges with a unit are read before this). */
function isScore(words: readonly Word[], core: NumberCore): boolean {
  const dash = (w: Word | undefined): boolean => w !== undefined && (w.text === '-' || w.text === '–');
  const digits = (w: Word | undefined): boolean => w !== undefined && /^\d+$/.test(w.text);
  if (core.form !== 'digits') return false;
  return (dash(words[core.end]) && digits(words[core.end + 1])) || (dash(words[core.first - 1]) && digits(words[core.first - 2]));
}

function matchesPattern(words: readonly Word[], core: NumberCore, reading: NumberReading, pattern: ContextPattern, lexicon: ClaimsLexicon): boolean {
  if (pattern.valueOne && core.value !== 1) return false;
  if (pattern.bareOnly && (reading.unitKind !== null || reading.approximated)) return false;
  for (let i = 0; i < pattern.before.length; i++) {
    const word = words[core.first - pattern.before.length + i];
    if (!matchesElement(word, pattern.before[i], lexicon)) return false;
  }
  if (pattern.unlessBefore !== null) {
    const word = words[core.first - pattern.before.length - 1];
    if (word !== undefined && (lexicon.contexts.classes.get(pattern.unlessBefore)?.has(word.lower) ?? false)) return false;
  }
  let at = core.end;
  for (const element of pattern.after) {
    if (element.kind === 'number') {
      const second = words[at] === undefined ? null : readNumberAt(words, at, lexicon);
      if (second === null) return false;
      at = second.end;
      continue;
    }
    if (!matchesElement(words[at], element, lexicon)) return false;
    at++;
  }
  return true;
}

function matchesElement(word: Word | undefined, element: PatternElement, lexicon: ClaimsLexicon): boolean {
  if (word === undefined) return false;
  switch (element.kind) {
    case 'any': return true;
    case 'number': return /^\d/.test(word.text) || parseNumberWord(word.lower, lexicon.numbers) !== null;
    case 'word': return word.lower === element.word;
    case 'class': return lexicon.contexts.classes.get(element.name)?.has(word.lower) ?? false;
  }
}
