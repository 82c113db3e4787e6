/**
 * Versioned migrations of the PostgreSQL store, applied in order under an advisory lock (so
 * workers starting together migrate once), each in its own transaction. Never edit a
 * migration that has shipped: add the next one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The text-search configuration of a document: `dutch` or `english` by its language. */
const CONFIG = `(CASE WHEN lang = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END)`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, layers, failures, sources, full-text indexes',
    sql: `
      CREATE TABLE documents (
        id bigserial PRIMARY KEY,
        hash text NOT NULL UNIQUE,
        source text,
        lang text NOT NULL,
        title text,
        author text,
        outlet text,
        url text,
        published text,
        meta jsonb NOT NULL,
        text text NOT NULL,
        pipeline_version text NOT NULL,
        schema_version text NOT NULL,
        analysis jsonb NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        analyzed_at timestamptz NOT NULL DEFAULT now(),
        tsv tsvector GENERATED ALWAYS AS (to_tsvector(${CONFIG}, coalesce(title, '') || ' ' || text)) STORED
      );
      CREATE INDEX documents_published ON documents (published);
      CREATE INDEX documents_outlet ON documents (lower(outlet));
      CREATE INDEX documents_pipeline_version ON documents (pipeline_version, id);
      CREATE INDEX documents_tsv ON documents USING gin (tsv);

      CREATE TABLE quotes (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        quote_id text NOT NULL,
        kind text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        content text NOT NULL,
        cue text,
        speaker text,
        speaker_name text,
        speaker_entity text,
        role text,
        confidence double precision NOT NULL
      );
      CREATE INDEX quotes_document ON quotes (document_id);
      CREATE INDEX quotes_speaker ON quotes USING gin (to_tsvector('simple', coalesce(speaker_name, '')));
      CREATE INDEX quotes_content ON quotes USING gin (to_tsvector('simple', content));

      CREATE TABLE mentions (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        mention_id text NOT NULL,
        type text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        entity text,
        confidence double precision NOT NULL
      );
      CREATE INDEX mentions_document ON mentions (document_id);

      CREATE TABLE entities (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        entity_id text NOT NULL,
        type text NOT NULL,
        name text NOT NULL,
        key text,
        role text,
        gender text,
        aliases jsonb NOT NULL,
        mention_count integer NOT NULL
      );
      CREATE INDEX entities_document ON entities (document_id);
      CREATE INDEX entities_key ON entities (key);

      CREATE TABLE quantities (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        value double precision NOT NULL,
        value_max double precision,
        approx text NOT NULL,
        unit text,
        claimed_by text,
        quote_id text,
        confidence double precision NOT NULL,
        context text NOT NULL
      );
      CREATE INDEX quantities_document ON quantities (document_id);
      CREATE INDEX quantities_about ON quantities USING gin (to_tsvector('simple', coalesce(unit, '') || ' ' || context));

      CREATE TABLE quoted_terms (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        kind text NOT NULL,
        confidence double precision NOT NULL
      );
      CREATE INDEX quoted_terms_document ON quoted_terms (document_id);

      CREATE TABLE hedges (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        kind text NOT NULL,
        sentence integer NOT NULL,
        covers jsonb NOT NULL
      );
      CREATE INDEX hedges_document ON hedges (document_id);

      CREATE TABLE times (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id),
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        value text,
        value_end text,
        granularity text
      );
      CREATE INDEX times_document ON times (document_id);

      CREATE TABLE failures (
        source text PRIMARY KEY,
        rule_id text NOT NULL,
        reason text NOT NULL,
        at text NOT NULL
      );

      CREATE TABLE sources (
        path text PRIMARY KEY,
        size bigint NOT NULL,
        mtime_ms double precision NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'speaker keys, figure subjects, corpus entities, entity links and overrides (issue 8)',
    sql: `
      ALTER TABLE quotes ADD COLUMN speaker_key text;
      CREATE INDEX quotes_speaker_key ON quotes (speaker_key COLLATE "C");
      ALTER TABLE quantities ADD COLUMN unit_key text;
      ALTER TABLE quantities ADD COLUMN entity_keys jsonb NOT NULL DEFAULT '[]';
      ALTER TABLE quantities ADD COLUMN time_value text;
      CREATE INDEX quantities_unit_key ON quantities (unit_key);

      CREATE TABLE corpus_entities (
        id text PRIMARY KEY,
        type text NOT NULL,
        name text NOT NULL,
        key text NOT NULL,
        keys jsonb NOT NULL,
        confidence double precision NOT NULL,
        documents integer NOT NULL,
        mentions integer NOT NULL
      );
      CREATE INDEX corpus_entities_key ON corpus_entities (key COLLATE "C");
      CREATE INDEX corpus_entities_mentions ON corpus_entities (mentions DESC);

      CREATE TABLE entity_links (
        document_id bigint NOT NULL,
        entity_id text NOT NULL,
        corpus_id text NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        reason text NOT NULL,
        confidence double precision NOT NULL,
        PRIMARY KEY (document_id, entity_id)
      );
      CREATE INDEX entity_links_corpus ON entity_links (corpus_id);

      CREATE TABLE entity_overrides (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        type text NOT NULL,
        a text NOT NULL,
        b text,
        at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: 'the document list newest first, a page at a time, without reading the analyses (issue 9)',
    sql: `
      CREATE INDEX documents_newest ON documents (published DESC NULLS LAST, id DESC);
    `,
  },
  {
    version: 4,
    name: 'speakers counted per person key on an index (issue 9)',
    sql: `
      CREATE INDEX quotes_speaker_group ON quotes ((coalesce(speaker_key, '~' || speaker_name)), document_id) WHERE speaker_name IS NOT NULL;
    `,
  },
  {
    version: 5,
    name: 'speaker totals kept at write time, so the whole corpus\'s speakers are read, not counted (issue 9)',
    sql: `
      CREATE TABLE speaker_totals (
        key text PRIMARY KEY,
        quotes integer NOT NULL,
        documents integer NOT NULL
      );
      CREATE INDEX speaker_totals_rank ON speaker_totals (quotes DESC, key COLLATE "C");
      CREATE TABLE speaker_names (
        key text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        outlet text NOT NULL,
        quotes integer NOT NULL,
        PRIMARY KEY (key, name, role, outlet)
      );
      INSERT INTO speaker_totals (key, quotes, documents)
        SELECT coalesce(speaker_key, '~' || speaker_name), COUNT(*), COUNT(DISTINCT document_id)
        FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1;
      INSERT INTO speaker_names (key, name, role, outlet, quotes)
        SELECT coalesce(q.speaker_key, '~' || q.speaker_name), q.speaker_name, coalesce(q.role, ''), coalesce(d.outlet, ''), COUNT(*)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4;
    `,
  },
  {
    version: 6,
    name: 'the figures that can conflict (a unit and an entity) on their own index, for figures --conflicts (issue 9)',
    sql: `
      CREATE INDEX quantities_comparable ON quantities (id) WHERE unit_key IS NOT NULL AND entity_keys <> '[]'::jsonb;
    `,
  },
  {
    version: 7,
    name: 'speaker counts per publication day, outlet and language kept at write time, for speakers with --since, --until, --outlet or --lang (issue 9)',
    sql: `
      CREATE TABLE speaker_days (
        published text NOT NULL,
        outlet text NOT NULL,
        lang text NOT NULL,
        key text NOT NULL,
        quotes integer NOT NULL,
        documents integer NOT NULL,
        PRIMARY KEY (published, outlet, lang, key)
      );
      CREATE TABLE speaker_day_names (
        published text NOT NULL,
        outlet text NOT NULL,
        lang text NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        quotes integer NOT NULL,
        PRIMARY KEY (published, outlet, lang, key, name, role)
      );
      INSERT INTO speaker_days (published, outlet, lang, key, quotes, documents)
        SELECT coalesce(d.published, ''), coalesce(d.outlet, ''), d.lang, coalesce(q.speaker_key, '~' || q.speaker_name), COUNT(*), COUNT(DISTINCT q.document_id)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4;
      INSERT INTO speaker_day_names (published, outlet, lang, key, name, role, quotes)
        SELECT coalesce(d.published, ''), coalesce(d.outlet, ''), d.lang, coalesce(q.speaker_key, '~' || q.speaker_name), q.speaker_name, coalesce(q.role, ''), COUNT(*)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
    `,
  },
];
