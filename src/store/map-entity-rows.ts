/**
 * Rows of the entity tables (`entities`, `corpus_entities`, `entity_overrides`) as the store's
 * types, the same for SQLite and PostgreSQL: each store selects the same columns and hands the
 * row here.
 */
import type { EntityType } from '../core/types.ts';
import type { CorpusEntitySummary, EntityOverride, EntityRecord } from './store.ts';

type Row = Readonly<Record<string, unknown>>;

/** A row of `entities` (id, document_id, entity_id, type, name, key, role, mention_count). */
export function entityRecordFromRow(r: Row): EntityRecord {
  return {
    documentId: Number(r.document_id),
    entityId: String(r.entity_id),
    type: r.type as EntityType,
    name: String(r.name),
    key: r.key === null ? null : String(r.key),
    role: r.role === null ? null : String(r.role),
    mentionCount: Number(r.mention_count),
  };
}

/** A row of `corpus_entities`; `keys` is the keys column already read (SQLite keeps it as JSON text, PostgreSQL as jsonb). */
export function corpusEntitySummaryFromRow(row: Row, keys: string[]): CorpusEntitySummary {
  return {
    id: String(row.id),
    type: row.type as EntityType,
    name: String(row.name),
    key: String(row.key),
    keys,
    confidence: Number(row.confidence),
    documents: Number(row.documents),
    mentions: Number(row.mentions),
  };
}

/** A row of `entity_overrides` (kind, type, a, b): a merge of keys a and b, or a split of key a. */
export function entityOverrideFromRow(row: Row): EntityOverride {
  const type = row.type as EntityType;
  return row.kind === 'merge' ? { kind: 'merge', type, a: String(row.a), b: String(row.b) } : { kind: 'split', type, key: String(row.a) };
}
