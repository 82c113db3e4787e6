import { linkCorpusEntities } from '../link/link-corpus-entities.ts';
import type { EntityRecord, Store } from './store.ts';

export interface LinkSummary {
  /** Article entities read. */
  readonly entities: number;
  /** Corpus entities written. */
  readonly corpusEntities: number;
  /** Merges and splits made by hand that were applied. */
  readonly overrides: number;
  readonly seconds: number;
}

/**
 * Links the entities of every stored article into corpus entities (`link/link-corpus-entities.ts`),
 * applying the merges and splits made by hand, and stores the result in place of the last one.
 */
export async function linkStoreEntities(store: Store): Promise<LinkSummary> {
  const started = performance.now();
  const records: EntityRecord[] = [];
  for await (const record of store.entityRecords()) records.push(record);
  const overrides = await store.entityOverrides();
  const entities = linkCorpusEntities(records, overrides);
  await store.replaceCorpusEntities(entities);
  return { entities: records.length, corpusEntities: entities.length, overrides: overrides.length, seconds: (performance.now() - started) / 1000 };
}
