import { groupConflictingFigures, type FigureConflict, type FigureFact } from '../link/group-conflicting-figures.ts';
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
  const facts: FigureFact[] = [];
  for await (const fact of store.figureFacts(filter)) facts.push(fact);
  const words = (query.about ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  const about = (c: FigureConflict): boolean =>
    words.every((w) => c.unitKey.includes(w) || c.figures.some((f) => `${f.unit ?? ''} ${f.context}`.toLowerCase().includes(w)));
  return groupConflictingFigures(facts, { windowDays: query.windowDays }).filter(about).slice(0, query.limit);
}
