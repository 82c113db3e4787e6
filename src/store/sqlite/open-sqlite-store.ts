import Database from 'better-sqlite3';
import { sumSpeakerRows } from '../sum-speaker-rows.ts';
import { nextDay } from '../next-day.ts';
import { parseSearchTerms, toFts5Query } from '../parse-search-terms.ts';
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
import { prepareSpeakerCounts, readSpeakerDays, readSpeakerTotals } from './count-speakers.ts';
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
} from './sqlite-entities.ts';

type Row = Record<string, unknown>;
type Params = Record<string, string | number | null>;

/**
 * Opens (creating and migrating it when needed) the SQLite store at `path` (`:memory:` for a
 * throw-away one). WAL journal: readers never block the one writer, and a killed process leaves
 * the last committed transaction intact.
 */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    db.pragma('cache_size = -16384');
    migrate(db);
  } catch (error) {
    throw new StoreError(path, `cannot open the SQLite store (${error instanceof Error ? error.message : String(error)})`, 'store-open');
  }
  return new SqliteStore(db, path);
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > newest) throw new Error(`the store has schema version ${current}, newer than this program knows (${newest}); update zegsman`);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}

const LAYER_TABLES = ['quotes', 'mentions', 'entities', 'quantities', 'quoted_terms', 'hedges', 'times'] as const;

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly insertDocument: Database.Statement;
  private readonly updateDocument: Database.Statement;
  private readonly idByHash: Database.Statement;
  private readonly insertLayer: Record<(typeof LAYER_TABLES)[number], Database.Statement>;
  private readonly deleteLayer: Database.Statement[];
  private readonly deleteFailure: Database.Statement;
  private readonly countSpeakers: (documentId: number, sign: 1 | -1) => void;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.insertDocument = db.prepare(`
      INSERT INTO documents (hash, source, lang, title, author, outlet, url, published, meta, text, pipeline_version, schema_version, analysis, ingested_at, analyzed_at)
      VALUES (@hash, @source, @lang, @title, @author, @outlet, @url, @published, @meta, @text, @pipelineVersion, @schemaVersion, @analysis, @now, @now)
      ON CONFLICT (hash) DO NOTHING`);
    this.updateDocument = db.prepare(`
      UPDATE documents SET pipeline_version = @pipelineVersion, schema_version = @schemaVersion, analysis = @analysis, analyzed_at = @now
      WHERE id = @id`);
    this.idByHash = db.prepare('SELECT id FROM documents WHERE hash = ?').pluck();
    this.insertLayer = {
      quotes: db.prepare(`INSERT INTO quotes (document_id, quote_id, kind, start_offset, end_offset, content, cue, speaker, speaker_name, speaker_entity, role, confidence, speaker_key)
        VALUES (@documentId, @quoteId, @kind, @start, @end, @content, @cue, @speaker, @speakerName, @speakerEntity, @role, @confidence, @speakerKey)`),
      mentions: db.prepare(`INSERT INTO mentions (document_id, mention_id, type, start_offset, end_offset, text, entity, confidence)
        VALUES (@documentId, @mentionId, @type, @start, @end, @text, @entity, @confidence)`),
      entities: db.prepare(`INSERT INTO entities (document_id, entity_id, type, name, key, role, gender, aliases, mention_count)
        VALUES (@documentId, @entityId, @type, @name, @key, @role, @gender, @aliases, @mentionCount)`),
      quantities: db.prepare(`INSERT INTO quantities (document_id, start_offset, end_offset, text, value, value_max, approx, unit, claimed_by, quote_id, confidence, context, unit_key, entity_keys, time_value)
        VALUES (@documentId, @start, @end, @text, @value, @valueMax, @approx, @unit, @claimedBy, @quoteId, @confidence, @context, @unitKey, @entityKeys, @time)`),
      quoted_terms: db.prepare(`INSERT INTO quoted_terms (document_id, start_offset, end_offset, text, kind, confidence)
        VALUES (@documentId, @start, @end, @text, @kind, @confidence)`),
      hedges: db.prepare(`INSERT INTO hedges (document_id, start_offset, end_offset, text, kind, sentence, covers)
        VALUES (@documentId, @start, @end, @text, @kind, @sentence, @covers)`),
      times: db.prepare(`INSERT INTO times (document_id, start_offset, end_offset, text, value, value_end, granularity)
        VALUES (@documentId, @start, @end, @text, @value, @valueEnd, @granularity)`),
    };
    this.deleteLayer = LAYER_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE document_id = ?`));
    this.deleteFailure = db.prepare('DELETE FROM failures WHERE source = ?');
    this.countSpeakers = prepareSpeakerCounts(db);
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const chunk = hashes.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT hash FROM documents WHERE hash IN (${chunk.map(() => '?').join(',')})`).pluck().all(...chunk) as string[];
      for (const hash of rows) known.add(hash);
    }
    return known;
  }

  async putDocuments(documents: readonly PreparedDocument[]): Promise<PutResult> {
    const now = new Date().toISOString();
    let inserted = 0;
    this.db.transaction(() => {
      for (const doc of documents) {
        const result = this.insertDocument.run({
          hash: doc.hash,
          source: doc.source,
          lang: doc.lang,
          title: doc.meta.title ?? null,
          author: doc.meta.author ?? null,
          outlet: doc.meta.outlet ?? null,
          url: doc.meta.url ?? null,
          published: doc.meta.published ?? null,
          meta: JSON.stringify(doc.meta),
          text: doc.text,
          pipelineVersion: doc.pipelineVersion,
          schemaVersion: doc.schemaVersion,
          analysis: doc.analysisJson,
          now,
        });
        if (result.changes === 0) continue;
        inserted += 1;
        this.insertRows(Number(result.lastInsertRowid), doc);
        if (doc.source !== null) this.deleteFailure.run(doc.source);
      }
    }).immediate();
    return { inserted, skipped: documents.length - inserted };
  }

  async replaceAnalyses(documents: readonly PreparedDocument[]): Promise<number> {
    const now = new Date().toISOString();
    let replaced = 0;
    this.db.transaction(() => {
      for (const doc of documents) {
        const id = this.idByHash.get(doc.hash) as number | undefined;
        if (id === undefined) continue;
        this.countSpeakers(id, -1);
        for (const statement of this.deleteLayer) statement.run(id);
        this.updateDocument.run({ id, pipelineVersion: doc.pipelineVersion, schemaVersion: doc.schemaVersion, analysis: doc.analysisJson, now });
        this.insertRows(id, doc);
        replaced += 1;
      }
    }).immediate();
    return replaced;
  }

  private insertRows(documentId: number, doc: PreparedDocument): void {
    const { rows } = doc;
    for (const row of rows.quotes) this.insertLayer.quotes.run({ documentId, ...row });
    for (const row of rows.mentions) this.insertLayer.mentions.run({ documentId, ...row });
    for (const row of rows.entities) this.insertLayer.entities.run({ documentId, ...row, aliases: JSON.stringify(row.aliases) });
    for (const row of rows.quantities) this.insertLayer.quantities.run({ documentId, ...row, entityKeys: JSON.stringify(row.entityKeys) });
    for (const row of rows.quotedTerms) this.insertLayer.quoted_terms.run({ documentId, ...row });
    for (const row of rows.hedges) this.insertLayer.hedges.run({ documentId, ...row, covers: JSON.stringify(row.covers) });
    for (const row of rows.times) this.insertLayer.times.run({ documentId, ...row });
    this.countSpeakers(documentId, 1);
  }

  async textsToReanalyze(pipelineVersion: string, afterId: number, limit: number): Promise<StoredText[]> {
    const rows = this.db
      .prepare(`SELECT id, hash, source, lang, meta, text, pipeline_version FROM documents
        WHERE pipeline_version <> ? AND id > ? ORDER BY id LIMIT ?`)
      .all(pipelineVersion, afterId, limit) as Row[];
    return rows.map((row) => storedTextFromRow(row, JSON.parse(String(row.meta))));
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Row | undefined;
    return row === undefined ? null : toStoredDocument(row);
  }

  async documentIdByHash(hash: string): Promise<number | null> {
    const id = this.idByHash.get(hash) as number | bigint | undefined;
    return id === undefined ? null : Number(id);
  }

  async documentSummaries(query: DocumentListQuery): Promise<DocumentSummary[]> {
    const { where, params } = documentWhere(query);
    return this.db
      .prepare(`SELECT d.id, d.source, d.lang, d.title, d.outlet, d.published,
          (SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id) AS quotes
        FROM documents d WHERE 1 = 1${where}
        ORDER BY d.published IS NULL, d.published DESC, d.id DESC
        LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: query.limit ?? 50, offset: query.offset ?? 0 }) as DocumentSummary[];
  }

  async *documents(filter: DocumentFilter = {}): AsyncIterable<StoredDocument> {
    const { where, params } = documentWhere(filter);
    // Pages by id, so no statement stays open between the yields.
    let afterId = 0;
    const page = this.db.prepare(`SELECT * FROM documents d WHERE d.id > @afterId${where} ORDER BY d.id LIMIT 200`);
    for (;;) {
      const rows = page.all({ ...params, afterId }) as Row[];
      if (rows.length === 0) return;
      for (const row of rows) yield toStoredDocument(row);
      afterId = Number(rows[rows.length - 1].id);
    }
  }

  async recordFailures(failures: readonly Failure[]): Promise<void> {
    const upsert = this.db.prepare(`INSERT INTO failures (source, rule_id, reason, at) VALUES (@source, @ruleId, @reason, @at)
      ON CONFLICT (source) DO UPDATE SET rule_id = excluded.rule_id, reason = excluded.reason, at = excluded.at`);
    this.db.transaction(() => {
      for (const failure of failures) upsert.run(failure);
    }).immediate();
  }

  async failures(): Promise<Failure[]> {
    return this.db.prepare('SELECT source, rule_id AS ruleId, reason, at FROM failures ORDER BY at, source').all() as Failure[];
  }

  async isSourceDone(mark: SourceMark): Promise<boolean> {
    const row = this.db.prepare('SELECT size, mtime_ms FROM sources WHERE path = ?').get(mark.path) as { size: number; mtime_ms: number } | undefined;
    return row !== undefined && row.size === mark.size && row.mtime_ms === mark.mtimeMs;
  }

  async markSourceDone(mark: SourceMark): Promise<void> {
    this.db
      .prepare(`INSERT INTO sources (path, size, mtime_ms, finished_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, finished_at = excluded.finished_at`)
      .run(mark.path, mark.size, mark.mtimeMs, new Date().toISOString());
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const terms = parseSearchTerms(query.text);
    if (terms.length === 0) return [];
    const { where, params } = documentWhere(query);
    const match = toFts5Query(terms);
    // 1. The best `limit` by rank among the newest SEARCH_CANDIDATES matches (by id): ranking every
    // match of a common word costs ~1 µs a match (68,000 of 100,000 articles: 150 ms).
    const ids = this.db
      .prepare(`SELECT id FROM (
          SELECT d.id, documents_fts.rank AS rank FROM documents_fts JOIN documents d INDEXED BY documents_order ON d.id = documents_fts.rowid
          WHERE documents_fts MATCH @match${where} ORDER BY documents_fts.rowid DESC LIMIT ${SEARCH_CANDIDATES})
        ORDER BY rank, id DESC LIMIT @limit`)
      .pluck()
      .all({ ...params, match, limit: query.limit ?? 20 }) as number[];
    if (ids.length === 0) return [];
    // 2. Their snippets, made for those documents only.
    const hits = this.db
      .prepare(`SELECT d.id AS documentId, d.source, d.title, d.outlet, d.published, d.lang,
          snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
        WHERE documents_fts MATCH @match AND documents_fts.rowid IN (SELECT value FROM json_each(@ids))`)
      .all({ match, ids: JSON.stringify(ids) }) as SearchHit[];
    const byId = new Map(hits.map((hit) => [hit.documentId, hit]));
    return ids.map((id) => byId.get(id)).filter((hit): hit is SearchHit => hit !== undefined);
  }

  async quotes(query: QuoteQuery): Promise<QuoteRecord[]> {
    const { where, params } = documentWhere(query);
    const match = query.text !== undefined ? `content : (${toFts5Query(parseSearchTerms(query.text)) || '""'})` : '';
    const speaker = query.speaker === undefined ? null : speakerCondition(this.db, query.speaker, toFts5Query(parseSearchTerms(query.speaker)));
    // 1. The ids of the quotes to show. The speaker's quotes are found first, on their own (a
    // materialised set): left in the WHERE, the planner may walk an outlet's documents and test the
    // speaker for each quote (59 s instead of 0.1 s on 100k documents with --outlet and --since).
    // Sorting by date reads only the narrow covering indexes of migration 3, not the wide rows.
    const speakerSet = speaker === null ? '' : `WITH speaker_quotes(id) AS MATERIALIZED (SELECT q.id FROM quotes q WHERE ${speaker.sql}) `;
    const from = [
      ...(speaker === null ? [] : ['speaker_quotes s JOIN quotes q INDEXED BY quotes_order ON q.id = s.id']),
      ...(match === '' ? [] : [speaker === null ? 'quotes_fts JOIN quotes q INDEXED BY quotes_order ON q.id = quotes_fts.rowid' : 'JOIN quotes_fts ON quotes_fts.rowid = q.id']),
      ...(speaker === null && match === '' ? ['quotes q INDEXED BY quotes_order'] : []),
      'JOIN documents d INDEXED BY documents_order ON d.id = q.document_id',
    ].join(' ');
    const limit = query.limit ?? 100;
    // A common word (or none) without other filters: walk the documents newest first (migration 7)
    // and test each quote until the page is full; a page of "handelen" (400,000 of 1.2 million
    // quotes) takes ~1 ms this way and 350 ms by sorting every match.
    const walk = speaker === null && where === '' && (match === '' || this.isCommon('quotes', match, limit));
    const ids = (walk
      ? this.db.prepare(`SELECT q.id FROM documents d INDEXED BY documents_by_date CROSS JOIN quotes q ON q.document_id = d.id
          WHERE 1 = 1${match === '' ? '' : ' AND EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts.rowid = q.id AND quotes_fts MATCH @match)'}
          ORDER BY d.published IS NULL, d.published DESC, d.id, q.start_offset
          LIMIT @limit`)
      : this.db.prepare(`${speakerSet}SELECT q.id FROM ${from}
          WHERE 1 = 1${match === '' ? '' : ' AND quotes_fts MATCH @match'}${where}
          ORDER BY d.published IS NULL, d.published DESC, d.id, q.start_offset
          LIMIT @limit`))
      .pluck()
      .all({ ...params, ...(match === '' ? {} : { match }), ...(speaker?.params ?? {}), limit }) as number[];
    if (ids.length === 0) return [];
    // 2. Those quotes whole, in that order.
    const rows = this.db
      .prepare(`SELECT q.id, d.id AS documentId, d.source, d.title, d.outlet, d.published, q.quote_id AS quoteId, q.kind,
          q.speaker_name AS speakerName, q.role, q.cue, q.content, q.start_offset AS start, q.end_offset AS "end", q.confidence
        FROM quotes q JOIN documents d ON d.id = q.document_id
        WHERE q.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Array<QuoteRecord & { id: number }>;
    const byId = new Map(rows.map(({ id, ...row }) => [id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is QuoteRecord => row !== undefined);
  }

  /**
   * Whether so many quotes match that walking them by date fills a page of `limit` sooner than
   * sorting every match: the walk tests ~limit × quotes / matches rows (~10 µs each), the sort
   * reads every match (~3 µs each); they cost the same at matches ≈ √(3 × limit × quotes).
   */
  private isCommon(table: 'quotes' | 'quantities', match: string, limit: number): boolean {
    const rows = Number(this.db.prepare(`SELECT coalesce(MAX(id), 0) FROM ${table}`).pluck().get());
    const enough = Math.ceil(Math.sqrt(3 * limit * rows));
    const found = Number(this.db.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM ${table}_fts WHERE ${table}_fts MATCH ? LIMIT ?)`).pluck().get(match, enough));
    return found >= enough;
  }

  async speakerTotals(query: SpeakerQuery): Promise<SpeakerTotal[]> {
    const limit = query.limit ?? 50;
    // The whole corpus: the totals kept at write time (migration 6), not a count of every quote;
    // a filter: summed over the day, outlet and language cells kept at write time (migration 9).
    const { where } = documentWhere(query);
    return sumSpeakerRows(where === '' ? readSpeakerTotals(this.db, limit) : readSpeakerDays(this.db, query, limit));
  }

  async figures(query: FigureQuery): Promise<FigureRecord[]> {
    const { where, params } = documentWhere(query);
    const about = query.about === undefined ? '' : toFts5Query(parseSearchTerms(query.about)) || '""';
    const limit = query.limit ?? 100;
    // As for quotes: all figures, or those of a common word, without other filters: walk the
    // documents newest first (migration 7) until the page is full, rather than sort every figure.
    const walk = where === '' && (about === '' || this.isCommon('quantities', about, limit));
    const from = walk
      ? 'documents d INDEXED BY documents_by_date CROSS JOIN quantities f ON f.document_id = d.id'
      : about === ''
        ? 'quantities f JOIN documents d ON d.id = f.document_id'
        : 'quantities_fts JOIN quantities f ON f.id = quantities_fts.rowid JOIN documents d ON d.id = f.document_id';
    return this.db
      .prepare(`SELECT d.id AS documentId, d.source, d.title, d.outlet, d.published, f.text, f.value, f.value_max AS valueMax,
          f.approx, f.unit, f.claimed_by AS claimedBy, f.context, f.start_offset AS start, f.end_offset AS "end"
        FROM ${from}
        WHERE 1 = 1${about === '' ? '' : walk ? ' AND EXISTS (SELECT 1 FROM quantities_fts WHERE quantities_fts.rowid = f.id AND quantities_fts MATCH @about)' : ' AND quantities_fts MATCH @about'}${where}
        ORDER BY d.published IS NULL, d.published DESC, d.id, f.start_offset
        LIMIT @limit`)
      .all({ ...params, ...(about === '' ? {} : { about }), limit }) as FigureRecord[];
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string): number => Number(this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
    const versions = this.db.prepare('SELECT pipeline_version AS v, COUNT(*) AS n FROM documents GROUP BY pipeline_version ORDER BY v').all() as Array<{ v: string; n: number }>;
    return {
      documents: count('documents'),
      quotes: count('quotes'),
      mentions: count('mentions'),
      entities: count('entities'),
      quantities: count('quantities'),
      quotedTerms: count('quoted_terms'),
      hedges: count('hedges'),
      times: count('times'),
      failures: count('failures'),
      pipelineVersions: Object.fromEntries(versions.map((row) => [row.v, row.n])),
    };
  }

  entityRecords(): AsyncIterable<EntityRecord> {
    return readEntityRecords(this.db);
  }

  async replaceCorpusEntities(entities: readonly CorpusEntity[]): Promise<void> {
    writeCorpusEntities(this.db, entities);
  }

  async corpusEntities(query: CorpusEntityQuery): Promise<CorpusEntitySummary[]> {
    return readCorpusEntities(this.db, query);
  }

  async corpusEntity(id: string): Promise<CorpusEntity | null> {
    return readCorpusEntity(this.db, id);
  }

  async entityOverrides(): Promise<EntityOverride[]> {
    return readEntityOverrides(this.db);
  }

  async addEntityOverride(override: EntityOverride): Promise<void> {
    insertEntityOverride(this.db, override);
  }

  figureFacts(filter: DocumentFilter): AsyncIterable<FigureFact> {
    const { where, params } = documentWhere(filter);
    return readFigureFacts(this.db, where, params);
  }

  figureKeys(filter: DocumentFilter): AsyncIterable<readonly FigureKey[]> {
    const { where, params } = documentWhere(filter);
    return readFigureKeys(this.db, where, params);
  }

  async figureFactsById(ids: readonly number[]): Promise<Map<number, FigureFact>> {
    return readFigureFactsById(this.db, ids);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** How many of the newest matching articles a search ranks (see `search`). */
const SEARCH_CANDIDATES = 2000;

/** SQL conditions on `documents d` for a filter, to append after a WHERE. */
function documentWhere(filter: DocumentFilter): { where: string; params: Params } {
  let where = '';
  const params: Params = {};
  if (filter.outlet !== undefined) {
    where += ' AND d.outlet = @outlet COLLATE NOCASE';
    params.outlet = filter.outlet;
  }
  if (filter.since !== undefined) {
    where += ' AND d.published >= @since';
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    where += ' AND d.published < @until';
    params.until = nextDay(filter.until);
  }
  if (filter.lang !== undefined) {
    where += ' AND d.lang = @lang';
    params.lang = filter.lang;
  }
  return { where, params };
}

function toStoredDocument(row: Row): StoredDocument {
  return storedDocumentFromRow(row, JSON.parse(String(row.meta)));
}
