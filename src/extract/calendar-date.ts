import { memoizeBounded } from '../core/memoize-bounded.ts';

/**
 * Calendar days without a clock, and the few time-zone facts the times stage needs. A day is
 * computed in UTC arithmetic (no zone can shift it); a zone only matters when an instant is
 * turned into the day it falls on there, or a wall-clock time into an ISO string with offset.
 */
export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

function toUtc(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(d) + days * MS_PER_DAY);
}

/** Adds months, keeping the day where the month has it ("31 januari" + 1 → 28/29 februari). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CalendarDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday of the (ISO) week `d` lies in. */
export function startOfWeek(d: CalendarDate): CalendarDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toUtc(a) - toUtc(b);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2022-01-07". */
export function formatDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Reads "YYYY-MM-DD"; null for anything else. */
export function parseDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A formatter per zone, made once (making one costs far more than using it). Throws a RangeError for an unknown zone. */
function formatter(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, ...options });
    cache.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatter(DAY_FORMATS, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
    return true;
  } catch {
    return false;
  }
}

/** The day an instant falls on in `timeZone`. Throws a RangeError for an unknown zone. */
export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  const parts = formatter(DAY_FORMATS, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The UTC offset of `timeZone` at noon of `d`, as "+01:00". */
export function offsetInZone(d: CalendarDate, timeZone: string): string {
  return offsetAtNoon(`${timeZone} ${Date.UTC(d.year, d.month - 1, d.day, 12)}`);
}

/**
 * Offsets already worked out, by zone and noon ("Europe/Amsterdam 1641556800000"): formatting one
 * costs microseconds, and an article asks for the same few days again and again.
 */
const offsetAtNoon = memoizeBounded(4096, (zoneAndNoon: string): string => {
  const cut = zoneAndNoon.lastIndexOf(' ');
  const timeZone = zoneAndNoon.slice(0, cut);
  const noon = new Date(Number(zoneAndNoon.slice(cut + 1)));
  const name = formatter(OFFSET_FORMATS, timeZone, { timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
});

/** "2022-01-14T22:30:00+01:00": a wall-clock time on day `d` in `timeZone`. */
export function formatInstant(d: CalendarDate, hour: number, minute: number, timeZone: string): string {
  return `${formatDate(d)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offsetInZone(d, timeZone)}`;
}
