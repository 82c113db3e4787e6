import { groupConflictingFigures, type FigureConflict, type FigureFact } from '../../link/group-conflicting-figures.ts';
import type { DocumentFilter, Store } from '../../store/store.ts';
import { formatCsv, formatTable, type Column } from '../format-rows.ts';

const COLUMNS: readonly Column<FigureFact>[] = [
  { header: 'published', value: (f) => f.published?.slice(0, 10) ?? null },
  { header: 'outlet', value: (f) => f.outlet, width: 20 },
  { header: 'figure', value: (f) => f.text, width: 24 },
  { header: 'value', value: (f) => (f.valueMax === null ? f.value : `${f.value}–${f.valueMax}`) },
  { header: 'claimed by', value: (f) => f.claimedBy ?? '(the writer)', width: 28 },
  { header: 'sentence', value: (f) => f.context, width: 80 },
  { header: 'document', value: (f) => f.documentId },
];

/**
 * `figures --conflicts`: figures about the same thing (unit, entities, time window) that
 * disagree between claimants or outlets (`link/group-conflicting-figures.ts`), at most `limit`
 * groups, those whose unit or sentences hold the `about` words only.
 */
export async function findFigureConflicts(store: Store, filter: DocumentFilter, options: { about?: string; windowDays?: number; limit: number }): Promise<FigureConflict[]> {
  const facts: FigureFact[] = [];
  for await (const fact of store.figureFacts(filter)) facts.push(fact);
  const words = (options.about ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  const about = (c: FigureConflict): boolean =>
    words.every((w) => c.unitKey.includes(w) || c.figures.some((f) => `${f.unit ?? ''} ${f.context}`.toLowerCase().includes(w)));
  return groupConflictingFigures(facts, { windowDays: options.windowDays }).filter(about).slice(0, options.limit);
}

export function formatFigureConflicts(conflicts: readonly FigureConflict[], format: string): string {
  if (format === 'json') return JSON.stringify(conflicts, null, 2);
  if (format === 'csv') {
    const rows = conflicts.flatMap((c, i) => c.figures.map((f) => ({ group: i + 1, conflict: c, figure: f })));
    return formatCsv(rows, [
      { header: 'group', value: (r) => r.group },
      { header: 'about', value: (r) => `${r.conflict.unitKey} ${r.conflict.entityKeys.join(' ')}` },
      ...COLUMNS.map((c) => ({ header: c.header, value: (r: { figure: FigureFact }) => c.value(r.figure) })),
    ]);
  }
  if (conflicts.length === 0) return 'no conflicting figures found';
  return conflicts
    .map((c) => `${c.unitKey} · ${c.entityKeys.join(', ')} · ${c.from === c.to ? c.from : `${c.from} – ${c.to}`}: ${c.values.join(' vs ')}\n${formatTable(c.figures, COLUMNS)}`)
    .join('\n\n');
}
