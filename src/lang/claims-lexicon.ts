import type { Approx, HedgeKind, QuotedTermKind } from '../core/types.ts';
import { buildPhrasePattern } from './build-phrase-pattern.ts';

/**
 * What a language tells the claims stages (quantities, quoted terms, hedges, times). Every
 * list is data in `src/lang/<code>/{numbers,approximators,units,quantity-contexts,hedges,
 * quoted-terms,times}.json`, loaded by `src/lang/<code>/claims.ts`; this file declares the JSON
 * shapes and indexes them. Words are stored lower-cased; phrases are lists of lower-cased words
 * as `scanWords` cuts them ("zo'n" is one word, "ca." is "ca" and ".").
 */
export interface ClaimsLexicon {
  readonly numbers: NumberLexicon;
  readonly approximators: ApproximatorLexicon;
  readonly units: UnitLexicon;
  readonly contexts: QuantityContextLexicon;
  readonly hedges: HedgeLexicon;
  readonly quotedTerms: QuotedTermLexicon;
  readonly times: TimeLexicon;
}

export interface NumberLexicon {
  /** "," in Dutch ("3,5"), "." in English ("3.5"). */
  readonly decimalMark: string;
  /** "." in Dutch ("20.000"), "," in English ("20,000"). */
  readonly groupMark: string;
  /** Parts of number words and their values ("twee" 2, "honderd" 100, "miljoen" 1e6). */
  readonly morphemes: ReadonlyMap<string, number>;
  /** Whether one word may join several parts ("tweeduizendvijfhonderd"), as in Dutch. */
  readonly compoundWords: boolean;
  /** Joiners inside one number word ("en" of "vijfenzeventig"). */
  readonly wordConnectors: readonly string[];
  /** Joiners between number words ("and" of "one hundred and fifty", "-" of "twenty-one"). */
  readonly phraseConnectors: ReadonlySet<string>;
  /** Words that are "one" only before a scale or fraction ("een miljoen", "a third"). */
  readonly weakOne: ReadonlySet<string>;
  /** Words that are a number by themselves ("anderhalf" 1.5). */
  readonly standalone: ReadonlyMap<string, number>;
  /** Fraction words and their denominators ("derde" 3, "kwart" 4). */
  readonly fractions: ReadonlyMap<string, number>;
  /** Words that stand before a fraction as its numerator 1 ("een derde"). */
  readonly fractionArticles: ReadonlySet<string>;
  /** The words between the two numbers of a ratio ("op de" of "een op de drie"). */
  readonly ratioJoin: readonly string[];
  /** Phrases of a fraction with its article ("de helft" 0.5). */
  readonly fractionPhrases: ReadonlyMap<string, number>;
  /** Plurals that mean "more than" a round number ("honderden" 100), as phrases. */
  readonly vaguePlurals: ReadonlyMap<string, number>;
  /** Scale words after a number ("1,2 miljoen", "5 mln"). */
  readonly scaleWords: ReadonlyMap<string, number>;
  /** Scale letters glued to digits ("2bn", "5m"). */
  readonly scaleSuffixes: ReadonlyMap<string, number>;
  /** Number words that are as often another word ("acht"): numbers only with a unit or approximator. */
  readonly ambiguousWords: ReadonlySet<string>;
  /** Fraction words that are also ordinals ("een derde meisje"). */
  readonly ordinalFractions: ReadonlySet<string>;
}

export interface ApproximatorLexicon {
  /** Phrases before the number, longest first, with their kind. */
  readonly before: readonly Phrase<Approx>[];
  readonly after: readonly Phrase<Approx>[];
  /** Words that join the two ends of a range ("tot", "à", "to"), as phrases. */
  readonly rangeJoiners: readonly (readonly string[])[];
  /** "tussen" … "en", "between" … "and". */
  readonly rangeOpen: string;
  readonly rangeAnd: string;
}

export interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
}

export interface UnitLexicon {
  /** Percent words and signs, as phrases ("procent", "%", "per cent"). */
  readonly percent: readonly (readonly string[])[];
  /** Currency signs and codes written before the number ("€", "$", "EUR"), as written. */
  readonly currencySigns: ReadonlySet<string>;
  /** Units of length, weight, area (for "de 100 meter", the race, and glued "10km"). */
  readonly measures: ReadonlySet<string>;
  readonly timeUnits: ReadonlySet<string>;
  /** Nouns of scores, never counted as figures ("punten", "runs"). */
  readonly scoreUnits: ReadonlySet<string>;
  /** Words that are never the counted noun (articles, prepositions, auxiliaries, …). */
  readonly notUnits: ReadonlySet<string>;
  /** Endings of attributive adjectives, read as part of the counted noun without tags ("voormalige"). */
  readonly adjectiveEndings: readonly string[];
}

/** One context that makes a number no quantity (a rank, an age, a clock time, …). */
export interface ContextPattern {
  /** Elements before the number, nearest last. */
  readonly before: readonly PatternElement[];
  /** Elements after the number (its unit included), nearest first. */
  readonly after: readonly PatternElement[];
  /** The number must have value 1 ('#1'). */
  readonly valueOne: boolean;
  /** Both numbers of the pattern are bare (no unit): "drie uit vier". */
  readonly bareOnly: boolean;
  /** A second number in the pattern ("van 9 en 10 jaar"). */
  readonly secondNumber: boolean;
  /** The pattern does not apply when the word before it is of this class. */
  readonly unlessBefore: string | null;
  readonly reason: string;
}

export type PatternElement =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'class'; readonly name: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'number' };

export interface QuantityContextLexicon {
  /** Word classes the patterns name ("copula", "time-unit", "month", "weekday", "year-preposition"). */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly patterns: readonly ContextPattern[];
  /** A bare number right after a copula is an age ("Ik was zestien."). */
  readonly bareAfterCopulaIsAge: boolean;
  /** Glued endings of ages ("-jarige"). */
  readonly ageSuffixes: readonly string[];
  /** Glued endings of ordinals ("ste", "de"). */
  readonly ordinalSuffixes: readonly string[];
  readonly definiteArticles: ReadonlySet<string>;
}

export interface HedgeLexicon {
  /** One pattern per kind, built from the phrase lists. */
  readonly patterns: readonly { readonly kind: HedgeKind; readonly pattern: RegExp }[];
  /** A hedge word that is no hedge after these words, with at most one word between ("zo snel mogelijk"). */
  readonly notAfter: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** A hedge word that is no hedge before these words ("mogelijk om", "mogelijk ."). */
  readonly notBefore: ReadonlyMap<string, ReadonlySet<string>>;
  readonly reportative: {
    /** "zou", "zouden". */
    readonly modals: ReadonlySet<string>;
    /** The verb that closes a reportative cluster ("hebben", "zijn"), as phrases. */
    readonly perfectAux: readonly (readonly string[])[];
    /** Verbs that make "zou" modal or conditional instead ("kunnen", "moeten"), as phrases. */
    readonly blockers: readonly (readonly string[])[];
    /** Conjunctions of a condition ("als", "indien"). */
    readonly conditionals: ReadonlySet<string>;
    /** Punctuation that ends the clause. */
    readonly clauseBreaks: readonly string[];
  };
  readonly official: {
    readonly words: ReadonlySet<string>;
    /** Words that set the official version against what is known ("maar", "in werkelijkheid"). */
    readonly contrast: RegExp;
  };
}

export interface QuotedTermLexicon {
  /** Cue phrases right before the opening mark, per kind, longest first. */
  readonly cues: readonly Phrase<QuotedTermKind>[];
  /** Longest quoted phrase still counted as a term, in words. */
  readonly maxWords: number;
  /** Quotation styles the language keeps for speech (`QuoteStyle` names). */
  readonly speechStyles: ReadonlySet<string>;
}

export interface TimeLexicon {
  /** Weekday names, Sunday first (index = `Date.getUTCDay()`). */
  readonly weekdays: readonly string[];
  /** Month names, January first. */
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly dayParts: readonly string[];
  /** "gisteren" -1, "morgen" +1. */
  readonly relativeDays: ReadonlyMap<string, number>;
  /** First parts of compounds with a day part ("gister" of "gistermiddag"), and words like "vanavond". */
  readonly relativeDayCompounds: ReadonlyMap<string, number>;
  readonly last: ReadonlySet<string>;
  readonly next: ReadonlySet<string>;
  readonly this: ReadonlySet<string>;
  /** Calendar periods ("maand" → month). */
  readonly periods: ReadonlyMap<string, string>;
  /** Parts of a period ("begin" → early), as phrases. */
  readonly parts: readonly Phrase<string>[];
  readonly ago: ReadonlySet<string>;
  readonly inFuture: ReadonlySet<string>;
  /** Units of a distance in time ("weken" → week). */
  readonly durationUnits: ReadonlyMap<string, string>;
  /** Words after which a four-digit number is a year ("in", "sinds"). */
  readonly yearPrepositions: ReadonlySet<string>;
  /** Word after a clock time ("uur"). */
  readonly clockSuffix: ReadonlySet<string>;
  /** Finite past-tense forms that mark a sentence as past. */
  readonly pastMarkers: ReadonlySet<string>;
  /** Auxiliaries of the perfect ("heeft", "is"): with a participle they mark the past. */
  readonly perfectAux: ReadonlySet<string>;
  /** A past participle ("gezegd", "arrested"): with a perfect auxiliary in the sentence, past. */
  readonly participle: RegExp;
  /** A finite past form by its ending ("announced"), or null. */
  readonly pastForm: RegExp | null;
  readonly futureMarkers: ReadonlySet<string>;
  /** Month names that are also common words ("may"): months only when capitalised. */
  readonly ambiguousMonths: ReadonlySet<string>;
  /** The word before a decade ("jaren" of "de jaren tachtig"); "" where decades are written "1980s". */
  readonly decadeWord: string;
  /** Prepositions before a clock time ("om", "at"). */
  readonly clockBefore: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// The JSON shapes (keys starting with "_" are comments).

export interface NumbersFile {
  readonly _source: string;
  readonly decimalMark: string;
  readonly groupMark: string;
  readonly morphemes: Readonly<Record<string, number>>;
  readonly compoundWords: boolean;
  readonly wordConnectors: readonly string[];
  readonly phraseConnectors: readonly string[];
  readonly weakOne: readonly string[];
  readonly standalone: Readonly<Record<string, number>>;
  readonly fractions: Readonly<Record<string, number>>;
  readonly fractionArticles: readonly string[];
  readonly ratioJoin: readonly string[];
  readonly fractionPhrases: Readonly<Record<string, number>>;
  readonly vaguePlurals: Readonly<Record<string, number>>;
  readonly scaleWords: Readonly<Record<string, number>>;
  readonly scaleSuffixes: Readonly<Record<string, number>>;
  readonly ambiguousWords: readonly string[];
  readonly ordinalFractions: readonly string[];
}

export interface ApproximatorsFile {
  readonly _source: string;
  readonly before: Readonly<Record<string, string>>;
  readonly after: Readonly<Record<string, string>>;
  readonly rangeJoiners: readonly string[];
  readonly rangeOpen: string;
  readonly rangeAnd: string;
}

export interface UnitsFile {
  readonly _source: string;
  readonly percent: readonly string[];
  readonly currencySigns: readonly string[];
  readonly measures: readonly string[];
  readonly timeUnits: readonly string[];
  readonly scoreUnits: readonly string[];
  readonly notUnits: readonly string[];
  readonly adjectiveEndings: readonly string[];
}

export interface QuantityContextsFile {
  readonly _source: string;
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly patterns: readonly { readonly pattern: string; readonly reason: string; readonly unlessBefore?: string; readonly bareOnly?: boolean }[];
  readonly bareAfterCopulaIsAge: boolean;
  readonly ageSuffixes: readonly string[];
  readonly ordinalSuffixes: readonly string[];
  readonly definiteArticles: readonly string[];
}

export interface HedgesFile {
  readonly _source: string;
  readonly phrases: Readonly<Record<string, readonly string[]>>;
  readonly notAfter: Readonly<Record<string, readonly string[]>>;
  readonly notBefore: Readonly<Record<string, readonly string[]>>;
  readonly reportative: {
    readonly modals: readonly string[];
    readonly perfectAux: readonly string[];
    readonly blockers: readonly string[];
    readonly conditionals: readonly string[];
    readonly clauseBreaks: readonly string[];
  };
  readonly official: { readonly words: readonly string[]; readonly contrast: readonly string[] };
}

export interface QuotedTermsFile {
  readonly _source: string;
  readonly term: readonly string[];
  readonly scare: readonly string[];
  readonly name: readonly string[];
  readonly maxWords: number;
  readonly speechStyles: readonly string[];
}

export interface TimesFile {
  readonly _source: string;
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly dayParts: readonly string[];
  readonly relativeDays: Readonly<Record<string, number>>;
  readonly relativeDayCompounds: Readonly<Record<string, number>>;
  readonly last: readonly string[];
  readonly next: readonly string[];
  readonly this: readonly string[];
  readonly periods: Readonly<Record<string, string>>;
  readonly parts: Readonly<Record<string, string>>;
  readonly ago: readonly string[];
  readonly inFuture: readonly string[];
  readonly durationUnits: Readonly<Record<string, string>>;
  readonly yearPrepositions: readonly string[];
  readonly clockSuffix: readonly string[];
  readonly pastMarkers: readonly string[];
  readonly perfectAux: readonly string[];
  readonly participlePattern: string;
  readonly pastFormPattern: string | null;
  readonly futureMarkers: readonly string[];
  readonly ambiguousMonths: readonly string[];
  readonly decadeWord: string;
  readonly clockBefore: readonly string[];
}

export interface ClaimsFiles {
  readonly numbers: NumbersFile;
  readonly approximators: ApproximatorsFile;
  readonly units: UnitsFile;
  readonly contexts: QuantityContextsFile;
  readonly hedges: HedgesFile;
  readonly quotedTerms: QuotedTermsFile;
  readonly times: TimesFile;
}

const APPROX: readonly Approx[] = ['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most'];
const HEDGE_KINDS: readonly HedgeKind[] = ['uncertain', 'unverified', 'reported'];

/**
 * Cuts a phrase into lower-cased words the way `scanWords` cuts text: runs of letters and
 * digits (with inner apostrophes, hyphens, dots and commas) and single signs.
 */
export function phraseWords(phrase: string): string[] {
  return [...phrase.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** A word: letters/digits with inner joiners ("zo'n", "20.000", "Slam-titels"), or one sign. */
export const WORD = /[\p{L}\p{N}]+(?:['’.,/\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Builds the lexicon from its files; a wrong value names the file and key. */
export function buildClaimsLexicon(files: ClaimsFiles, lang: string): ClaimsLexicon {
  const where = (file: string, key: string): string => `src/lang/${lang}/${file}.json: ${key}`;
  const approx = (file: string, key: string, value: string): Approx => {
    if (!(APPROX as readonly string[]).includes(value)) throw new Error(`${where(file, key)}: "${value}" is not an approx kind (${APPROX.join(', ')})`);
    return value as Approx;
  };
  const phrases = <T>(file: string, record: Readonly<Record<string, string>>, map: (key: string, value: string) => T): Phrase<T>[] =>
    Object.entries(record)
      .filter(([key]) => !key.startsWith('_'))
      .map(([key, value]) => ({ words: phraseWords(key), value: map(key, value) }))
      .sort((a, b) => b.words.length - a.words.length);
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const numberMap = (record: Readonly<Record<string, number>>): Map<string, number> =>
    new Map(Object.entries(record).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [k.toLowerCase(), v]));
  const phraseKeyed = (record: Readonly<Record<string, number>>): Map<string, number> =>
    new Map(Object.entries(record).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [phraseWords(k).join(' '), v]));

  const n = files.numbers;
  const numbers: NumberLexicon = {
    decimalMark: n.decimalMark,
    groupMark: n.groupMark,
    morphemes: numberMap(n.morphemes),
    compoundWords: n.compoundWords,
    wordConnectors: n.wordConnectors,
    phraseConnectors: lower(n.phraseConnectors),
    weakOne: lower(n.weakOne),
    standalone: numberMap(n.standalone),
    fractions: numberMap(n.fractions),
    fractionArticles: lower(n.fractionArticles),
    ratioJoin: n.ratioJoin.map((w) => w.toLowerCase()),
    fractionPhrases: phraseKeyed(n.fractionPhrases),
    vaguePlurals: phraseKeyed(n.vaguePlurals),
    scaleWords: numberMap(n.scaleWords),
    scaleSuffixes: numberMap(n.scaleSuffixes),
    ambiguousWords: lower(n.ambiguousWords),
    ordinalFractions: lower(n.ordinalFractions),
  };

  const a = files.approximators;
  const approximators: ApproximatorLexicon = {
    before: phrases('approximators', a.before, (key, value) => approx('approximators', `before."${key}"`, value)),
    after: phrases('approximators', a.after, (key, value) => approx('approximators', `after."${key}"`, value)),
    rangeJoiners: a.rangeJoiners.map(phraseWords).sort((x, y) => y.length - x.length),
    rangeOpen: a.rangeOpen.toLowerCase(),
    rangeAnd: a.rangeAnd.toLowerCase(),
  };

  const u = files.units;
  const units: UnitLexicon = {
    percent: u.percent.map(phraseWords).sort((x, y) => y.length - x.length),
    currencySigns: new Set(u.currencySigns),
    measures: lower(u.measures),
    timeUnits: lower(u.timeUnits),
    scoreUnits: lower(u.scoreUnits),
    notUnits: lower(u.notUnits),
    adjectiveEndings: u.adjectiveEndings,
  };

  const t = files.times;
  const c = files.contexts;
  const classes = new Map<string, Set<string>>();
  for (const [name, list] of Object.entries(c.classes)) if (!name.startsWith('_')) classes.set(name, lower(list));
  classes.set('month', lower([...t.months, ...t.monthAbbreviations]));
  classes.set('weekday', lower(t.weekdays));
  classes.set('year-preposition', lower(t.yearPrepositions));
  const contexts: QuantityContextLexicon = {
    classes,
    patterns: c.patterns.map((p, i) => parseContextPattern(p, classes, where('quantity-contexts', `patterns[${i}]`))),
    bareAfterCopulaIsAge: c.bareAfterCopulaIsAge,
    ageSuffixes: c.ageSuffixes.map((s) => s.toLowerCase()),
    ordinalSuffixes: c.ordinalSuffixes.map((s) => s.toLowerCase()),
    definiteArticles: lower(c.definiteArticles),
  };

  const h = files.hedges;
  const hedgePatterns = Object.entries(h.phrases)
    .filter(([kind]) => !kind.startsWith('_'))
    .map(([kind, list]) => {
      if (!(HEDGE_KINDS as readonly string[]).includes(kind)) throw new Error(`${where('hedges', `phrases.${kind}`)}: not a hedge kind (${HEDGE_KINDS.join(', ')})`);
      return { kind: kind as HedgeKind, pattern: buildPhrasePattern(list) };
    });
  const hedges: HedgeLexicon = {
    patterns: hedgePatterns,
    notAfter: new Map(Object.entries(h.notAfter).map(([word, list]) => [word.toLowerCase(), list.map(phraseWords)])),
    notBefore: new Map(Object.entries(h.notBefore).map(([word, list]) => [word.toLowerCase(), lower(list)])),
    reportative: {
      modals: lower(h.reportative.modals),
      perfectAux: h.reportative.perfectAux.map(phraseWords).sort((x, y) => y.length - x.length),
      blockers: h.reportative.blockers.map(phraseWords),
      conditionals: lower(h.reportative.conditionals),
      clauseBreaks: h.reportative.clauseBreaks,
    },
    official: { words: lower(h.official.words), contrast: buildPhrasePattern(h.official.contrast) },
  };

  const q = files.quotedTerms;
  const cues: Phrase<QuotedTermKind>[] = [
    ...q.term.map((p) => ({ words: phraseWords(p), value: 'term' as const })),
    ...q.scare.map((p) => ({ words: phraseWords(p), value: 'scare' as const })),
    ...q.name.map((p) => ({ words: phraseWords(p), value: 'name' as const })),
  ].sort((x, y) => y.words.length - x.words.length);
  const quotedTerms: QuotedTermLexicon = { cues, maxWords: q.maxWords, speechStyles: new Set(q.speechStyles) };

  const times: TimeLexicon = {
    weekdays: t.weekdays.map((w) => w.toLowerCase()),
    months: t.months.map((w) => w.toLowerCase()),
    monthAbbreviations: t.monthAbbreviations.map((w) => w.toLowerCase()),
    dayParts: t.dayParts.map((w) => w.toLowerCase()),
    relativeDays: numberMap(t.relativeDays),
    relativeDayCompounds: numberMap(t.relativeDayCompounds),
    last: lower(t.last),
    next: lower(t.next),
    this: lower(t.this),
    periods: new Map(Object.entries(t.periods).map(([k, v]) => [k.toLowerCase(), v])),
    parts: phrases('times', t.parts, (_key, value) => value),
    ago: lower(t.ago),
    inFuture: lower(t.inFuture),
    durationUnits: new Map(Object.entries(t.durationUnits).map(([k, v]) => [k.toLowerCase(), v])),
    yearPrepositions: lower(t.yearPrepositions),
    clockSuffix: lower(t.clockSuffix),
    pastMarkers: lower(t.pastMarkers),
    perfectAux: lower(t.perfectAux),
    participle: new RegExp(t.participlePattern, 'u'),
    pastForm: t.pastFormPattern === null ? null : new RegExp(t.pastFormPattern, 'u'),
    futureMarkers: lower(t.futureMarkers),
    ambiguousMonths: lower(t.ambiguousMonths),
    decadeWord: t.decadeWord.toLowerCase(),
    clockBefore: lower(t.clockBefore),
  };
  if (times.weekdays.length !== 7) throw new Error(`${where('times', 'weekdays')}: expected 7 names, Sunday first`);
  if (times.months.length !== 12) throw new Error(`${where('times', 'months')}: expected 12 names, January first`);

  return { numbers, approximators, units, contexts, hedges, quotedTerms, times };
}

function parseContextPattern(
  spec: QuantityContextsFile['patterns'][number],
  classes: ReadonlyMap<string, ReadonlySet<string>>,
  where: string,
): ContextPattern {
  const parts = spec.pattern.trim().split(/\s+/);
  const first = parts.findIndex((p) => p === '#' || p === '#1' || p.startsWith('#-') || p.startsWith('#'));
  if (first < 0) throw new Error(`${where}: "${spec.pattern}" has no '#'`);
  const element = (part: string): PatternElement => {
    if (part === '*') return { kind: 'any' };
    if (part.startsWith('#') || part === '{num}') return { kind: 'number' };
    const cls = /^\{(.+)\}$/.exec(part);
    if (cls) {
      if (!classes.has(cls[1])) throw new Error(`${where}: unknown class {${cls[1]}}`);
      return { kind: 'class', name: cls[1] };
    }
    return { kind: 'word', word: part.toLowerCase() };
  };
  const after = parts.slice(first + 1).map(element);
  if (spec.unlessBefore !== undefined && !classes.has(spec.unlessBefore)) throw new Error(`${where}: unknown class ${spec.unlessBefore}`);
  return {
    before: parts.slice(0, first).map(element),
    after,
    valueOne: parts[first] === '#1',
    bareOnly: spec.bareOnly === true,
    secondNumber: after.some((e) => e.kind === 'number'),
    unlessBefore: spec.unlessBefore ?? null,
    reason: spec.reason,
  };
}
