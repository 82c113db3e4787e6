import type { Quote, Span } from '../core/types.ts';

/** Who claims what stands at `span`: the speaker of the statement it stands in, or the writer (null). */
export interface Claimant {
  readonly claimedBy: string | null;
  /** `Quote.id` of that statement. */
  readonly quote: string | null;
}

const WRITER: Claimant = { claimedBy: null, quote: null };

/**
 * The claimant of a span: the `speakerName` of the innermost attributed statement (direct or
 * indirect) whose content contains the span's start, else the writer. A writer's insertion
 * inside the statement, between brackets or between a pair of dashes ("De troepen van de
 * CSTO - het verbond van zes voormalige Sovjetrepublieken - hebben …"), stays the writer's.
 */
export function attributeClaim(text: string, span: Span, quotes: readonly Quote[]): Claimant {
  let best: Quote | null = null;
  for (const quote of quotes) {
    const { start, end } = quote.content;
    if (start <= span.start && span.start < end && (best === null || end - start < best.content.end - best.content.start)) best = quote;
  }
  if (best === null) return WRITER;
  if (inWriterInsertion(text, best.content, span.start)) return WRITER;
  return { claimedBy: best.speakerName, quote: best.id };
}

/** Whether `offset` lies between brackets or between two spaced dashes inside `content`. */
export function inWriterInsertion(text: string, content: Span, offset: number): boolean {
  const inside = text.slice(content.start, content.end);
  const at = offset - content.start;
  // Brackets: the nearest unclosed opener before the offset has its closer after it.
  for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
    const opener = inside.lastIndexOf(open, at);
    if (opener >= 0 && inside.lastIndexOf(close, at) < opener && inside.indexOf(close, at) >= 0) return true;
  }
  // Dashes: an odd number of spaced dashes before the offset and at least one after it.
  const dashes = [...inside.matchAll(/\s[-–—]\s/g)].map((m) => m.index ?? 0);
  const before = dashes.filter((d) => d < at).length;
  const after = dashes.length - before;
  return before % 2 === 1 && after >= 1;
}
