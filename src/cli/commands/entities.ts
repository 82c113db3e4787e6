import { InvalidArgumentError, type Command } from 'commander';
import type { EntityType } from '../../core/types.ts';
import { DEFAULT_DB } from '../../store/open-store.ts';
import { linkStoreEntities } from '../../store/link-store-entities.ts';
import type { CorpusEntity, CorpusEntitySummary, Store } from '../../store/store.ts';
import { formatCsv, formatTable, type Column } from '../format-rows.ts';
import { parsePositiveInt } from '../options.ts';
import { withStore } from '../query-options.ts';

const SUMMARY_COLUMNS: readonly Column<CorpusEntitySummary>[] = [
  { header: 'id', value: (e) => e.id, width: 40 },
  { header: 'name', value: (e) => e.name, width: 32 },
  { header: 'documents', value: (e) => e.documents },
  { header: 'mentions', value: (e) => e.mentions },
  { header: 'confidence', value: (e) => e.confidence },
  { header: 'keys', value: (e) => e.keys.join(' | '), width: 60 },
];

const LINK_COLUMNS: readonly Column<CorpusEntity['links'][number]>[] = [
  { header: 'document', value: (l) => l.documentId },
  { header: 'entity', value: (l) => l.entityId },
  { header: 'name', value: (l) => l.name, width: 32 },
  { header: 'key', value: (l) => l.key, width: 40 },
  { header: 'reason', value: (l) => l.reason },
  { header: 'confidence', value: (l) => l.confidence },
];

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

interface EntitiesOptions {
  readonly db: string;
  readonly format: string;
  readonly limit: number;
  readonly name?: string;
  readonly type?: EntityType;
  readonly key?: string;
}

/**
 * `zegsman entities link|list|show|merge|split`: one person, organisation or place across the
 * articles of the corpus, however each spells it (issue 8). `link` (re)builds the corpus
 * entities; `merge` and `split` are kept as decisions by hand and applied at every linking.
 */
export function registerEntities(program: Command): void {
  const entities = program.command('entities').description('people, organisations and places across the corpus, in every spelling');
  const common = (command: Command): Command =>
    command
      .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
      .option('--format <format>', 'table, json or csv', parseFormat, 'table');

  common(entities.command('link').description('link the entities of all stored articles into corpus entities (run after ingest)')).action(async (options: EntitiesOptions) => {
    const summary = await withStore(options.db, linkStoreEntities);
    write(options.format === 'json' ? JSON.stringify(summary, null, 2)
      : `${summary.entities} article entities → ${summary.corpusEntities} corpus entities (${summary.overrides} decisions by hand) in ${summary.seconds.toFixed(1)} s`);
  });

  common(entities.command('list').description('corpus entities, most mentioned first'))
    .option('--name <words>', 'any spelling of the name ("Shoigu", "Sjojgoe", "Шойгу")')
    .option('--type <type>', 'PER, ORG, LOC or MISC', parseType)
    .option('--limit <n>', 'at most this many rows (default 50)', parsePositiveInt, 50)
    .action(async (options: EntitiesOptions) => {
      const rows = await withStore(options.db, (store) => store.corpusEntities({ name: options.name, type: options.type, limit: options.limit }));
      write(options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? formatCsv(rows, SUMMARY_COLUMNS.map((c) => ({ ...c, width: undefined })))
          : rows.length === 0 ? 'no corpus entities found (after ingest, run: zegsman entities link)' : formatTable(rows, SUMMARY_COLUMNS));
    });

  common(entities.command('show').description('one corpus entity with the article entities it links and why').argument('<id>', 'a corpus entity id from `entities list` ("PER:xoigu,sergei")'))
    .action(async (id: string, options: EntitiesOptions) => {
      const entity = await withStore(options.db, (store) => mustFind(store, id));
      write(formatEntity(entity, options.format));
    });

  common(entities.command('merge').description('one entity after all: join two corpus entities (kept, applied at every linking)')
    .argument('<id>', 'the corpus entity to keep').argument('<other>', 'the corpus entity to join to it'))
    .action(async (id: string, other: string, options: EntitiesOptions) => {
      const entity = await withStore(options.db, async (store) => {
        const [a, b] = [await mustFind(store, id), await mustFind(store, other)];
        if (a.type !== b.type) throw new Error(`${id} is ${a.type} and ${other} is ${b.type}: only entities of one type merge`);
        if (a.id === b.id) throw new Error(`${id} and ${other} are one corpus entity already`);
        await store.addEntityOverride({ kind: 'merge', type: a.type, a: a.key, b: b.key });
        await linkStoreEntities(store);
        return mustFind(store, a.id);
      });
      write(formatEntity(entity, options.format));
    });

  common(entities.command('split').description('not one entity: take article entities out of a corpus entity (kept, applied at every linking)')
    .argument('<id>', 'the corpus entity to split'))
    .option('--key <key>', 'take out only the article entities with this key (default: every key but the entity\'s own)')
    .action(async (id: string, options: EntitiesOptions) => {
      const rows = await withStore(options.db, async (store) => {
        const entity = await mustFind(store, id);
        const keys = options.key !== undefined ? [options.key] : entity.keys.filter((k) => k !== entity.key);
        if (keys.length === 0) throw new Error(`${id} has one key only (${entity.key}): there is nothing to split`);
        const unknown = keys.find((k) => !entity.keys.includes(k));
        if (unknown !== undefined) throw new Error(`${id} has no article entities with key "${unknown}" (its keys: ${entity.keys.join(', ')})`);
        for (const key of keys) await store.addEntityOverride({ kind: 'split', type: entity.type, key });
        await linkStoreEntities(store);
        const after: CorpusEntitySummary[] = [];
        for (const key of [entity.key, ...keys]) {
          const found = await store.corpusEntity(`${entity.type}:${key}`);
          if (found !== null) after.push(found);
        }
        return after;
      });
      write(options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? formatCsv(rows, SUMMARY_COLUMNS.map((c) => ({ ...c, width: undefined }))) : formatTable(rows, SUMMARY_COLUMNS));
    });
}

async function mustFind(store: Store, id: string): Promise<CorpusEntity> {
  const entity = await store.corpusEntity(id);
  if (entity === null) throw new Error(`no corpus entity "${id}" in ${store.location} (see zegsman entities list; after ingest, run zegsman entities link)`);
  return entity;
}

function formatEntity(entity: CorpusEntity, format: string): string {
  if (format === 'json') return JSON.stringify(entity, null, 2);
  if (format === 'csv') return formatCsv(entity.links, LINK_COLUMNS.map((c) => ({ ...c, width: undefined })));
  return `${formatTable([entity], SUMMARY_COLUMNS)}\n\n${formatTable(entity.links, LINK_COLUMNS)}`;
}

function parseFormat(value: string): string {
  if (!['table', 'json', 'csv'].includes(value)) throw new InvalidArgumentError(`expected table, json or csv, got "${value}"`);
  return value;
}

function parseType(value: string): EntityType {
  const type = value.toUpperCase() as EntityType;
  if (!TYPES.includes(type)) throw new InvalidArgumentError(`expected PER, ORG, LOC or MISC, got "${value}"`);
  return type;
}

function write(text: string): void {
  process.stdout.write(`${text}\n`);
}
