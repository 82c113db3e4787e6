import type { Command } from 'commander';
import type { QuoteRecord } from '../../store/store.ts';
import { formatCsv, formatTable, type Column } from '../format-rows.ts';
import { addQueryOptions, filterOf, withStore, type QueryOptions } from '../query-options.ts';

/** The columns of a quote in tables, CSV (and `export --format csv`). */
export const QUOTE_COLUMNS: readonly Column<QuoteRecord>[] = [
  { header: 'published', value: (q) => q.published?.slice(0, 10) ?? null },
  { header: 'outlet', value: (q) => q.outlet, width: 20 },
  { header: 'speaker', value: (q) => q.speakerName, width: 28 },
  { header: 'role', value: (q) => q.role, width: 28 },
  { header: 'kind', value: (q) => q.kind },
  { header: 'quote', value: (q) => q.content, width: 90 },
  { header: 'document', value: (q) => q.documentId },
  { header: 'source', value: (q) => q.source },
];

export const CSV_COLUMNS: readonly Column<QuoteRecord>[] = [
  ...QUOTE_COLUMNS.map((column) => ({ ...column, width: undefined })),
  { header: 'title', value: (q) => q.title },
  { header: 'cue', value: (q) => q.cue },
  { header: 'start', value: (q) => q.start },
  { header: 'end', value: (q) => q.end },
  { header: 'confidence', value: (q) => q.confidence },
];

interface QuotesOptions extends QueryOptions {
  readonly speaker?: string;
  readonly text?: string;
}

export function registerQuotes(program: Command): void {
  addQueryOptions(
    program
      .command('quotes')
      .description('who said what: the stored quotes, newest first')
      .option('--speaker <name>', 'words of the speaker\'s name ("Rutte", "Mark Rutte")')
      .option('--text <words>', 'words in what was said'),
    ['table', 'json', 'csv'],
    100,
  ).action(async (options: QuotesOptions) => {
    const quotes = await withStore(options.db, (store) =>
      store.quotes({ ...filterOf(options), speaker: options.speaker, text: options.text, limit: options.limit }),
    );
    const out =
      options.format === 'json' ? JSON.stringify(quotes, null, 2)
        : options.format === 'csv' ? formatCsv(quotes, CSV_COLUMNS)
          : quotes.length === 0 ? 'no quotes found' : formatTable(quotes, QUOTE_COLUMNS);
    process.stdout.write(`${out}\n`);
  });
}
