import type { TimeGranularity } from '../core/types.ts';
import type { ClaimsLexicon, TimeLexicon } from '../lang/claims-lexicon.ts';
import {
  addDays, addMonths, compareDates, daysInMonth, formatDate, formatInstant, isValidDate, startOfWeek, weekday, type CalendarDate,
} from './calendar-date.ts';
import { readNumberAt } from './read-number.ts';
import { readTense } from './read-tense.ts';
import { matchesAt, type Word } from './scan-words.ts';

/** What the times stage resolves against: the publication day (null when unknown) and the zone. */
export interface TimeReference {
  readonly date: CalendarDate | null;
  readonly timeZone: string;
}

/** A time expression found by our own readers: words `[first, end)` of one sentence. */
export interface TimeCandidate {
  readonly first: number;
  readonly end: number;
  readonly value: string | null;
  readonly valueEnd?: string | null;
  readonly granularity: TimeGranularity | null;
  /** For a clock time: hour and minute, to be put on the sentence's day. */
  readonly clock?: { readonly hour: number; readonly minute: number };
}

interface Interval {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly granularity: TimeGranularity;
}

type Reader = (words: readonly Word[], at: number, lexicon: ClaimsLexicon, ref: TimeReference) => TimeCandidate | null;

/** Look-ups built once per lexicon from its lists, so that each word costs a few map look-ups. */
interface TimeIndex {
  /** First words of the parts of a period ("begin", "aan"). */
  readonly partStarts: ReadonlySet<string>;
  /** Weekday names (0 = Sunday), alone and with a day part ("zaterdagavond"): the first weekday each spells. */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Relative days spelt as a stem of `relativeDayCompounds` and a day part ("gistermiddag"): the last stem's value, as the loop over them found it. */
  readonly dayCompounds: ReadonlyMap<string, number>;
  /** Month names and abbreviations: the first month (1–12) each names, as `indexOf` finds it. */
  readonly months: ReadonlyMap<string, number>;
  readonly monthAbbreviations: ReadonlyMap<string, number>;
  /**
   * Every word (besides one starting with a digit) at which a reader other than readOffset can
   * find something: the first words each of them asks for (see `readRelativeTimes`).
   */
  readonly starters: ReadonlySet<string>;
}

const INDEXES = new WeakMap<TimeLexicon, TimeIndex>();

/** The lexicon asked about last and its index: every reader asks at every word, nearly always of the same lexicon. */
let lastLexicon: TimeLexicon | undefined;
let lastIndex: TimeIndex | undefined;

function timeIndex(t: TimeLexicon): TimeIndex {
  if (t === lastLexicon && lastIndex !== undefined) return lastIndex;
  lastLexicon = t;
  lastIndex = indexFor(t);
  return lastIndex;
}

function indexFor(t: TimeLexicon): TimeIndex {
  let index = INDEXES.get(t);
  if (index === undefined) {
    const firstOf = (list: readonly string[]): Map<string, number> => {
      const map = new Map<string, number>();
      list.forEach((name, i) => {
        if (!map.has(name)) map.set(name, i);
      });
      return map;
    };
    // As weekdayOf's loop read them: for each weekday in turn, its name or its name and a day part.
    const weekdays = new Map<string, number>();
    t.weekdays.forEach((name, d) => {
      for (const spelling of [name, ...t.dayParts.map((part) => name + part)]) if (!weekdays.has(spelling)) weekdays.set(spelling, d);
    });
    // As readRelativeDay's loop read them: every stem with every day part, the last stem winning.
    const dayCompounds = new Map<string, number>();
    for (const [stem, value] of t.relativeDayCompounds) for (const part of t.dayParts) dayCompounds.set(stem + part, value);
    const partStarts = new Set(t.parts.filter((p) => p.words.length > 0).map((p) => p.words[0]));
    const months = firstOf(t.months);
    const monthAbbreviations = firstOf(t.monthAbbreviations);
    const starters = new Set<string>([
      ...partStarts, // readPartOfPeriod
      ...weekdays.keys(), ...months.keys(), ...monthAbbreviations.keys(), // readDate (and a day number)
      ...t.this, ...t.last, ...t.next, // readWeekday, readRelativePeriod (and weekdays)
      ...t.relativeDays.keys(), ...t.relativeDayCompounds.keys(), ...dayCompounds.keys(), // readRelativeDay
      ...(t.decadeWord === '' ? [] : [t.decadeWord]), // readDecade (and "1980s"); readMonth: months; readYear, readClock: digits
    ]);
    index = { partStarts, weekdays, dayCompounds, months, monthAbbreviations, starters };
    INDEXES.set(t, index);
  }
  return index;
}

/** Whether a word starts with an ASCII digit (`\d` without the `u` flag). */
function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Our own refiners for what chrono-node misses, over the words of one sentence: dates
 * ("20 juni 1924", "17 september"), months ("januari 1999"), parts of periods ("begin deze
 * maand", "eind 2003"), relative periods ("vorige week", "dit jaar"), weekdays ("vrijdag",
 * "vorige week dinsdag", "zaterdagavond"), relative days ("gisteren", "gistermiddag"), offsets
 * ("over een week", "twee weken geleden"), years ("(2003)", "in 1997"), decades ("de jaren
 * tachtig", "the 1980s") and clock times ("22.30 uur"). A bare weekday or a date without a year
 * reads the tense of its clause: in the past, the most recent one before publication.
 */
export function readRelativeTimes(words: readonly Word[], lexicon: ClaimsLexicon, ref: TimeReference): TimeCandidate[] {
  // An offset needs a unit of time after its number ("twee weken geleden"): without one in the sentence, no reader of offsets.
  const units = lexicon.times.durationUnits;
  const offsets = words.some((w) => units.has(w.lower));
  // Only at a digit or a starter (TimeIndex.starters) can a reader other than readOffset find anything.
  const starters = timeIndex(lexicon.times).starters;
  const found: TimeCandidate[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i];
    const readers = startsWithDigit(word.text) || starters.has(word.lower)
      ? (offsets ? ALL_READERS : READERS_WITHOUT_OFFSET)
      : (offsets ? ONLY_OFFSET : NO_READERS);
    let candidate: TimeCandidate | null = null;
    for (const reader of readers) {
      candidate = reader(words, i, lexicon, ref);
      if (candidate !== null) break;
    }
    if (candidate === null) i++;
    else {
      found.push(candidate);
      i = candidate.end;
    }
  }
  return found;
}

function fromInterval(first: number, end: number, interval: Interval | null, granularity: TimeGranularity): TimeCandidate {
  if (interval === null) return { first, end, value: null, granularity };
  const single = compareDates(interval.start, interval.end) === 0;
  return { first, end, value: formatDate(interval.start), ...(single ? {} : { valueEnd: formatDate(interval.end) }), granularity: interval.granularity };
}

// --- periods ---------------------------------------------------------------------------------

/** The period `kind` ("month", "week", …) that is this (0), the last (-1) or the next (+1) one. */
function periodInterval(kind: string, shift: number, ref: CalendarDate): Interval | null {
  switch (kind) {
    case 'day': {
      const d = addDays(ref, shift);
      return { start: d, end: d, granularity: 'day' };
    }
    case 'week': {
      const monday = addDays(startOfWeek(ref), 7 * shift);
      return { start: monday, end: addDays(monday, 6), granularity: 'week' };
    }
    case 'weekend': {
      // This weekend: the one we are in, else the coming one; last: the one before this week's Monday.
      const saturday = addDays(startOfWeek(ref), 5 + 7 * shift);
      return { start: saturday, end: addDays(saturday, 1), granularity: 'day' };
    }
    case 'month': {
      const first = addMonths({ ...ref, day: 1 }, shift);
      return { start: first, end: { ...first, day: daysInMonth(first.year, first.month) }, granularity: 'month' };
    }
    case 'year':
      return yearInterval(ref.year + shift);
    case 'decade': {
      const start = Math.floor(ref.year / 10) * 10 + 10 * shift;
      return { start: { year: start, month: 1, day: 1 }, end: { year: start + 9, month: 12, day: 31 }, granularity: 'decade' };
    }
    case 'century': {
      const start = Math.floor(ref.year / 100) * 100 + 100 * shift;
      return { start: { year: start, month: 1, day: 1 }, end: { year: start + 99, month: 12, day: 31 }, granularity: 'century' };
    }
    case 'spring': case 'summer': case 'autumn': case 'winter': {
      const startMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[kind];
      let year = ref.year + shift;
      if (kind === 'winter' && ref.month <= 2 && shift === 0) year -= 1;
      const start: CalendarDate = { year, month: startMonth, day: 1 };
      const last = addMonths(start, 2);
      return { start, end: { ...last, day: daysInMonth(last.year, last.month) }, granularity: 'part-of-year' };
    }
    default:
      return null;
  }
}

function yearInterval(year: number): Interval {
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 }, granularity: 'year' };
}

function monthInterval(year: number, month: number): Interval {
  return { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) }, granularity: 'month' };
}

/** The early, middle or late third of an interval. */
function partOf(interval: Interval, part: string): Interval {
  const days = Math.round((Date.UTC(interval.end.year, interval.end.month - 1, interval.end.day) - Date.UTC(interval.start.year, interval.start.month - 1, interval.start.day)) / 86_400_000) + 1;
  const third = Math.floor(days / 3);
  const granularity: TimeGranularity = interval.granularity === 'month' ? 'part-of-month'
    : interval.granularity === 'year' ? 'part-of-year'
      : interval.granularity === 'century' ? 'part-of-century'
        : interval.granularity;
  if (part === 'early') return { start: interval.start, end: addDays(interval.start, third - 1), granularity };
  if (part === 'late') return { start: addDays(interval.start, days - third), end: interval.end, granularity };
  return { start: addDays(interval.start, third), end: addDays(interval.start, days - third - 1), granularity };
}

/** "deze maand" (0), "vorige week" (-1), "volgend jaar" (+1) at `words[at]`: the shift and the period kind. */
function readPeriodWords(words: readonly Word[], at: number, t: TimeLexicon): { shift: number; kind: string; end: number } | null {
  const word = words[at];
  const period = words[at + 1];
  if (word === undefined || period === undefined) return null;
  const kind = t.periods.get(period.lower);
  if (kind === undefined) return null;
  const shift = t.this.has(word.lower) ? 0 : t.last.has(word.lower) ? -1 : t.next.has(word.lower) ? 1 : null;
  return shift === null ? null : { shift, kind, end: at + 2 };
}

const readRelativePeriod: Reader = (words, at, lexicon, ref) => {
  const read = readPeriodWords(words, at, lexicon.times);
  if (read === null) return null;
  const interval = ref.date === null ? null : periodInterval(read.kind, read.shift, ref.date);
  return fromInterval(at, read.end, interval, interval?.granularity ?? 'day');
};

const readPartOfPeriod: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  if (!timeIndex(t).partStarts.has(words[at].lower)) return null;
  for (const part of t.parts) {
    if (!matchesAt(words, at, part.words)) continue;
    const next = at + part.words.length;
    const period = readPeriodWords(words, next, t);
    if (period !== null) {
      const whole = ref.date === null ? null : periodInterval(period.kind, period.shift, ref.date);
      const interval = whole === null ? null : partOf(whole, part.value);
      return fromInterval(at, period.end, interval, interval?.granularity ?? 'part-of-month');
    }
    const month = monthAt(words, next, t);
    if (month !== null) {
      const yearWord = words[next + 1];
      const year = yearWord !== undefined && /^\d{4}$/.test(yearWord.text) ? Number(yearWord.text) : null;
      const end = year === null ? next + 1 : next + 2;
      const resolvedYear = year ?? (ref.date === null ? null : nearestYearOfMonth(month, ref.date, readTense(words, at, t)));
      return fromInterval(at, end, resolvedYear === null ? null : partOf(monthInterval(resolvedYear, month), part.value), 'part-of-month');
    }
    const yearWord = words[next];
    if (yearWord !== undefined && /^\d{4}$/.test(yearWord.text)) {
      return fromInterval(at, next + 1, partOf(yearInterval(Number(yearWord.text)), part.value), 'part-of-year');
    }
  }
  return null;
};

// --- days --------------------------------------------------------------------------------------

/** The weekday (0 = Sunday) a word names, alone or with a day part ("zaterdagavond"). */
function weekdayOf(word: Word | undefined, t: TimeLexicon): number | null {
  if (word === undefined) return null;
  return timeIndex(t).weekdays.get(word.lower) ?? null;
}

/** The most recent day with weekday `d` strictly before `ref` (direction -1), or the next strictly after (+1). */
function nearestWeekday(ref: CalendarDate, d: number, direction: -1 | 1): CalendarDate {
  const diff = direction < 0 ? -(((weekday(ref) - d + 7) % 7) || 7) : ((d - weekday(ref) + 7) % 7) || 7;
  return addDays(ref, diff);
}

const readWeekday: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  // "vorige week dinsdag", "volgende week vrijdag"
  const period = readPeriodWords(words, at, t);
  if (period !== null && period.kind === 'week') {
    const d = weekdayOf(words[period.end], t);
    if (d !== null) {
      const day = ref.date === null ? null : addDays(startOfWeek(ref.date), 7 * period.shift + ((d + 6) % 7));
      return fromInterval(at, period.end + 1, day === null ? null : { start: day, end: day, granularity: 'day' }, 'day');
    }
  }
  // "afgelopen dinsdag", "komende vrijdag", "last Friday"
  const first = words[at];
  const shift = t.last.has(first.lower) ? -1 : t.next.has(first.lower) ? 1 : 0;
  const dayAt = shift === 0 ? at : at + 1;
  const d = weekdayOf(words[dayAt], t);
  if (d === null) return null;
  let end = dayAt + 1;
  let direction: -1 | 1 = shift === 1 ? 1 : -1;
  // "vrijdag jongstleden", "vrijdag a.s."
  const after = words[end];
  if (shift === 0 && after !== undefined && (t.last.has(after.lower) || t.next.has(after.lower))) {
    direction = t.next.has(after.lower) ? 1 : -1;
    end++;
  } else if (shift === 0) {
    direction = readTense(words, at, t) === 'future' ? 1 : -1;
  }
  const day = ref.date === null ? null : nearestWeekday(ref.date, d, direction);
  return fromInterval(at, end, day === null ? null : { start: day, end: day, granularity: 'day' }, 'day');
};

const readRelativeDay: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  const word = words[at];
  const offset = t.relativeDays.get(word.lower) ?? t.relativeDayCompounds.get(word.lower) ?? timeIndex(t).dayCompounds.get(word.lower);
  if (offset === undefined) return null;
  const day = ref.date === null ? null : addDays(ref.date, offset);
  return fromInterval(at, at + 1, day === null ? null : { start: day, end: day, granularity: 'day' }, 'day');
};

/** "over een week", "over drie dagen", "twee weken geleden", "in two weeks", "a year ago". */
const readOffset: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  const future = t.inFuture.has(words[at].lower);
  const numberAt = future ? at + 1 : at;
  const count = countAt(words, numberAt, lexicon);
  if (count === null) return null;
  const unit = t.durationUnits.get(words[count.end]?.lower ?? '');
  if (unit === undefined) return null;
  let end = count.end + 1;
  let sign: number;
  if (future) sign = 1;
  else if (t.ago.has(words[end]?.lower ?? '')) {
    sign = -1;
    end++;
  } else return null;
  const n = count.value * sign;
  if (ref.date === null) return { first: at, end, value: null, granularity: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day' };
  if (unit === 'day' || unit === 'week') {
    const day = addDays(ref.date, unit === 'week' ? 7 * n : n);
    return fromInterval(at, end, { start: day, end: day, granularity: 'day' }, 'day');
  }
  if (unit === 'month') {
    const m = addMonths(ref.date, n);
    return fromInterval(at, end, monthInterval(m.year, m.month), 'month');
  }
  return fromInterval(at, end, yearInterval(ref.date.year + n), 'year');
};

/** A whole number at `words[at]`, "een"/"a" counting as one. */
function countAt(words: readonly Word[], at: number, lexicon: ClaimsLexicon): { value: number; end: number } | null {
  const word = words[at];
  if (word === undefined) return null;
  if (lexicon.numbers.weakOne.has(word.lower) || lexicon.numbers.fractionArticles.has(word.lower)) return { value: 1, end: at + 1 };
  const core = readNumberAt(words, at, lexicon);
  if (core === null || core.excluded !== null || !Number.isInteger(core.value) || core.value <= 0 || core.value > 1000) return null;
  return { value: core.value, end: core.end };
}

// --- calendar dates ------------------------------------------------------------------------------

/** The month (1–12) a word names; abbreviations only with `allowAbbreviation`; ambiguous names only capitalised. */
function monthAt(words: readonly Word[], at: number, t: TimeLexicon, allowAbbreviation = false): number | null {
  const word = words[at];
  if (word === undefined) return null;
  const index = timeIndex(t);
  const full = index.months.get(word.lower);
  const short = allowAbbreviation ? index.monthAbbreviations.get(word.lower) : undefined;
  if (full === undefined && short === undefined) return null;
  if (t.ambiguousMonths.has(word.lower) && !/^\p{Lu}/u.test(word.text)) return null;
  if (full !== undefined) return full + 1;
  return (short as number) + 1;
}

/** The year in which month `month` lies nearest `ref` in the direction of the tense. */
function nearestYearOfMonth(month: number, ref: CalendarDate, tense: 'past' | 'future' | 'unknown'): number {
  if (tense === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  if (tense === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  const diff = month - ref.month;
  return diff > 6 ? ref.year - 1 : diff < -6 ? ref.year + 1 : ref.year;
}

function nearestYearOfDay(month: number, day: number, ref: CalendarDate, tense: 'past' | 'future' | 'unknown'): number {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((y) => isValidDate(y, month, day));
  const dated = candidates.map((year) => ({ year, diff: compareDates({ year, month, day }, ref) }));
  const pick = tense === 'past' ? dated.filter((c) => c.diff <= 0).pop()
    : tense === 'future' ? dated.find((c) => c.diff >= 0)
      : [...dated].sort((a, b) => Math.abs(a.diff) - Math.abs(b.diff))[0];
  return pick?.year ?? ref.year;
}

/** "20 juni 1924", "17 september", "dinsdag 12 mei", "May 5, 2021", "5 May". */
const readDate: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  let first = at;
  let i = at;
  if (weekdayOf(words[i], t) !== null) {
    i++;
    if (words[i]?.text === ',') i++;
  }
  let day: number | null = null;
  let month: number | null = null;
  if (/^\d{1,2}$/.test(words[i]?.text ?? '') && (month = monthAt(words, i + 1, t, true)) !== null) {
    day = Number(words[i].text);
    i += 2;
  } else if ((month = monthAt(words, i, t, true)) !== null && /^\d{1,2}$/.test(words[i + 1]?.text ?? '')) {
    day = Number(words[i + 1].text);
    i += 2;
  } else return null;
  if (words[i]?.text === '.' && words[i - 1].lower.length <= 4) i++;
  let year: number | null = null;
  const yearAt = words[i]?.text === ',' ? i + 1 : i;
  if (/^\d{4}$/.test(words[yearAt]?.text ?? '')) {
    year = Number(words[yearAt].text);
    i = yearAt + 1;
  }
  if (first === at && i === at) return null;
  if (!isValidDate(year ?? 2000, month, day)) return null;
  const resolved = year ?? (ref.date === null ? null : nearestYearOfDay(month, day, ref.date, readTense(words, at, t)));
  if (resolved === null || !isValidDate(resolved, month, day)) return { first, end: i, value: null, granularity: 'day' };
  const date: CalendarDate = { year: resolved, month, day };
  return fromInterval(first, i, { start: date, end: date, granularity: 'day' }, 'day');
};

/** "januari 1999", "in januari" (the month nearest publication in the clause's tense). */
const readMonth: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  const month = monthAt(words, at, t);
  if (month === null) return null;
  const yearWord = words[at + 1];
  if (yearWord !== undefined && /^\d{4}$/.test(yearWord.text)) return fromInterval(at, at + 2, monthInterval(Number(yearWord.text), month), 'month');
  const year = ref.date === null ? null : nearestYearOfMonth(month, ref.date, readTense(words, at, t));
  return fromInterval(at, at + 1, year === null ? null : monthInterval(year, month), 'month');
};

/** "(2003)", "in 1997", "sinds 1993": a year after a year preposition or in brackets. */
const readYear: Reader = (words, at, lexicon) => {
  const t = lexicon.times;
  const word = words[at];
  if (!startsWithDigit(word.text) || !/^\d{4}$/.test(word.text)) return null;
  const year = Number(word.text);
  const bracketed = words[at - 1]?.text === '(' && words[at + 1]?.text === ')' && year >= 1000 && year <= 2100;
  const afterPreposition = words[at - 1] !== undefined && t.yearPrepositions.has(words[at - 1].lower) && year >= 1800 && year <= 2100;
  if (!bracketed && !afterPreposition) return null;
  return fromInterval(at, at + 1, yearInterval(year), 'year');
};

/** "de jaren tachtig", "jaren '80", "the 1980s". */
const readDecade: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  const word = words[at];
  const written = startsWithDigit(word.text) ? /^(\d{3}0)s$/.exec(word.text) : null;
  if (written) {
    const start = Number(written[1]);
    return fromInterval(at, at + 1, { start: { year: start, month: 1, day: 1 }, end: { year: start + 9, month: 12, day: 31 }, granularity: 'decade' }, 'decade');
  }
  if (t.decadeWord === '' || word.lower !== t.decadeWord) return null;
  let i = at + 1;
  if (words[i]?.text === "'" || words[i]?.text === '’') i++;
  const next = words[i];
  if (next === undefined) return null;
  let tens: number | null = /^\d0$/.test(next.text) ? Number(next.text) : null;
  if (tens === null) {
    const core = readNumberAt(words, i, lexicon);
    tens = core !== null && core.end === i + 1 && core.value >= 10 && core.value <= 90 && core.value % 10 === 0 ? core.value : null;
  }
  if (tens === null) return null;
  const refYear = ref.date?.year ?? 2000;
  let start = Math.floor(refYear / 100) * 100 + tens;
  if (start > refYear - 5) start -= 100;
  return fromInterval(at, i + 1, { start: { year: start, month: 1, day: 1 }, end: { year: start + 9, month: 12, day: 31 }, granularity: 'decade' }, 'decade');
};

/** "22.30 uur", "om 10 uur", "rond 0.30 uur": a clock time, put on the sentence's day later. */
const readClock: Reader = (words, at, lexicon, ref) => {
  const t = lexicon.times;
  if (t.clockSuffix.size === 0) return null;
  const word = words[at];
  if (!startsWithDigit(word.text)) return null;
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(word.text);
  if (!m || !t.clockSuffix.has(words[at + 1]?.lower ?? '')) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 24 || minute > 59) return null;
  if (m[2] === undefined && !t.clockBefore.has(words[at - 1]?.lower ?? '')) return null;
  const value = ref.date === null ? null : formatInstant(ref.date, hour % 24, minute, ref.timeZone);
  return { first: at, end: at + 2, value, granularity: 'instant', clock: { hour: hour % 24, minute } };
};

/**
 * The readers, in the order they are tried at each word. Other than readOffset, each is tried
 * only at a word that starts with a digit or is in `TimeIndex.starters`: a reader that learns to
 * start at another word must add it there.
 */
const ALL_READERS: readonly Reader[] = [readPartOfPeriod, readDate, readWeekday, readRelativePeriod, readRelativeDay, readOffset, readMonth, readYear, readDecade, readClock];
const READERS_WITHOUT_OFFSET: readonly Reader[] = ALL_READERS.filter((reader) => reader !== readOffset);
const ONLY_OFFSET: readonly Reader[] = [readOffset];
const NO_READERS: readonly Reader[] = [];
