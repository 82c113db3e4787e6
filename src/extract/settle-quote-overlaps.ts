import type { Span } from '../core/types.ts';
import { overlapLength } from '../core/span.ts';
import { countBelow } from '../core/count-below.ts';
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
  const directByCue = new Map<number, QuoteCandidate[]>();
  for (const d of direct) {
    if (d.cue === null) continue;
    const list = directByCue.get(d.cue.start);
    if (list === undefined) directByCue.set(d.cue.start, [d]);
    else list.push(d);
  }
  for (const r of reported) {
    for (const d of r.cue === null ? [] : directByCue.get(r.cue.start) ?? []) {
      if (r.content.start <= d.content.start + 1 && d.content.end <= r.content.end + 2 && length(d) < 0.8 * length(r)) absorbed.add(d);
    }
  }
  const kept = new NearbySpans<QuoteCandidate>();
  for (const d of direct) if (!absorbed.has(d)) kept.add(d);
  // An attribution whose statement holds another's cue is the outer one ("X had told police that
  // …, the source added"): it goes first, as the record of what the source said.
  const cueAt = (c: QuoteCandidate): number => (c.cue === null ? -1 : tokens[c.cue.start].start);
  const cueOffsets = reported.map(cueAt).filter((at) => at !== -1).sort((a, b) => a - b);
  const outerOf = new Map<QuoteCandidate, number>();
  for (const a of reported) {
    const own = cueAt(a) !== -1 && a.content.start <= cueAt(a) && cueAt(a) < a.content.end ? 1 : 0;
    outerOf.set(a, countBelow(cueOffsets, a.content.end) - countBelow(cueOffsets, a.content.start) - own > 0 ? 1 : 0);
  }
  const outer = (a: QuoteCandidate): number => outerOf.get(a) ?? 0;
  const ranked = [...reported].sort((a, b) => outer(b) - outer(a) || b.confidence - a.confidence || a.content.start - b.content.start);
  for (const candidate of ranked) {
    if (kept.near(candidate.content).some((other) => clash(candidate, other))) continue;
    kept.add(candidate);
  }
  return kept.all().sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}

/** Stretch of text (in UTF-16 code units) by which candidates are filed. */
const STRETCH = 256;

/**
 * Candidates filed under every stretch of text their content covers, so that a new candidate is
 * compared only with those it may overlap, not with every one kept so far (quadratic on a long
 * text full of speech verbs).
 */
class NearbySpans<T extends { readonly content: Span }> {
  private readonly items: T[] = [];
  private readonly byStretch = new Map<number, T[]>();

  add(item: T): void {
    this.items.push(item);
    for (let k = Math.floor(item.content.start / STRETCH); k <= Math.floor(Math.max(item.content.start, item.content.end - 1) / STRETCH); k++) {
      const list = this.byStretch.get(k);
      if (list === undefined) this.byStretch.set(k, [item]);
      else list.push(item);
    }
  }

  /** The items whose content may overlap `span`, each once (every item that does is among them). */
  near(span: Span): T[] {
    const found = new Set<T>();
    for (let k = Math.floor(span.start / STRETCH); k <= Math.floor(Math.max(span.start, span.end - 1) / STRETCH); k++) {
      for (const item of this.byStretch.get(k) ?? []) found.add(item);
    }
    return [...found];
  }

  all(): T[] {
    return [...this.items];
  }
}
