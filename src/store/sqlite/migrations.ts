/**
 * Versioned migrations of the SQLite store, applied in order, each in its own transaction.
 * Never edit a migration that has shipped: add the next one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** FTS5 tokenizer: Unicode word boundaries, case- and accent-insensitive (no stemming). */
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

/** Full-text index kept in step with its content table by triggers. */
function ftsTable(name: string, table: string, columns: readonly string[]): string {
  const list = columns.join(', ');
  const newValues = columns.map((c) => `new.${c}`).join(', ');
  const oldValues = columns.map((c) => `old.${c}`).join(', ');
  return `
    CREATE VIRTUAL TABLE ${name} USING fts5(${list}, content = '${table}', content_rowid = 'id', ${TOKENIZE});
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${name} (rowid, ${list}) VALUES (new.id, ${newValues});
    END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${name} (${name}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});
    END;
    CREATE TRIGGER ${name}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
      INSERT INTO ${name} (${name}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});
      INSERT INTO ${name} (rowid, ${list}) VALUES (new.id, ${newValues});
    END;`;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, layers, failures, sources, full-text indexes',
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        source TEXT,
        lang TEXT NOT NULL,
        title TEXT,
        author TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        meta TEXT NOT NULL,
        text TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        analyzed_at TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents (published);
      CREATE INDEX documents_outlet ON documents (outlet COLLATE NOCASE);
      CREATE INDEX documents_pipeline_version ON documents (pipeline_version, id);

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        quote_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        content TEXT NOT NULL,
        cue TEXT,
        speaker TEXT,
        speaker_name TEXT,
        speaker_entity TEXT,
        role TEXT,
        confidence REAL NOT NULL
      );
      CREATE INDEX quotes_document ON quotes (document_id);

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        mention_id TEXT NOT NULL,
        type TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        entity TEXT,
        confidence REAL NOT NULL
      );
      CREATE INDEX mentions_document ON mentions (document_id);

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        key TEXT,
        role TEXT,
        gender TEXT,
        aliases TEXT NOT NULL,
        mention_count INTEGER NOT NULL
      );
      CREATE INDEX entities_document ON entities (document_id);
      CREATE INDEX entities_key ON entities (key);

      CREATE TABLE quantities (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        value_max REAL,
        approx TEXT NOT NULL,
        unit TEXT,
        claimed_by TEXT,
        quote_id TEXT,
        confidence REAL NOT NULL,
        context TEXT NOT NULL
      );
      CREATE INDEX quantities_document ON quantities (document_id);

      CREATE TABLE quoted_terms (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        confidence REAL NOT NULL
      );
      CREATE INDEX quoted_terms_document ON quoted_terms (document_id);

      CREATE TABLE hedges (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        covers TEXT NOT NULL
      );
      CREATE INDEX hedges_document ON hedges (document_id);

      CREATE TABLE times (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        value_end TEXT,
        granularity TEXT
      );
      CREATE INDEX times_document ON times (document_id);

      CREATE TABLE failures (
        source TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      );

      CREATE TABLE sources (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        finished_at TEXT NOT NULL
      );
      ${ftsTable('documents_fts', 'documents', ['title', 'text'])}
      ${ftsTable('quotes_fts', 'quotes', ['content', 'speaker_name'])}
      ${ftsTable('quantities_fts', 'quantities', ['unit', 'context'])}
    `,
  },
  {
    version: 2,
    name: 'speaker keys, figure subjects, corpus entities, entity links and overrides (issue 8)',
    sql: `
      ALTER TABLE quotes ADD COLUMN speaker_key TEXT;
      CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
      ALTER TABLE quantities ADD COLUMN unit_key TEXT;
      ALTER TABLE quantities ADD COLUMN entity_keys TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE quantities ADD COLUMN time_value TEXT;
      CREATE INDEX quantities_unit_key ON quantities (unit_key);

      CREATE TABLE corpus_entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        keys TEXT NOT NULL,
        confidence REAL NOT NULL,
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL
      );
      CREATE INDEX corpus_entities_key ON corpus_entities (key);
      CREATE INDEX corpus_entities_mentions ON corpus_entities (mentions DESC);

      CREATE TABLE entity_links (
        document_id INTEGER NOT NULL,
        entity_id TEXT NOT NULL,
        corpus_id TEXT NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        reason TEXT NOT NULL,
        confidence REAL NOT NULL,
        PRIMARY KEY (document_id, entity_id)
      );
      CREATE INDEX entity_links_corpus ON entity_links (corpus_id);

      CREATE TABLE entity_overrides (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        type TEXT NOT NULL,
        a TEXT NOT NULL,
        b TEXT,
        at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'covering indexes for ordering a speaker\'s quotes by date without reading whole rows (issue 7)',
    sql: `
      CREATE INDEX quotes_order ON quotes (id, document_id, start_offset);
      CREATE INDEX documents_order ON documents (id, published, outlet, lang);
    `,
  },
  {
    version: 4,
    name: 'the document list newest first, a page at a time, without reading the analyses (issue 9)',
    sql: `
      CREATE INDEX documents_newest ON documents (published IS NULL, published DESC, id DESC);
    `,
  },
  {
    version: 5,
    name: 'speakers counted per person key on an index (issue 9)',
    sql: `
      CREATE INDEX quotes_speaker_group ON quotes (coalesce(speaker_key, '~' || speaker_name), document_id) WHERE speaker_name IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'speaker totals kept at write time, so the whole corpus\'s speakers are read, not counted (issue 9)',
    sql: `
      CREATE TABLE speaker_totals (
        key TEXT PRIMARY KEY,
        quotes INTEGER NOT NULL,
        documents INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX speaker_totals_rank ON speaker_totals (quotes DESC, key);
      CREATE TABLE speaker_names (
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        outlet TEXT NOT NULL,
        quotes INTEGER NOT NULL,
        PRIMARY KEY (key, name, role, outlet)
      ) WITHOUT ROWID;
      INSERT INTO speaker_totals (key, quotes, documents)
        SELECT coalesce(speaker_key, '~' || speaker_name), COUNT(*), COUNT(DISTINCT document_id)
        FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1;
      INSERT INTO speaker_names (key, name, role, outlet, quotes)
        SELECT coalesce(q.speaker_key, '~' || q.speaker_name), q.speaker_name, coalesce(q.role, ''), coalesce(d.outlet, ''), COUNT(*)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4;
    `,
  },
  {
    version: 7,
    name: 'documents in the order of the quote lists (newest date first, then by id), to walk them until a common word has filled a page (issue 7)',
    sql: `
      CREATE INDEX documents_by_date ON documents (published IS NULL, published DESC, id);
    `,
  },
  {
    version: 8,
    name: 'the figures that can conflict (a unit and an entity) on their own index, for figures --conflicts (issue 9)',
    sql: `
      CREATE INDEX quantities_comparable ON quantities (id) WHERE unit_key IS NOT NULL AND entity_keys <> '[]';
    `,
  },
  {
    version: 9,
    name: 'speaker counts per publication day, outlet and language kept at write time, for speakers with --since, --until, --outlet or --lang (issue 9)',
    sql: `
      CREATE TABLE speaker_days (
        published TEXT NOT NULL,
        outlet TEXT NOT NULL,
        lang TEXT NOT NULL,
        key TEXT NOT NULL,
        quotes INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (published, outlet, lang, key)
      ) WITHOUT ROWID;
      CREATE TABLE speaker_day_names (
        published TEXT NOT NULL,
        outlet TEXT NOT NULL,
        lang TEXT NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        quotes INTEGER NOT NULL,
        PRIMARY KEY (published, outlet, lang, key, name, role)
      ) WITHOUT ROWID;
      INSERT INTO speaker_days (published, outlet, lang, key, quotes, documents)
        SELECT coalesce(d.published, ''), coalesce(d.outlet, ''), d.lang, coalesce(q.speaker_key, '~' || q.speaker_name), COUNT(*), COUNT(DISTINCT q.document_id)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4;
      INSERT INTO speaker_day_names (published, outlet, lang, key, name, role, quotes)
        SELECT coalesce(d.published, ''), coalesce(d.outlet, ''), d.lang, coalesce(q.speaker_key, '~' || q.speaker_name), q.speaker_name, coalesce(q.role, ''), COUNT(*)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
    `,
  },
  {
    version: 10,
    name: 'the columns that group figures for --conflicts on their own covering index, read without the figures\' rows (issue 9)',
    sql: `
      DROP INDEX quantities_comparable;
      CREATE INDEX quantities_comparable ON quantities (id, document_id, unit_key, entity_keys, value, value_max, approx, time_value, claimed_by, start_offset)
        WHERE unit_key IS NOT NULL AND entity_keys <> '[]';
    `,
  },
];
