import type { Command } from 'commander';
import type { SearchHit } from '../../store/store.ts';
import { formatTable, type Column } from '../format-rows.ts';
import { addQueryOptions, filterOf, withStore, type QueryOptions } from '../query-options.ts';

const COLUMNS: readonly Column<SearchHit>[] = [
  { header: 'id', value: (hit) => hit.documentId },
  { header: 'published', value: (hit) => hit.published?.slice(0, 10) ?? null },
  { header: 'outlet', value: (hit) => hit.outlet, width: 20 },
  { header: 'title', value: (hit) => hit.title ?? hit.source, width: 40 },
  { header: 'snippet', value: (hit) => hit.snippet, width: 100 },
];

export function registerSearch(program: Command): void {
  addQueryOptions(
    program
      .command('search')
      .description('full-text search of the stored articles (all words must occur; "a phrase", prefix*)')
      .argument('<text>', 'what to look for'),
    ['table', 'json'],
    20,
  ).action(async (text: string, options: QueryOptions) => {
    const hits = await withStore(options.db, (store) => store.search({ ...filterOf(options), text, limit: options.limit }));
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(hits, null, 2)}\n` : `${hits.length === 0 ? 'no articles found' : formatTable(hits, COLUMNS)}\n`);
  });
}
