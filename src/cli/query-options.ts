import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../core/types.ts';
import { DEFAULT_DB, openStore } from '../store/open-store.ts';
import type { DocumentFilter, Store } from '../store/store.ts';
import { isLang } from '../lang/index.ts';
import { parseDateOption, parsePositiveInt } from './options.ts';

export interface QueryOptions {
  readonly db: string;
  readonly outlet?: string;
  readonly since?: string;
  readonly until?: string;
  readonly lang?: Lang;
  readonly limit?: number;
  readonly format: string;
}

/** The options every corpus query takes: where the corpus is, the document filters, the limit and the output format. */
export function addQueryOptions(command: Command, formats: readonly string[], defaultLimit: number): Command {
  return command
    .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
    .option('--outlet <name>', 'only articles of this outlet')
    .option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)', parseDateOption)
    .option('--until <date>', 'only articles published on or before this date (YYYY-MM-DD)', parseDateOption)
    .option('--lang <lang>', 'only articles in nl or en', parseQueryLang)
    .option('--limit <n>', `at most this many rows (default ${defaultLimit})`, parsePositiveInt, defaultLimit)
    .option('--format <format>', formats.join(', '), (value: string) => {
      if (!formats.includes(value)) throw new InvalidArgumentError(`expected ${formats.join(' or ')}, got "${value}"`);
      return value;
    }, formats[0]);
}

function parseQueryLang(value: string): Lang {
  if (isLang(value)) return value;
  throw new InvalidArgumentError(`expected nl or en, got "${value}"`);
}

/** The document filter of the options (undefined fields left out). */
export function filterOf(options: QueryOptions): DocumentFilter {
  return {
    ...(options.outlet !== undefined ? { outlet: options.outlet } : {}),
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.until !== undefined ? { until: options.until } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
  };
}

/** Opens the store, runs `work` and closes it, also on failure. */
export async function withStore<T>(db: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
