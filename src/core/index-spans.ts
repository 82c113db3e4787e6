import type { Span } from './types.ts';

/** Answers, for any range of the text, which of a list of spans overlap it and whether one holds it. */
export interface SpanIndex {
  /** Indexes (into the list given to `indexSpans`, ascending) of the spans that overlap `range`. */
  overlapping(range: Span): number[];
  /** Whether some span of the list holds all of `range`. */
  holds(range: Span): boolean;
}

/**
 * Indexes spans (in any order, overlapping or nested) by start, with the furthest end reached so
 * far, so that a stage asking about each sentence or each candidate pays a binary search rather
 * than a pass over every span: per-sentence `spans.filter(overlaps)` is quadratic on a long text.
 */
export function indexSpans(spans: readonly Span[]): SpanIndex {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const i of order) {
    furthest = Math.max(furthest, spans[i].end);
    reach.push(furthest);
  }
  /** Number of spans (in start order) that start at or before `offset` (`strict`: before it). */
  const startingBy = (offset: number, strict: boolean): number => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = spans[order[mid]].start;
      if (strict ? start < offset : start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    overlapping(range) {
      const found: number[] = [];
      for (let p = startingBy(range.end, true) - 1; p >= 0 && reach[p] > range.start; p--) {
        const span = spans[order[p]];
        if (span.end > range.start) found.push(order[p]);
      }
      return found.sort((a, b) => a - b);
    },
    holds(range) {
      const p = startingBy(range.start, false) - 1;
      return p >= 0 && reach[p] >= range.end;
    },
  };
}
