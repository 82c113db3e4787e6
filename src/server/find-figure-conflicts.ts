import type { FigureRecord } from '../store/store.ts';

export interface FigureConflictGroup {
  readonly unit: string;
  readonly low: number;
  readonly high: number;
  readonly figures: FigureRecord[];
}

/** Two figures disagree when the larger is more than this factor of the smaller. */
export const CONFLICT_RATIO = 1.1;

function normaliseUnit(unit: string): string {
  return unit.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * Groups figures for the same thing (the same counted noun or unit, as written, ignoring case
 * and accents) that disagree: at least two different claimants or articles, and the highest
 * value more than CONFLICT_RATIO times the lowest. Figures without a unit are left out (there
 * is nothing to say they count the same thing). Groups with the widest spread come first.
 */
export function findFigureConflicts(figures: readonly FigureRecord[]): FigureConflictGroup[] {
  const byUnit = new Map<string, FigureRecord[]>();
  for (const figure of figures) {
    if (figure.unit === null || figure.unit.trim() === '') continue;
    const key = normaliseUnit(figure.unit);
    const list = byUnit.get(key);
    if (list) list.push(figure);
    else byUnit.set(key, [figure]);
  }
  const groups: FigureConflictGroup[] = [];
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    const sources = new Set(list.map((figure) => `${figure.claimedBy ?? ''}\u0000${figure.documentId}`));
    if (sources.size < 2) continue;
    const sorted = [...list].sort((a, b) => a.value - b.value || a.documentId - b.documentId || a.start - b.start);
    const low = sorted[0].value;
    const high = Math.max(...sorted.map((figure) => figure.valueMax ?? figure.value));
    const disagree = low <= 0 ? high !== low : high / low > CONFLICT_RATIO;
    if (disagree) groups.push({ unit: sorted[0].unit ?? '', low, high, figures: sorted });
  }
  return groups.sort((a, b) => spread(b) - spread(a) || b.figures.length - a.figures.length);
}

function spread(group: FigureConflictGroup): number {
  return group.low > 0 ? group.high / group.low : Number.POSITIVE_INFINITY;
}
