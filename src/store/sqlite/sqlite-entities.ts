import type Database from 'better-sqlite3';
import type { EntityType } from '../../core/types.ts';
import type { CorpusEntity, CorpusEntityQuery, CorpusEntitySummary, EntityOverride, EntityRecord, FigureFact, FigureKey } from '../store.ts';
import { speakerMatch, type SpeakerMatch } from '../match-speaker.ts';
import { corpusEntitySummaryFromRow, entityOverrideFromRow, entityRecordFromRow } from '../map-entity-rows.ts';

/**
 * The SQLite side of corpus entities, hand-made merges and splits, speaker keys and figure
 * facts (issue 8): plain functions over the open database that `SqliteStore` delegates to.
 */

type Row = Record<string, unknown>;

export async function* readEntityRecords(db: Database.Database): AsyncIterable<EntityRecord> {
  let afterId = 0;
  const page = db.prepare(`SELECT id, document_id, entity_id, type, name, key, role, mention_count FROM entities WHERE id > ? ORDER BY id LIMIT 5000`);
  for (;;) {
    const rows = page.all(afterId) as Row[];
    if (rows.length === 0) return;
    for (const r of rows) yield entityRecordFromRow(r);
    afterId = Number(rows[rows.length - 1].id);
  }
}

export function writeCorpusEntities(db: Database.Database, entities: readonly CorpusEntity[]): void {
  const entity = db.prepare(`INSERT INTO corpus_entities (id, type, name, key, keys, confidence, documents, mentions)
    VALUES (@id, @type, @name, @key, @keys, @confidence, @documents, @mentions)`);
  const link = db.prepare(`INSERT INTO entity_links (document_id, entity_id, corpus_id, key, name, reason, confidence)
    VALUES (@documentId, @entityId, @corpusId, @key, @name, @reason, @confidence)`);
  db.transaction(() => {
    db.exec('DELETE FROM entity_links; DELETE FROM corpus_entities;');
    for (const e of entities) {
      entity.run({ id: e.id, type: e.type, name: e.name, key: e.key, keys: JSON.stringify(e.keys), confidence: e.confidence, documents: e.documents, mentions: e.mentions });
      for (const l of e.links) link.run({ ...l, corpusId: e.id });
    }
  }).immediate();
}

const SUMMARY = 'SELECT id, type, name, key, keys, confidence, documents, mentions FROM corpus_entities';

export function readCorpusEntities(db: Database.Database, query: CorpusEntityQuery): CorpusEntitySummary[] {
  const limit = query.limit ?? 50;
  const type = query.type ?? null;
  if (query.name === undefined) {
    const rows = db.prepare(`${SUMMARY} WHERE (@type IS NULL OR type = @type) ORDER BY mentions DESC, id LIMIT @limit`).all({ type, limit }) as Row[];
    return rows.map(toSummary);
  }
  const match = speakerMatch(query.name);
  if (match === null) return [];
  const ids = matchingCorpusIds(db, match, type);
  if (ids.length === 0) return [];
  const rows = db.prepare(`${SUMMARY} WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY mentions DESC, id LIMIT ?`).all(...ids, limit) as Row[];
  return rows.map(toSummary);
}

export function readCorpusEntity(db: Database.Database, id: string): CorpusEntity | null {
  const row = db.prepare(`${SUMMARY} WHERE id = ?`).get(id) as Row | undefined;
  if (row === undefined) return null;
  const links = db.prepare(`SELECT document_id AS documentId, entity_id AS entityId, key, name, reason, confidence FROM entity_links
    WHERE corpus_id = ? ORDER BY document_id, entity_id`).all(id) as CorpusEntity['links'][number][];
  return { ...toSummary(row), links };
}

export function readEntityOverrides(db: Database.Database): EntityOverride[] {
  const rows = db.prepare('SELECT kind, type, a, b FROM entity_overrides ORDER BY id').all() as Row[];
  return rows.map(entityOverrideFromRow);
}

export function insertEntityOverride(db: Database.Database, override: EntityOverride): void {
  const [a, b] = override.kind === 'merge' ? [override.a, override.b] : [override.key, null];
  db.prepare('INSERT INTO entity_overrides (kind, type, a, b, at) VALUES (?, ?, ?, ?, ?)').run(override.kind, override.type, a, b, new Date().toISOString());
}

/**
 * The SQL condition (on `quotes q`) and parameters for `quotes --speaker`: the speaker's words
 * in `speaker_name` (full-text), or a speaker key that fits the asked name, or a speaker
 * entity linked to a corpus entity whose key fits it.
 */
export function speakerCondition(db: Database.Database, speaker: string, fts: string): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = { speakerMatch: `speaker_name : (${fts || '""'})` };
  const parts = ['q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @speakerMatch)'];
  const match = speakerMatch(speaker);
  if (match !== null) {
    const keys = (db.prepare('SELECT DISTINCT speaker_key AS key FROM quotes WHERE speaker_key = @surname OR (speaker_key >= @low AND speaker_key < @high)')
      .all(match.range) as { key: string }[]).map((r) => r.key).filter(match.fits);
    keys.forEach((key, i) => (params[`speakerKey${i}`] = key));
    if (keys.length > 0) parts.push(`q.speaker_key IN (${keys.map((_, i) => `@speakerKey${i}`).join(', ')})`);
    const ids = matchingCorpusIds(db, match, 'PER');
    ids.forEach((id, i) => (params[`corpusId${i}`] = id));
    if (ids.length > 0) {
      parts.push(`EXISTS (SELECT 1 FROM entity_links l WHERE l.document_id = q.document_id AND l.entity_id = q.speaker_entity
        AND l.corpus_id IN (${ids.map((_, i) => `@corpusId${i}`).join(', ')}))`);
    }
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

function matchingCorpusIds(db: Database.Database, match: SpeakerMatch, type: EntityType | null): string[] {
  const rows = db.prepare(`SELECT id, key FROM corpus_entities WHERE (@type IS NULL OR type = @type) AND (key = @surname OR (key >= @low AND key < @high))`)
    .all({ ...match.range, type }) as { id: string; key: string }[];
  return rows.filter((r) => match.fits(r.key)).map((r) => r.id);
}

const FIGURE_COLUMNS = `d.id AS documentId, d.source, d.title, d.outlet, d.published, f.text, f.value, f.value_max AS valueMax,
      f.approx, f.unit, f.unit_key AS unitKey, f.entity_keys AS entityKeys, f.time_value AS time, f.claimed_by AS claimedBy, f.context,
      f.start_offset AS start, f.end_offset AS "end"`;
const COMPARABLE = `f.unit_key IS NOT NULL AND f.entity_keys <> '[]' AND coalesce(f.time_value, d.published) IS NOT NULL`;

/** A row of FIGURE_COLUMNS as a figure: SQLite keeps its entity keys as JSON text. */
function toFigureFact({ entityKeys, ...rest }: Row): FigureFact {
  return { ...(rest as unknown as FigureFact), entityKeys: JSON.parse(String(entityKeys)) as string[] };
}

export async function* readFigureFacts(db: Database.Database, where: string, params: Record<string, string | number | null>): AsyncIterable<FigureFact> {
  let afterId = 0;
  const page = db.prepare(`SELECT f.id, ${FIGURE_COLUMNS}
    FROM quantities f JOIN documents d ON d.id = f.document_id
    WHERE f.id > @afterId AND ${COMPARABLE}${where}
    ORDER BY f.id LIMIT 2000`);
  for (;;) {
    const rows = page.all({ ...params, afterId }) as Row[];
    if (rows.length === 0) return;
    for (const { id: _id, ...rest } of rows) yield toFigureFact(rest);
    afterId = Number(rows[rows.length - 1].id);
  }
}

/** `readFigureFacts` without the text columns, a page at a time, off covering indexes only (migration 10; documents_order holds every column `documentWhere` filters on). */
export async function* readFigureKeys(db: Database.Database, where: string, params: Record<string, string | number | null>): AsyncIterable<readonly FigureKey[]> {
  let afterId = 0;
  const page = db.prepare(`SELECT f.id, f.document_id, d.outlet, d.published, f.value, f.value_max, f.approx, f.unit_key, f.entity_keys,
      f.time_value, f.claimed_by, f.start_offset
    FROM quantities f JOIN documents d INDEXED BY documents_order ON d.id = f.document_id
    WHERE f.id > @afterId AND ${COMPARABLE}${where}
    ORDER BY f.id LIMIT 5000`).raw();
  const entityKeys = new Map<string, readonly string[]>(); // figures about one place share their keys
  const parseKeys = (json: string): readonly string[] => {
    let keys = entityKeys.get(json);
    if (keys === undefined) entityKeys.set(json, (keys = JSON.parse(json) as string[]));
    return keys;
  };
  for (;;) {
    const rows = page.all({ ...params, afterId }) as unknown[][];
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r[0] as number, documentId: r[1] as number, outlet: r[2] as string | null, published: r[3] as string | null,
      value: r[4] as number, valueMax: r[5] as number | null, approx: r[6] as FigureKey['approx'], unitKey: r[7] as string | null,
      entityKeys: parseKeys(String(r[8])), time: r[9] as string | null, claimedBy: r[10] as string | null, start: r[11] as number,
    }));
    afterId = Number(rows[rows.length - 1][0]);
  }
}

export function readFigureFactsById(db: Database.Database, ids: readonly number[]): Map<number, FigureFact> {
  const rows = db.prepare(`SELECT f.id, ${FIGURE_COLUMNS}
    FROM quantities f JOIN documents d ON d.id = f.document_id
    WHERE f.id IN (SELECT value FROM json_each(@ids))`).all({ ids: JSON.stringify(ids) }) as Row[];
  return new Map(rows.map(({ id, ...rest }) => [Number(id), toFigureFact(rest)]));
}

function toSummary(row: Row): CorpusEntitySummary {
  return corpusEntitySummaryFromRow(row, JSON.parse(String(row.keys)) as string[]);
}
