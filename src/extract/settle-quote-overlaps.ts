import { overlapLength } from '../core/span.ts';
import type { QuoteCandidate } from './quote-candidate.ts';

/**
 * Refines the proposals: one record per stretch of text. A direct quote wins over reported
 * speech that mostly covers the same words ("zei hij dat ,,…''"); between reported proposals
 * that overlap by more than half of the shorter, the more confident one stays (ties: the
 * earlier). The result is in text order.
 */
export function settleQuoteOverlaps(direct: readonly QuoteCandidate[], reported: readonly QuoteCandidate[]): QuoteCandidate[] {
  const clash = (a: QuoteCandidate, b: QuoteCandidate): boolean => {
    const shorter = Math.min(a.content.end - a.content.start, b.content.end - b.content.start);
    return overlapLength(a.content, b.content) * 2 > shorter;
  };
  const kept: QuoteCandidate[] = [...direct];
  const ranked = [...reported].sort((a, b) => b.confidence - a.confidence || a.content.start - b.content.start);
  for (const candidate of ranked) {
    if (kept.some((other) => clash(candidate, other))) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
