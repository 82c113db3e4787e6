// The two locales we use, not chrono-node's root, which loads all sixteen (~95 ms of start-up CPU).
import type { Chrono, Component, Parser } from 'chrono-node';
import * as en from 'chrono-node/en';
import * as nl from 'chrono-node/nl';
import type { Lang, TimeGranularity } from '../core/types.ts';
import { daysInMonth, formatDate, formatInstant, offsetInZone, type CalendarDate } from './calendar-date.ts';
import type { TimeReference } from './read-relative-times.ts';
import { cutTimePieces } from './cut-time-pieces.ts';

/** A time expression chrono-node found: offsets into the text. */
export interface ChronoTime {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly valueEnd?: string | null;
  readonly granularity: TimeGranularity;
}

/**
 * chrono's casual parser with each parser's pattern built once: some build theirs anew on every
 * parse (the Dutch "binnen twee weken" one, English ones by option); the options passed here never
 * change, so neither do the patterns, and what chrono finds is the same. A parser listed twice
 * (the Dutch casual configuration adds a second month-name parser like the first) runs once:
 * its second results would be copies of its first, at the same places, which chrono's first
 * refiner drops (of overlapping results it keeps the earlier where none is longer).
 */
export function withPatternsOnce(base: Chrono): Chrono {
  const parsers = withoutCopies(base.parsers).map((parser): Parser => {
    let pattern: RegExp | undefined;
    return { pattern: (context) => (pattern ??= parser.pattern(context)), extract: (context, match) => parser.extract(context, match) };
  });
  return new nl.Chrono({ parsers, refiners: base.refiners });
}

/**
 * The parsers without those that copy an earlier one: made by the same class (the constructor
 * itself, not its name, which a bundler may change) with the same settings: every field the
 * same plain value or pattern (a parser with another kind of object or a function in a field is
 * kept: its settings cannot be compared this way).
 */
function withoutCopies(parsers: readonly Parser[]): Parser[] {
  const settingsByClass = new Map<unknown, Set<string>>();
  return parsers.filter((parser) => {
    const settings = settingsOf(parser);
    if (settings === null) return true;
    let seen = settingsByClass.get(parser.constructor);
    if (seen === undefined) settingsByClass.set(parser.constructor, (seen = new Set()));
    if (seen.has(settings)) return false;
    seen.add(settings);
    return true;
  });
}

/** A parser's fields as one string (patterns by their source and flags), or null when a field is neither a plain value nor a pattern. */
function settingsOf(parser: Parser): string | null {
  const fields: Array<[string, string | number | boolean | null]> = [];
  for (const [name, value] of Object.entries(parser)) {
    if (value instanceof RegExp) fields.push([name, String(value)]);
    else if (value === null || value === undefined) fields.push([name, null]);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields.push([name, value]);
    else return null;
  }
  return JSON.stringify(fields);
}

const PARSERS: Readonly<Record<Lang, Chrono>> = { nl: withPatternsOnce(nl.casual), en: withPatternsOnce(en.casual) };

/**
 * Runs chrono-node's parser for the language over the text, resolved against the publication
 * day (noon, in the document's zone) without preferring the future. Results that are only
 * digits and dashes ("3 - 2", a score) or one short word ("nu", "zo") are dropped; without a
 * publication day only results
 * whose year is written keep a value.
 */
export function readChronoTimes(text: string, lang: Lang, ref: TimeReference): ChronoTime[] {
  const day = ref.date ?? { year: 2000, month: 1, day: 1 };
  const offset = offsetInZone(day, ref.timeZone);
  const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const instant = new Date(Date.UTC(day.year, day.month - 1, day.day, 12) - minutes * 60_000);
  // Piece by piece (see cutTimePieces: chrono's cost grows with the square of its input).
  const results = cutTimePieces(text).flatMap((piece) =>
    PARSERS[lang].parse(text.slice(piece.start, piece.end), { instant, timezone: minutes }, { forwardDate: false })
      .map((result) => ({ result, index: piece.start + result.index })));
  const out: ChronoTime[] = [];
  for (const { result, index } of results) {
    if (!/\p{L}/u.test(result.text)) continue;
    // Two- and three-letter words ("nu", "zo" read as zondag) are more often something else.
    if (/^\p{L}{1,3}$/u.test(result.text.replace(/[^\p{L}\p{N}\s]/gu, '').trim())) continue;
    const c = result.start;
    const known = (unit: Component): boolean => c.isCertain(unit);
    const year = c.get('year');
    const month = c.get('month');
    const date = c.get('day');
    if (year === null || month === null || date === null) continue;
    const resolvable = ref.date !== null || known('year');
    const at: CalendarDate = { year, month, day: date };
    const span = { start: index, end: index + result.text.length };
    if (known('hour')) {
      out.push({ ...span, value: resolvable ? formatInstant(at, c.get('hour') ?? 0, c.get('minute') ?? 0, ref.timeZone) : null, granularity: 'instant' });
    } else if (known('day') || known('weekday')) {
      out.push({ ...span, value: resolvable ? formatDate(at) : null, granularity: 'day' });
    } else if (known('month')) {
      out.push({ ...span, value: resolvable ? formatDate({ year, month, day: 1 }) : null, valueEnd: resolvable ? formatDate({ year, month, day: daysInMonth(year, month) }) : null, granularity: 'month' });
    } else if (known('year')) {
      out.push({ ...span, value: formatDate({ year, month: 1, day: 1 }), valueEnd: formatDate({ year, month: 12, day: 31 }), granularity: 'year' });
    } else {
      out.push({ ...span, value: resolvable ? formatDate(at) : null, granularity: 'day' });
    }
  }
  return out;
}
