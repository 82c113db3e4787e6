import { groupConflictingFigures, type FigureConflict, type FigureFact, type FigureKey } from '../link/group-conflicting-figures.ts';
import type { DocumentFilter, Store } from './store.ts';

export interface ConflictQuery {
  /** Words (all of them) in the group's unit key or in a figure's unit or sentence. */
  readonly about?: string;
  /** Days between two figures' dates that still count as one time; default 7. */
  readonly windowDays?: number;
  /** Most groups returned. */
  readonly limit: number;
}

/**
 * Figures of the stored articles about the same thing (unit, entities, time window) that
 * disagree between claimants or outlets (`link/group-conflicting-figures.ts`), at most `limit`
 * groups, those whose unit or sentences hold the `about` words only. `zegsman figures
 * --conflicts` and `GET /api/figures?conflicts=true` both answer with it.
 */
export async function findFigureConflicts(store: Store, filter: DocumentFilter, query: ConflictQuery): Promise<FigureConflict[]> {
  // Two steps: group the narrow rows (no text), then read the whole figures of the groups that
  // disagree only, a batch at a time until the page is full.
  const keys: FigureKey[] = [];
  for await (const page of store.figureKeys(filter)) keys.push(...page);
  const groups = groupConflictingFigures(keys, { windowDays: query.windowDays });
  const words = (query.about ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  const about = (c: FigureConflict): boolean =>
    words.every((w) => c.unitKey.includes(w) || c.figures.some((f) => `${f.unit ?? ''} ${f.context}`.toLowerCase().includes(w)));
  const conflicts: FigureConflict[] = [];
  for (let at = 0; at < groups.length && conflicts.length < query.limit; ) {
    const batch = groups.slice(at, at + Math.max(BATCH, query.limit - conflicts.length));
    at += batch.length;
    const facts = await store.figureFactsById(batch.flatMap((g) => g.figures.map((f) => f.id)));
    for (const group of batch) {
      const figures = group.figures.map((f) => facts.get(f.id)).filter((f): f is FigureFact => f !== undefined);
      if (figures.length !== group.figures.length) continue; // deleted between the two reads
      const conflict = { ...group, figures };
      if (about(conflict)) conflicts.push(conflict);
      if (conflicts.length === query.limit) break;
    }
  }
  return conflicts;
}

/** Fewest groups whose figures are read at once. */
const BATCH = 50;
