import type { Span } from '../core/types.ts';
import { overlapLength } from '../core/span.ts';
import type { QuoteCandidate } from './quote-candidate.ts';

/**
 * Refines the proposals: one record per stretch of text. A direct quote wins over reported
 * speech that mostly covers the same words ("zei hij dat ,,…''"); between reported proposals
 * that overlap by more than half of the shorter, the more confident one stays (ties: the
 * earlier). The result is in text order.
 */
export function settleQuoteOverlaps(direct: readonly QuoteCandidate[], reported: readonly QuoteCandidate[], tokens: readonly Span[]): QuoteCandidate[] {
  const clash = (a: QuoteCandidate, b: QuoteCandidate): boolean => {
    const shorter = Math.min(a.content.end - a.content.start, b.content.end - b.content.start);
    return overlapLength(a.content, b.content) * 2 > shorter;
  };
  // A quotation inside a reported clause of the same cue is part of that statement ("Trump says
  // voter fraud “would be one hell of a way to lose.”"), unless it is nearly all of it.
  const length = (c: QuoteCandidate): number => c.content.end - c.content.start;
  const absorbed = new Set<QuoteCandidate>();
  for (const r of reported) {
    for (const d of direct) {
      if (d.cue === null || r.cue === null || d.cue.start !== r.cue.start) continue;
      if (r.content.start <= d.content.start + 1 && d.content.end <= r.content.end + 2 && length(d) < 0.8 * length(r)) absorbed.add(d);
    }
  }
  const kept: QuoteCandidate[] = direct.filter((d) => !absorbed.has(d));
  // An attribution whose statement holds another's cue is the outer one ("X had told police that
  // …, the source added"): it goes first, as the record of what the source said.
  const holdsCueOf = (a: QuoteCandidate, b: QuoteCandidate): boolean => b.cue !== null && a.content.start <= tokens[b.cue.start].start && tokens[b.cue.start].start < a.content.end;
  const outer = (a: QuoteCandidate): number => (reported.some((b) => b !== a && holdsCueOf(a, b)) ? 1 : 0);
  const ranked = [...reported].sort((a, b) => outer(b) - outer(a) || b.confidence - a.confidence || a.content.start - b.content.start);
  for (const candidate of ranked) {
    if (kept.some((other) => clash(candidate, other))) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
