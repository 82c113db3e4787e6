/**
 * Rows of `documents` as the store's types, the same for SQLite and PostgreSQL. `meta` is the
 * meta column already read: SQLite keeps it as JSON text, PostgreSQL as jsonb.
 */
import type { DocMeta, Lang } from '../core/types.ts';
import { restoreAnalysis } from './prepare-document.ts';
import type { StoredDocument, StoredText } from './store.ts';

type Row = Readonly<Record<string, unknown>>;

/** A row with id, hash, source, lang, text and pipeline_version, for `reanalyze`. */
export function storedTextFromRow(row: Row, meta: DocMeta): StoredText {
  return { ...identityFromRow(row, meta), text: String(row.text), pipelineVersion: String(row.pipeline_version) };
}

/** A whole row (with ingested_at, analysis and text): the document with its analysis restored. */
export function storedDocumentFromRow(row: Row, meta: DocMeta): StoredDocument {
  return {
    ...identityFromRow(row, meta),
    pipelineVersion: String(row.pipeline_version),
    ingestedAt: String(row.ingested_at),
    analysis: restoreAnalysis(String(row.analysis), String(row.text)),
  };
}

/** What every document row says of the document itself: id, hash, source, language and metadata. */
function identityFromRow(row: Row, meta: DocMeta): Pick<StoredText, 'id' | 'hash' | 'source' | 'lang' | 'meta'> {
  return {
    id: Number(row.id),
    hash: String(row.hash),
    source: row.source === null ? null : String(row.source),
    lang: row.lang as Lang,
    meta,
  };
}
