import type { Command } from 'commander';
import type { FigureRecord } from '../../store/store.ts';
import { formatCsv, formatTable, type Column } from '../format-rows.ts';
import { addQueryOptions, filterOf, withStore, type QueryOptions } from '../query-options.ts';
import { parsePositiveInt } from '../options.ts';
import { findFigureConflicts } from '../../store/find-figure-conflicts.ts';
import { formatFigureConflicts } from './figure-conflicts.ts';

const COLUMNS: readonly Column<FigureRecord>[] = [
  { header: 'published', value: (f) => f.published?.slice(0, 10) ?? null },
  { header: 'outlet', value: (f) => f.outlet, width: 20 },
  { header: 'figure', value: (f) => f.text, width: 24 },
  { header: 'value', value: (f) => (f.valueMax === null ? f.value : `${f.value}–${f.valueMax}`) },
  { header: 'unit', value: (f) => f.unit, width: 16 },
  { header: 'claimed by', value: (f) => f.claimedBy ?? '(the writer)', width: 28 },
  { header: 'sentence', value: (f) => f.context, width: 80 },
  { header: 'document', value: (f) => f.documentId },
];

interface FiguresOptions extends QueryOptions {
  readonly about?: string;
  readonly conflicts?: boolean;
  readonly window?: number;
}

export function registerFigures(program: Command): void {
  addQueryOptions(
    program
      .command('figures')
      .description('the figures in the stored articles and who claims them')
      .option('--about <words>', 'words in the figure\'s unit or sentence ("doden", "procent")')
      .option('--conflicts', 'only groups of figures about one thing (unit, entities, time) that disagree between claimants or outlets')
      .option('--window <days>', 'with --conflicts: days apart that still count as one time (default 7)', parsePositiveInt),
    ['table', 'json', 'csv'],
    100,
  ).action(async (options: FiguresOptions) => {
    if (options.conflicts === true) {
      const conflicts = await withStore(options.db, (store) => findFigureConflicts(store, filterOf(options), { about: options.about, windowDays: options.window, limit: options.limit ?? 100 }));
      process.stdout.write(`${formatFigureConflicts(conflicts, options.format)}\n`);
      return;
    }
    const rows = await withStore(options.db, (store) => store.figures({ ...filterOf(options), about: options.about, limit: options.limit }));
    const out =
      options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? formatCsv(rows, [...COLUMNS.map((column) => ({ ...column, width: undefined })), { header: 'approx', value: (f) => f.approx }, { header: 'start', value: (f) => f.start }, { header: 'end', value: (f) => f.end }])
          : rows.length === 0 ? 'no figures found' : formatTable(rows, COLUMNS);
    process.stdout.write(`${out}\n`);
  });
}
