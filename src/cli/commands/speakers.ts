import type { Command } from 'commander';
import type { SpeakerCount } from '../../store/store.ts';
import { formatCsv, formatTable, type Column } from '../format-rows.ts';
import { addQueryOptions, filterOf, withStore, type QueryOptions } from '../query-options.ts';

const COLUMNS: readonly Column<SpeakerCount>[] = [
  { header: 'quotes', value: (s) => s.quotes },
  { header: 'articles', value: (s) => s.documents },
  { header: 'speaker', value: (s) => s.speakerName, width: 36 },
  { header: 'role', value: (s) => s.role, width: 40 },
  { header: 'outlet', value: (s) => s.outlet, width: 30 },
];

export function registerSpeakers(program: Command): void {
  addQueryOptions(
    program.command('speakers').description('who is quoted most: quote counts by speaker, role and outlet'),
    ['table', 'json', 'csv'],
    50,
  ).action(async (options: QueryOptions) => {
    const rows = await withStore(options.db, (store) => store.speakers({ ...filterOf(options), limit: options.limit }));
    const out =
      options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? formatCsv(rows, COLUMNS.map((column) => ({ ...column, width: undefined })))
          : rows.length === 0 ? 'no quotes with a speaker found' : formatTable(rows, COLUMNS);
    process.stdout.write(`${out}\n`);
  });
}
