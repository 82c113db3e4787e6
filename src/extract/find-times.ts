import type { StageContext } from '../core/stage.ts';
import type { Analysis, Message, Sentence, TimeExpr } from '../core/types.ts';
import { overlaps } from '../core/span.ts';
import { dateInZone, formatInstant, isKnownZone, parseDate, type CalendarDate } from './calendar-date.ts';
import { readChronoTimes } from './read-chrono-times.ts';
import { readRelativeTimes, type TimeReference } from './read-relative-times.ts';
import { scanTextWords, wordsBetween } from './scan-words.ts';

/** The zone relative times are resolved in when the document names none. */
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The `times` stage: every time expression, resolved against the publication day
 * (`meta.published`) in the document's zone (`meta.timeZone`, default Europe/Amsterdam).
 *
 * Propose, then refine: our own readers (`readRelativeTimes`: "vrijdag", "gisteren", "begin deze
 * maand", "vorige week dinsdag", "over een week", "begin deze eeuw", "(2003)", …) and
 * chrono-node (`readChronoTimes`) both propose; where they overlap ours wins, unless chrono's
 * span holds ours and adds a number to it ("next Tuesday, at 10pm"). A clock time takes the day of another expression in its sentence ("zaterdag rond
 * 22.30 uur"). Values are ISO dates ("2022-01-07"); an interval (a week, a month, "begin deze
 * maand") has its first day in `value` and its last in `valueEnd`; a clock time is a date-time
 * with the zone's offset. Without a publication day, relative expressions keep their span with
 * value null.
 */
export function findTimes(analysis: Analysis, context: StageContext): Analysis {
  const text = analysis.text;
  const { reference, messages } = readReference(analysis);
  const sentences: readonly Sentence[] = analysis.sentences.length > 0
    ? analysis.sentences
    : [{ start: 0, end: text.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 }];

  const ours: TimeExpr[] = [];
  const allWords = scanTextWords(analysis);
  for (const sentence of sentences) {
    const words = wordsBetween(text, allWords, sentence.start, sentence.end);
    const found = readRelativeTimes(words, context.pack.claims, reference);
    const dayOfSentence = found.find((c) => c.granularity === 'day' && c.value !== null)?.value ?? null;
    for (const c of found) {
      const start = words[c.first].start;
      const end = words[c.end - 1].end;
      let value = c.value;
      const day = dayOfSentence === null ? null : parseDate(dayOfSentence);
      if (c.clock !== undefined && day !== null) value = formatInstant(day, c.clock.hour, c.clock.minute, reference.timeZone);
      ours.push({ start, end, text: text.slice(start, end), value, ...(c.valueEnd !== undefined ? { valueEnd: c.valueEnd } : {}), granularity: c.granularity });
    }
  }
  const theirs: TimeExpr[] = readChronoTimes(text, context.lang, reference).map((t) => ({ ...t, text: text.slice(t.start, t.end) }));

  // chrono's reading wins only where it holds ours and adds a number ("next Tuesday, at 10pm");
  // "on Friday" around our "Friday" does not (ours reads the tense).
  const keptTheirs = theirs.filter((c) => !ours.some((o) => overlaps(o, c) && !(c.start <= o.start && o.end <= c.end && length(c) > length(o) && /\d/.test(text.slice(c.start, o.start) + text.slice(o.end, c.end)))));
  const keptOurs = ours.filter((o) => !keptTheirs.some((c) => overlaps(o, c)));
  const times = [...keptOurs, ...keptTheirs].sort((a, b) => a.start - b.start);
  return { ...analysis, times, messages: [...analysis.messages, ...messages] };
}

function length(t: TimeExpr): number {
  return t.end - t.start;
}

/** The publication day in the document's zone, with a message when `meta.published` or the zone cannot be read. */
function readReference(analysis: Analysis): { reference: TimeReference; messages: Message[] } {
  const messages: Message[] = [];
  let timeZone = analysis.meta.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownZone(timeZone)) {
    messages.push({ ruleId: 'times-unknown-zone', severity: 'warning', message: `meta.timeZone "${timeZone}" is not an IANA time zone; using ${DEFAULT_TIME_ZONE}` });
    timeZone = DEFAULT_TIME_ZONE;
  }
  const published = analysis.meta.published;
  let date: CalendarDate | null = null;
  if (published !== undefined) {
    date = parseDate(published);
    if (date === null) {
      const instant = new Date(published);
      if (/^\d{4}-\d{2}-\d{2}T/.test(published) && !Number.isNaN(instant.getTime())) date = dateInZone(instant, timeZone);
      else messages.push({ ruleId: 'times-bad-published', severity: 'warning', message: `meta.published "${published}" is not a date (YYYY-MM-DD) or an ISO 8601 timestamp; relative times are left unresolved` });
    }
  }
  return { reference: { date, timeZone }, messages };
}
