import { InvalidArgumentError, type Command } from 'commander';
import { once } from 'node:events';
import type { QuoteRecord, StoredDocument } from '../../store/store.ts';
import { formatCsv } from '../format-rows.ts';
import { filterOf, withStore, type QueryOptions } from '../query-options.ts';
import { DEFAULT_DB } from '../../store/open-store.ts';
import { parseDateOption } from '../options.ts';
import { CSV_COLUMNS } from './quotes.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole corpus to standard output: jsonl (one stored document with its whole analysis a line) or csv (one quote a row)')
    .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
    .option('--format <format>', 'jsonl or csv', (value: string) => {
      if (value !== 'jsonl' && value !== 'csv') throw new InvalidArgumentError(`expected jsonl or csv, got "${value}"`);
      return value;
    }, 'jsonl')
    .option('--outlet <name>', 'only articles of this outlet')
    .option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)', parseDateOption)
    .option('--until <date>', 'only articles published on or before this date (YYYY-MM-DD)', parseDateOption)
    .action(async (options: QueryOptions) => {
      await withStore(options.db, async (store) => {
        if (options.format === 'csv') process.stdout.write(`${formatCsv([], CSV_COLUMNS)}\r\n`);
        for await (const doc of store.documents(filterOf(options))) {
          let out: string;
          if (options.format === 'jsonl') out = `${JSON.stringify(doc)}\n`;
          else {
            const records = quoteRecords(doc);
            const csv = formatCsv(records, CSV_COLUMNS);
            out = records.length === 0 ? '' : `${csv.slice(csv.indexOf('\r\n') + 2)}\r\n`;
          }
          if (out !== '' && !process.stdout.write(out)) await once(process.stdout, 'drain');
        }
      });
    });
}

/** The quotes of one stored document as query records. */
export function quoteRecords(doc: StoredDocument): QuoteRecord[] {
  return doc.analysis.quotes.map((quote) => ({
    documentId: doc.id,
    source: doc.source,
    title: doc.meta.title ?? null,
    outlet: doc.meta.outlet ?? null,
    published: doc.meta.published ?? null,
    quoteId: quote.id,
    kind: quote.kind,
    speakerName: quote.speakerName,
    role: quote.role,
    cue: quote.cue?.text ?? null,
    content: quote.content.text,
    start: quote.content.start,
    end: quote.content.end,
    confidence: quote.confidence,
  }));
}
