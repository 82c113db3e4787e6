import type { FigureConflict, FigureFact } from '../../link/group-conflicting-figures.ts';
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
