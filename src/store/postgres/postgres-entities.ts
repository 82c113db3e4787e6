import type pg from 'pg';
import type { EntityType } from '../../core/types.ts';
import type { CorpusEntity, CorpusEntityQuery, CorpusEntitySummary, EntityOverride, EntityRecord, FigureFact, FigureKey } from '../store.ts';
import { speakerMatch, type SpeakerMatch } from '../match-speaker.ts';
import { corpusEntitySummaryFromRow, entityOverrideFromRow, entityRecordFromRow } from '../map-entity-rows.ts';

/**
 * The PostgreSQL side of corpus entities, hand-made merges and splits, speaker keys and figure
 * facts (issue 8): plain functions over the pool that `PostgresStore` delegates to. Keys are
 * compared with COLLATE "C" so that a surname's keys form one index range.
 */

type Row = Record<string, unknown>;

export async function* readEntityRecords(pool: pg.Pool): AsyncIterable<EntityRecord> {
  let afterId = 0;
  for (;;) {
    const { rows } = await pool.query(`SELECT id, document_id, entity_id, type, name, key, role, mention_count FROM entities WHERE id > $1 ORDER BY id LIMIT 5000`, [afterId]);
    if (rows.length === 0) return;
    for (const r of rows as Row[]) yield entityRecordFromRow(r);
    afterId = Number((rows[rows.length - 1] as Row).id);
  }
}

export async function writeCorpusEntities(client: pg.PoolClient, entities: readonly CorpusEntity[]): Promise<void> {
  await client.query('DELETE FROM entity_links');
  await client.query('DELETE FROM corpus_entities');
  const BATCH = 5000;
  for (let i = 0; i < entities.length; i += BATCH) {
    const slice = entities.slice(i, i + BATCH);
    await client.query(
      `INSERT INTO corpus_entities (id, type, name, key, keys, confidence, documents, mentions)
       SELECT id, type, name, key, keys, confidence, documents, mentions
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, type text, name text, key text, keys jsonb, confidence double precision, documents integer, mentions integer)`,
      [JSON.stringify(slice.map(({ links: _links, ...summary }) => summary))],
    );
    const links = slice.flatMap((e) => e.links.map((l) => ({ document_id: l.documentId, entity_id: l.entityId, corpus_id: e.id, key: l.key, name: l.name, reason: l.reason, confidence: l.confidence })));
    for (let j = 0; j < links.length; j += BATCH) {
      await client.query(
        `INSERT INTO entity_links (document_id, entity_id, corpus_id, key, name, reason, confidence)
         SELECT document_id, entity_id, corpus_id, key, name, reason, confidence
         FROM jsonb_to_recordset($1::jsonb) AS r(document_id bigint, entity_id text, corpus_id text, key text, name text, reason text, confidence double precision)`,
        [JSON.stringify(links.slice(j, j + BATCH))],
      );
    }
  }
}

const SUMMARY = 'SELECT id, type, name, key, keys, confidence, documents, mentions FROM corpus_entities';

export async function readCorpusEntities(pool: pg.Pool, query: CorpusEntityQuery): Promise<CorpusEntitySummary[]> {
  const limit = query.limit ?? 50;
  const type = query.type ?? null;
  if (query.name === undefined) {
    const { rows } = await pool.query(`${SUMMARY} WHERE ($1::text IS NULL OR type = $1) ORDER BY mentions DESC, id COLLATE "C" LIMIT $2`, [type, limit]);
    return (rows as Row[]).map(toSummary);
  }
  const match = speakerMatch(query.name);
  if (match === null) return [];
  const ids = await matchingCorpusIds(pool, match, type);
  if (ids.length === 0) return [];
  const { rows } = await pool.query(`${SUMMARY} WHERE id = ANY($1::text[]) ORDER BY mentions DESC, id COLLATE "C" LIMIT $2`, [ids, limit]);
  return (rows as Row[]).map(toSummary);
}

export async function readCorpusEntity(pool: pg.Pool, id: string): Promise<CorpusEntity | null> {
  const { rows } = await pool.query(`${SUMMARY} WHERE id = $1`, [id]);
  if (rows.length === 0) return null;
  const links = await pool.query(
    `SELECT document_id AS "documentId", entity_id AS "entityId", key, name, reason, confidence FROM entity_links
     WHERE corpus_id = $1 ORDER BY document_id, entity_id COLLATE "C"`,
    [id],
  );
  return { ...toSummary(rows[0] as Row), links: (links.rows as Row[]).map((l) => ({ ...(l as unknown as CorpusEntity['links'][number]), documentId: Number(l.documentId) })) };
}

export async function readEntityOverrides(pool: pg.Pool): Promise<EntityOverride[]> {
  const { rows } = await pool.query('SELECT kind, type, a, b FROM entity_overrides ORDER BY id');
  return (rows as Row[]).map(entityOverrideFromRow);
}

export async function insertEntityOverride(pool: pg.Pool, override: EntityOverride): Promise<void> {
  const [a, b] = override.kind === 'merge' ? [override.a, override.b] : [override.key, null];
  await pool.query('INSERT INTO entity_overrides (kind, type, a, b) VALUES ($1, $2, $3, $4)', [override.kind, override.type, a, b]);
}

/**
 * The SQL condition (on `quotes q`) for `quotes --speaker`, adding its parameters to `params`:
 * the speaker's words in `speaker_name` (text search), or a speaker key that fits the asked
 * name, or a speaker entity linked to a corpus entity whose key fits it.
 */
export async function speakerCondition(pool: pg.Pool, speaker: string, tsQuery: string, params: unknown[]): Promise<string> {
  params.push(tsQuery || "''");
  const parts = [`to_tsvector('simple', coalesce(q.speaker_name, '')) @@ to_tsquery('simple', $${params.length})`];
  const match = speakerMatch(speaker);
  if (match !== null) {
    // One range of index quotes_speaker_key, in its collation, read alone (the surname, "surname,…" and
    // a few other keys that `fits` drops): an OR of the two was a bitmap over every quote of the surname.
    const { rows } = await pool.query<{ key: string }>(
      `SELECT DISTINCT speaker_key COLLATE "C" AS key FROM quotes WHERE speaker_key COLLATE "C" >= $1 AND speaker_key COLLATE "C" < $2`,
      [match.range.surname, match.range.high],
    );
    const keys = rows.map((r) => r.key).filter(match.fits);
    if (keys.length > 0) {
      params.push(keys);
      // In the collation of index quotes_speaker_key: with the default one the index is not used (a scan of every quote).
      parts.push(`q.speaker_key COLLATE "C" = ANY($${params.length}::text[])`);
    }
    const ids = await matchingCorpusIds(pool, match, 'PER');
    if (ids.length > 0) {
      params.push(ids);
      parts.push(`EXISTS (SELECT 1 FROM entity_links l WHERE l.document_id = q.document_id AND l.entity_id = q.speaker_entity AND l.corpus_id = ANY($${params.length}::text[]))`);
    }
  }
  return `(${parts.join(' OR ')})`;
}

async function matchingCorpusIds(pool: pg.Pool, match: SpeakerMatch, type: EntityType | null): Promise<string[]> {
  const { rows } = await pool.query<{ id: string; key: string }>(
    `SELECT id, key FROM corpus_entities WHERE ($1::text IS NULL OR type = $1) AND (key = $2 OR (key COLLATE "C" >= $3 AND key COLLATE "C" < $4))`,
    [type, match.range.surname, match.range.low, match.range.high],
  );
  return rows.filter((r) => match.fits(r.key)).map((r) => r.id);
}

const FIGURE_COLUMNS = `d.id AS "documentId", d.source, d.title, d.outlet, d.published, f.text, f.value, f.value_max AS "valueMax",
         f.approx, f.unit, f.unit_key AS "unitKey", f.entity_keys AS "entityKeys", f.time_value AS time, f.claimed_by AS "claimedBy", f.context,
         f.start_offset AS start, f.end_offset AS "end"`;
const COMPARABLE = `f.unit_key IS NOT NULL AND f.entity_keys <> '[]'::jsonb AND coalesce(f.time_value, d.published) IS NOT NULL`;

/** A row of FIGURE_COLUMNS as a figure: pg reads the document id (bigint) as text. */
function toFigureFact(row: Row): FigureFact {
  return { ...(row as unknown as FigureFact), documentId: Number(row.documentId) };
}

export async function* readFigureFacts(pool: pg.Pool, where: (params: unknown[]) => string): AsyncIterable<FigureFact> {
  let afterId = 0;
  for (;;) {
    const params: unknown[] = [afterId];
    const filter = where(params);
    const { rows } = await pool.query(
      `SELECT f.id, ${FIGURE_COLUMNS}
       FROM quantities f JOIN documents d ON d.id = f.document_id
       WHERE f.id > $1 AND ${COMPARABLE}${filter}
       ORDER BY f.id LIMIT 2000`,
      params,
    );
    if (rows.length === 0) return;
    for (const { id: _id, ...rest } of rows as Row[]) yield toFigureFact(rest);
    afterId = Number((rows[rows.length - 1] as Row).id);
  }
}

/** `readFigureFacts` without the text columns, a page at a time. */
export async function* readFigureKeys(pool: pg.Pool, where: (params: unknown[]) => string): AsyncIterable<readonly FigureKey[]> {
  let afterId = 0;
  for (;;) {
    const params: unknown[] = [afterId];
    const filter = where(params);
    const { rows } = await pool.query({
      text: `SELECT f.id, f.document_id, d.outlet, d.published, f.value, f.value_max, f.approx, f.unit_key, f.entity_keys,
           f.time_value, f.claimed_by, f.start_offset
         FROM quantities f JOIN documents d ON d.id = f.document_id
         WHERE f.id > $1 AND ${COMPARABLE}${filter}
         ORDER BY f.id LIMIT 5000`,
      values: params,
      rowMode: 'array',
    });
    if (rows.length === 0) return;
    yield (rows as unknown[][]).map((r) => ({
      id: Number(r[0]), documentId: Number(r[1]), outlet: r[2] as string | null, published: r[3] as string | null,
      value: r[4] as number, valueMax: r[5] as number | null, approx: r[6] as FigureKey['approx'], unitKey: r[7] as string | null,
      entityKeys: r[8] as string[], time: r[9] as string | null, claimedBy: r[10] as string | null, start: r[11] as number,
    }));
    afterId = Number((rows[rows.length - 1] as unknown[])[0]);
  }
}

export async function readFigureFactsById(pool: pg.Pool, ids: readonly number[]): Promise<Map<number, FigureFact>> {
  const { rows } = await pool.query(
    `SELECT f.id, ${FIGURE_COLUMNS}
     FROM quantities f JOIN documents d ON d.id = f.document_id
     WHERE f.id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map((rows as Row[]).map(({ id, ...rest }) => [Number(id), toFigureFact(rest)]));
}

function toSummary(row: Row): CorpusEntitySummary {
  return corpusEntitySummaryFromRow(row, row.keys as string[]);
}
