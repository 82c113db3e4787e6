import type { Command } from 'commander';
import type { SpeakerTotal } from '../../store/store.ts';
import { formatCsv, formatTable, type Column } from '../format-rows.ts';
import { addQueryOptions, filterOf, withStore, type QueryOptions } from '../query-options.ts';

const COLUMNS: readonly Column<SpeakerTotal>[] = [
  { header: 'quotes', value: (s) => s.quotes },
  { header: 'articles', value: (s) => s.documents },
  { header: 'speaker', value: (s) => s.name, width: 36 },
  { header: 'roles', value: (s) => s.roles.join('; '), width: 40 },
  { header: 'outlets', value: (s) => s.outlets.map((o) => `${o.outlet ?? '(none)'} ${o.quotes}`).join('; '), width: 40 },
];

/** `zegsman speakers`: the answer of `/api/speakers` (the store's speaker totals: one row per person key, Sjojgoe and Shoigu together). */
export function registerSpeakers(program: Command): void {
  addQueryOptions(
    program.command('speakers').description('who is quoted most: statements per speaker (one row per person, all spellings), with roles and outlets'),
    ['table', 'json', 'csv'],
    50,
  ).action(async (options: QueryOptions) => {
    const rows = await withStore(options.db, (store) => store.speakerTotals({ ...filterOf(options), limit: options.limit }));
    const out =
      options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? formatCsv(rows, COLUMNS.map((column) => ({ ...column, width: undefined })))
          : rows.length === 0 ? 'no quotes with a speaker found' : formatTable(rows, COLUMNS);
    process.stdout.write(`${out}\n`);
  });
}
