import pg from 'pg';
import { sumSpeakerRows } from '../sum-speaker-rows.ts';
import { nextDay } from '../next-day.ts';
import { parseSearchTerms, toTsQuery } from '../parse-search-terms.ts';
import { storedDocumentFromRow, storedTextFromRow } from '../map-document-rows.ts';
import {
  StoreError,
  type DocumentFilter,
  type DocumentListQuery,
  type DocumentSummary,
  type Failure,
  type FigureQuery,
  type FigureRecord,
  type PreparedDocument,
  type PutResult,
  type QuoteQuery,
  type QuoteRecord,
  type SearchHit,
  type SearchQuery,
  type SourceMark,
  type SpeakerQuery,
  type SpeakerTotal,
  type Store,
  type StoreStats,
  type StoredDocument,
  type StoredText,
  type CorpusEntity,
  type CorpusEntityQuery,
  type CorpusEntitySummary,
  type EntityOverride,
  type EntityRecord,
  type FigureFact,
  type FigureKey,
} from '../store.ts';
import { migrations } from './migrations.ts';
import { countSpeakers, readSpeakerDays, readSpeakerTotals } from './count-speakers.ts';
import { parsePostgresUrl } from './parse-postgres-url.ts';
import {
  insertEntityOverride,
  readCorpusEntities,
  readCorpusEntity,
  readEntityOverrides,
  readEntityRecords,
  readFigureFacts,
  readFigureFactsById,
  readFigureKeys,
  speakerCondition,
  writeCorpusEntities,
} from './postgres-entities.ts';

type Row = Record<string, unknown>;
type Client = pg.PoolClient;

/** Key of the advisory lock that serialises migrations between processes. */
const MIGRATION_LOCK = 7_277_101;

/**
 * Opens the PostgreSQL store at `url` (`postgres://user:password@host:port/db`, with an optional
 * `?schema=NAME` to keep the tables in their own schema), creating and migrating it when needed.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const { connectionString, schema, location } = parsePostgresUrl(url);
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on('error', () => {
    // An idle client lost its connection; the next query opens a new one.
  });
  pool.on('connect', (client) => {
    client.query(SESSION_SETTINGS, [schema === null ? null : quoteIdent(schema)]).catch(() => {});
  });
  try {
    const client = await pool.connect();
    try {
      if (schema !== null) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
        await client.query(`SET search_path TO ${quoteIdent(schema)}`);
      }
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(location, `cannot open the PostgreSQL store (${error instanceof Error ? error.message : String(error)})`, 'store-open');
  }
  return new PostgresStore(pool, location);
}

/**
 * Every connection's settings, in one query (a second one queued behind it would make pg warn):
 * the store's schema as the search path when the URL names one ($1), and lz4 for compressing
 * large values where the server has it. Each document's analysis (tens of KB of JSON) is
 * compressed as it is stored, and lz4 takes far less of the server's CPU than the default pglz
 * (documents insert 1.2 → 0.7 ms of server CPU per document); values read back are the same.
 */
const SESSION_SETTINGS = `SELECT set_config(name, CASE name WHEN 'search_path' THEN $1::text ELSE 'lz4' END, false) FROM pg_settings
  WHERE (name = 'search_path' AND $1::text IS NOT NULL) OR (name = 'default_toast_compression' AND 'lz4' = ANY(enumvals))`;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function migrate(client: Client): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number }>('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations');
    const current = rows[0].v;
    const newest = migrations[migrations.length - 1]?.version ?? 0;
    if (current > newest) throw new Error(`the store has schema version ${current}, newer than this program knows (${newest}); update zegsman`);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Child tables and the columns (with types) `jsonb_to_recordset` reads for them. */
const LAYERS = {
  quotes: {
    pick: 'quotes',
    columns: 'document_id bigint, quote_id text, kind text, start_offset integer, end_offset integer, content text, cue text, speaker text, speaker_name text, speaker_entity text, role text, confidence double precision, speaker_key text',
  },
  mentions: { pick: 'mentions', columns: 'document_id bigint, mention_id text, type text, start_offset integer, end_offset integer, text text, entity text, confidence double precision' },
  entities: { pick: 'entities', columns: 'document_id bigint, entity_id text, type text, name text, key text, role text, gender text, aliases jsonb, mention_count integer' },
  quantities: {
    pick: 'quantities',
    columns: 'document_id bigint, start_offset integer, end_offset integer, text text, value double precision, value_max double precision, approx text, unit text, claimed_by text, quote_id text, confidence double precision, context text, unit_key text, entity_keys jsonb, time_value text',
  },
  quoted_terms: { pick: 'quotedTerms', columns: 'document_id bigint, start_offset integer, end_offset integer, text text, kind text, confidence double precision' },
  hedges: { pick: 'hedges', columns: 'document_id bigint, start_offset integer, end_offset integer, text text, kind text, sentence integer, covers jsonb' },
  times: { pick: 'times', columns: 'document_id bigint, start_offset integer, end_offset integer, text text, value text, value_end text, granularity text' },
} as const;

/** camelCase row keys as the snake_case column names `jsonb_to_recordset` matches. */
const COLUMN_OF: Record<string, string> = {
  documentId: 'document_id', quoteId: 'quote_id', start: 'start_offset', end: 'end_offset', speakerName: 'speaker_name',
  speakerEntity: 'speaker_entity', mentionId: 'mention_id', entityId: 'entity_id', mentionCount: 'mention_count',
  valueMax: 'value_max', claimedBy: 'claimed_by', valueEnd: 'value_end',
  speakerKey: 'speaker_key', unitKey: 'unit_key', entityKeys: 'entity_keys', time: 'time_value',
};

function toColumns(documentId: number, row: object): Row {
  const out: Row = { document_id: documentId };
  for (const [key, value] of Object.entries(row)) out[COLUMN_OF[key] ?? key] = value;
  return out;
}

class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  private async transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ hash: string }>('SELECT hash FROM documents WHERE hash = ANY($1::text[])', [hashes]);
    return new Set(rows.map((row) => row.hash));
  }

  async putDocuments(documents: readonly PreparedDocument[]): Promise<PutResult> {
    if (documents.length === 0) return { inserted: 0, skipped: 0 };
    const records = documents.map((doc) => ({
      hash: doc.hash,
      source: doc.source,
      lang: doc.lang,
      title: doc.meta.title ?? null,
      author: doc.meta.author ?? null,
      outlet: doc.meta.outlet ?? null,
      url: doc.meta.url ?? null,
      published: doc.meta.published ?? null,
      meta: doc.meta,
      text: doc.text,
      pipeline_version: doc.pipelineVersion,
      schema_version: doc.schemaVersion,
      analysis: doc.analysisJson,
    }));
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ id: string; hash: string }>(
        `INSERT INTO documents (hash, source, lang, title, author, outlet, url, published, meta, text, pipeline_version, schema_version, analysis)
         SELECT hash, source, lang, title, author, outlet, url, published, meta, text, pipeline_version, schema_version, analysis::jsonb
         FROM jsonb_to_recordset($1::jsonb) AS r(hash text, source text, lang text, title text, author text, outlet text, url text,
           published text, meta jsonb, text text, pipeline_version text, schema_version text, analysis text)
         ON CONFLICT (hash) DO NOTHING
         RETURNING id, hash`,
        [JSON.stringify(records)],
      );
      const idOf = new Map(rows.map((row) => [row.hash, Number(row.id)]));
      const stored = documents.filter((doc) => idOf.has(doc.hash));
      await this.insertRows(client, stored.map((doc) => [idOf.get(doc.hash) as number, doc]));
      const sources = stored.map((doc) => doc.source).filter((source): source is string => source !== null);
      if (sources.length > 0) await client.query('DELETE FROM failures WHERE source = ANY($1::text[])', [sources]);
      // Last before the commit: the speaker rows it updates are shared by every worker, and a row
      // stays locked until the commit, so the others wait for as short a time as can be.
      await countSpeakers(client, [...idOf.values()], 1);
      return { inserted: rows.length, skipped: documents.length - rows.length };
    });
  }

  async replaceAnalyses(documents: readonly PreparedDocument[]): Promise<number> {
    if (documents.length === 0) return 0;
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ id: string; hash: string }>(
        `UPDATE documents d SET pipeline_version = r.pipeline_version, schema_version = r.schema_version, analysis = r.analysis::jsonb, analyzed_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(hash text, pipeline_version text, schema_version text, analysis text)
         WHERE d.hash = r.hash
         RETURNING d.id, d.hash`,
        [JSON.stringify(documents.map((doc) => ({ hash: doc.hash, pipeline_version: doc.pipelineVersion, schema_version: doc.schemaVersion, analysis: doc.analysisJson })))],
      );
      const ids = rows.map((row) => Number(row.id));
      await countSpeakers(client, ids, -1);
      for (const table of Object.keys(LAYERS)) await client.query(`DELETE FROM ${table} WHERE document_id = ANY($1::bigint[])`, [ids]);
      const idOf = new Map(rows.map((row) => [row.hash, Number(row.id)]));
      await this.insertRows(client, documents.filter((doc) => idOf.has(doc.hash)).map((doc) => [idOf.get(doc.hash) as number, doc]));
      await countSpeakers(client, ids, 1);
      return rows.length;
    });
  }

  private async insertRows(client: Client, documents: ReadonlyArray<readonly [number, PreparedDocument]>): Promise<void> {
    for (const [table, { pick, columns }] of Object.entries(LAYERS)) {
      const records = documents.flatMap(([id, doc]) => doc.rows[pick].map((row) => toColumns(id, row)));
      if (records.length === 0) continue;
      const names = columns.split(', ').map((column) => column.split(' ')[0]).join(', ');
      await client.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`, [JSON.stringify(records)]);
    }
  }

  async textsToReanalyze(pipelineVersion: string, afterId: number, limit: number): Promise<StoredText[]> {
    const { rows } = await this.pool.query(
      `SELECT id, hash, source, lang, meta, text, pipeline_version FROM documents
       WHERE pipeline_version <> $1 AND id > $2 ORDER BY id LIMIT $3`,
      [pipelineVersion, afterId, limit],
    );
    return rows.map((row: Row) => storedTextFromRow(row, row.meta as StoredText['meta']));
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const { rows } = await this.pool.query(`${DOCUMENT_COLUMNS} WHERE d.id = $1`, [id]);
    return rows.length === 0 ? null : toStoredDocument(rows[0]);
  }

  async documentIdByHash(hash: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ id: string | number }>('SELECT id FROM documents WHERE hash = $1', [hash]);
    return rows.length === 0 ? null : Number(rows[0].id);
  }

  async documentSummaries(query: DocumentListQuery): Promise<DocumentSummary[]> {
    const { where, params } = documentWhere(query, [query.limit ?? 50, query.offset ?? 0]);
    const { rows } = await this.pool.query<DocumentSummary & { id: string; quotes: string }>(
      `SELECT d.id, d.source, d.lang, d.title, d.outlet, d.published,
          (SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id) AS quotes
        FROM documents d WHERE true${where}
        ORDER BY d.published DESC NULLS LAST, d.id DESC
        LIMIT $1 OFFSET $2`,
      params,
    );
    return rows.map((row) => ({ ...row, id: Number(row.id), quotes: Number(row.quotes) }));
  }

  async *documents(filter: DocumentFilter = {}): AsyncIterable<StoredDocument> {
    let afterId = 0;
    for (;;) {
      const { where, params } = documentWhere(filter, [afterId]);
      const { rows } = await this.pool.query(`${DOCUMENT_COLUMNS} WHERE d.id > $1${where} ORDER BY d.id LIMIT 200`, params);
      if (rows.length === 0) return;
      for (const row of rows) yield toStoredDocument(row);
      afterId = Number(rows[rows.length - 1].id);
    }
  }

  async recordFailures(failures: readonly Failure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.pool.query(
      `INSERT INTO failures (source, rule_id, reason, at)
       SELECT DISTINCT ON (source) source, "ruleId", reason, at FROM jsonb_to_recordset($1::jsonb) AS r(source text, "ruleId" text, reason text, at text)
       ON CONFLICT (source) DO UPDATE SET rule_id = excluded.rule_id, reason = excluded.reason, at = excluded.at`,
      [JSON.stringify(failures)],
    );
  }

  async failures(): Promise<Failure[]> {
    const { rows } = await this.pool.query<Failure>('SELECT source, rule_id AS "ruleId", reason, at FROM failures ORDER BY at, source');
    return rows;
  }

  async isSourceDone(mark: SourceMark): Promise<boolean> {
    const { rows } = await this.pool.query('SELECT 1 FROM sources WHERE path = $1 AND size = $2 AND mtime_ms = $3', [mark.path, mark.size, mark.mtimeMs]);
    return rows.length > 0;
  }

  async markSourceDone(mark: SourceMark): Promise<void> {
    await this.pool.query(
      `INSERT INTO sources (path, size, mtime_ms) VALUES ($1, $2, $3)
       ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, finished_at = now()`,
      [mark.path, mark.size, mark.mtimeMs],
    );
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const terms = parseSearchTerms(query.text);
    if (terms.length === 0) return [];
    const params: unknown[] = [query.limit ?? 20];
    // A prefix is matched unstemmed as well: "stakin*" must find "staking" although its stem is "stak".
    const combined = (config: string): string =>
      terms
        .map((term) => {
          params.push(toTsQuery([term]));
          const stemmed = `to_tsquery('${config}', $${params.length})`;
          return term.prefix ? `(${stemmed} || to_tsquery('simple', $${params.length}))` : stemmed;
        })
        .join(' && ');
    const nl = combined('dutch');
    params.length = 1;
    const en = combined('english');
    const { where } = documentWhere(query, params);
    // 1. The newest SEARCH_CANDIDATES matches by id, one branch per language so that the GIN index
    // answers alone (an OR of language and match re-reads every match's tsvector); 2. the best
    // `limit` of them by rank; 3. the text, for the snippet, of those only. Ranking every match of a
    // common word, text and all, took 8.7 s on 100k documents.
    const { rows } = await this.pool.query(
      `WITH q AS (SELECT ${nl} AS nl, ${en} AS en),
       candidates AS MATERIALIZED (
         (SELECT d.id FROM documents d, q WHERE d.tsv @@ q.nl AND d.lang = 'nl'${where} ORDER BY d.id DESC LIMIT ${SEARCH_CANDIDATES})
         UNION ALL
         (SELECT d.id FROM documents d, q WHERE d.tsv @@ q.en AND d.lang <> 'nl'${where} ORDER BY d.id DESC LIMIT ${SEARCH_CANDIDATES})
         ORDER BY id DESC LIMIT ${SEARCH_CANDIDATES}),
       hits AS (
         SELECT d.id, CASE WHEN d.lang = 'nl' THEN q.nl ELSE q.en END AS query,
           ts_rank(d.tsv, CASE WHEN d.lang = 'nl' THEN q.nl ELSE q.en END) AS rank
         FROM candidates c JOIN documents d ON d.id = c.id, q
         ORDER BY rank DESC, d.id LIMIT $1)
       SELECT d.id AS "documentId", d.source, d.title, d.outlet, d.published, d.lang,
         ts_headline(CASE WHEN d.lang = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, d.text, h.query,
           'StartSel=[, StopSel=], MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM hits h JOIN documents d ON d.id = h.id ORDER BY h.rank DESC, d.id`,
      params,
    );
    return rows.map((row: Row) => ({ ...(row as unknown as SearchHit), documentId: Number(row.documentId) }));
  }

  async quotes(query: QuoteQuery): Promise<QuoteRecord[]> {
    const { where, params } = documentWhere(query, [query.limit ?? 100]);
    let match = '';
    let firstSet = '';
    let from = 'quotes q JOIN documents d ON d.id = q.document_id';
    if (query.speaker !== undefined) {
      // The speaker's quotes first, on their own (bitmaps of the name and key indexes): left in the
      // WHERE, the planner walks every document by date and tests each quote (0.7–9 s on 100k documents).
      firstSet = `WITH speaker_quotes AS MATERIALIZED (SELECT q.id FROM quotes q WHERE ${await speakerCondition(this.pool, query.speaker, toTsQuery(parseSearchTerms(query.speaker)), params)}) `;
      from = 'speaker_quotes s JOIN quotes q ON q.id = s.id JOIN documents d ON d.id = q.document_id';
    }
    if (query.text !== undefined) {
      const words = toTsQuery(parseSearchTerms(query.text)) || "''";
      params.push(words);
      const condition = `to_tsvector('simple', q.content) @@ to_tsquery('simple', $${params.length})`;
      if (query.speaker === undefined && !(await this.isCommonInQuotes(words, query.limit ?? 100))) {
        // A rare word: its quotes first, from the GIN index; left in the WHERE, the planner walks every
        // document by date and tests each quote (8 s on 100k documents for a word in none).
        firstSet = `WITH text_quotes AS MATERIALIZED (SELECT q.id FROM quotes q WHERE ${condition}) `;
        from = 'text_quotes t JOIN quotes q ON q.id = t.id JOIN documents d ON d.id = q.document_id';
      } else {
        match += ` AND ${condition}`;
      }
    }
    const { rows } = await this.pool.query(
      `${firstSet}SELECT d.id AS "documentId", d.source, d.title, d.outlet, d.published, q.quote_id AS "quoteId", q.kind,
         q.speaker_name AS "speakerName", q.role, q.cue, q.content, q.start_offset AS start, q.end_offset AS "end", q.confidence
       FROM ${from}
       WHERE true${match}${where}
       ORDER BY d.published DESC NULLS LAST, d.id, q.start_offset
       LIMIT $1`,
      params,
    );
    return rows.map((row: Row) => ({ ...(row as unknown as QuoteRecord), documentId: Number(row.documentId) }));
  }

  /**
   * Whether so many quotes hold the words that walking the documents by date fills a page of
   * `limit` sooner than sorting every match (as in the SQLite store): matches ≈ √(3 × limit × quotes).
   * The matches are the planner's estimate from the statistics of index quotes_content (~1 ms;
   * counting them reads up to tens of thousands of quotes).
   */
  private async isCommonInQuotes(words: string, limit: number): Promise<boolean> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT coalesce(MAX(id), 0)::float8 AS n FROM quotes');
    const enough = Math.ceil(Math.sqrt(3 * limit * rows[0].n));
    const plan = await this.pool.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM quotes q WHERE to_tsvector('simple', q.content) @@ to_tsquery('simple', $1)`,
      [words],
    );
    return (plan.rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0) >= enough;
  }

  async speakerTotals(query: SpeakerQuery): Promise<SpeakerTotal[]> {
    const limit = query.limit ?? 50;
    // The whole corpus: the totals kept at write time (migration 5), not a count of every quote;
    // a filter: summed over the day, outlet and language cells kept at write time (migration 7).
    const { where } = documentWhere(query, []);
    return sumSpeakerRows(where === '' ? await readSpeakerTotals(this.pool, limit) : await readSpeakerDays(this.pool, query, limit));
  }

  async figures(query: FigureQuery): Promise<FigureRecord[]> {
    const { where, params } = documentWhere(query, [query.limit ?? 100]);
    let match = '';
    if (query.about !== undefined) {
      params.push(toTsQuery(parseSearchTerms(query.about)) || "''");
      match = ` AND to_tsvector('simple', coalesce(f.unit, '') || ' ' || f.context) @@ to_tsquery('simple', $${params.length})`;
    }
    const { rows } = await this.pool.query(
      `SELECT d.id AS "documentId", d.source, d.title, d.outlet, d.published, f.text, f.value, f.value_max AS "valueMax",
         f.approx, f.unit, f.claimed_by AS "claimedBy", f.context, f.start_offset AS start, f.end_offset AS "end"
       FROM quantities f JOIN documents d ON d.id = f.document_id
       WHERE true${match}${where}
       ORDER BY d.published DESC NULLS LAST, d.id, f.start_offset
       LIMIT $1`,
      params,
    );
    return rows.map((row: Row) => ({ ...(row as unknown as FigureRecord), documentId: Number(row.documentId) }));
  }

  entityRecords(): AsyncIterable<EntityRecord> {
    return readEntityRecords(this.pool);
  }

  async replaceCorpusEntities(entities: readonly CorpusEntity[]): Promise<void> {
    await this.transaction((client) => writeCorpusEntities(client, entities));
  }

  async corpusEntities(query: CorpusEntityQuery): Promise<CorpusEntitySummary[]> {
    return readCorpusEntities(this.pool, query);
  }

  async corpusEntity(id: string): Promise<CorpusEntity | null> {
    return readCorpusEntity(this.pool, id);
  }

  async entityOverrides(): Promise<EntityOverride[]> {
    return readEntityOverrides(this.pool);
  }

  async addEntityOverride(override: EntityOverride): Promise<void> {
    await insertEntityOverride(this.pool, override);
  }

  figureFacts(filter: DocumentFilter): AsyncIterable<FigureFact> {
    return readFigureFacts(this.pool, (params) => documentWhere(filter, params).where);
  }

  figureKeys(filter: DocumentFilter): AsyncIterable<readonly FigureKey[]> {
    return readFigureKeys(this.pool, (params) => documentWhere(filter, params).where);
  }

  async figureFactsById(ids: readonly number[]): Promise<Map<number, FigureFact>> {
    return readFigureFactsById(this.pool, ids);
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<Record<string, number>>(
      `SELECT (SELECT COUNT(*) FROM documents)::int AS documents, (SELECT COUNT(*) FROM quotes)::int AS quotes,
         (SELECT COUNT(*) FROM mentions)::int AS mentions, (SELECT COUNT(*) FROM entities)::int AS entities,
         (SELECT COUNT(*) FROM quantities)::int AS quantities, (SELECT COUNT(*) FROM quoted_terms)::int AS "quotedTerms",
         (SELECT COUNT(*) FROM hedges)::int AS hedges, (SELECT COUNT(*) FROM times)::int AS times,
         (SELECT COUNT(*) FROM failures)::int AS failures`,
    );
    const versions = await this.pool.query<{ v: string; n: number }>('SELECT pipeline_version AS v, COUNT(*)::int AS n FROM documents GROUP BY pipeline_version ORDER BY v');
    const counts = rows[0];
    return {
      documents: counts.documents,
      quotes: counts.quotes,
      mentions: counts.mentions,
      entities: counts.entities,
      quantities: counts.quantities,
      quotedTerms: counts.quotedTerms,
      hedges: counts.hedges,
      times: counts.times,
      failures: counts.failures,
      pipelineVersions: Object.fromEntries(versions.rows.map((row) => [row.v, row.n])),
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** How many of the newest matching articles a search ranks (see `search`). */
const SEARCH_CANDIDATES = 2000;

const DOCUMENT_COLUMNS = `SELECT d.id, d.hash, d.source, d.lang, d.meta, d.text, d.pipeline_version, d.analysis::text AS analysis,
  to_char(d.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ingested_at FROM documents d`;

/** SQL conditions on `documents d` for a filter, numbered after the parameters already in `params`. */
function documentWhere(filter: DocumentFilter, params: unknown[]): { where: string; params: unknown[] } {
  let where = '';
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    where += ` AND ${sql.replace('?', `$${params.length}`)}`;
  };
  if (filter.outlet !== undefined) add('lower(d.outlet) = lower(?)', filter.outlet);
  if (filter.since !== undefined) add('d.published >= ?', filter.since);
  if (filter.until !== undefined) add('d.published < ?', nextDay(filter.until));
  if (filter.lang !== undefined) add('d.lang = ?', filter.lang);
  return { where, params };
}

function toStoredDocument(row: Row): StoredDocument {
  return storedDocumentFromRow(row, row.meta as StoredDocument['meta']);
}
