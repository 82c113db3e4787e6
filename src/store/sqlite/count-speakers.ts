import type Database from 'better-sqlite3';
import type { SpeakerRow } from '../sum-speaker-rows.ts';

/**
 * The speaker totals of SQLite migration 6, kept in step with the quotes in the writer's own
 * transaction: `count(id, 1)` after a document's quotes went in, `count(id, -1)` before they are
 * deleted (a replaced analysis). A speaker whose last statement goes is removed. An outlet or a
 * role that is null is kept as '' (the key columns cannot be null).
 */
export function prepareSpeakerCounts(db: Database.Database): (documentId: number, sign: 1 | -1) => void {
  const group = "coalesce(q.speaker_key, '~' || q.speaker_name)";
  const totals = db.prepare(`INSERT INTO speaker_totals (key, quotes, documents)
    SELECT ${group}, @sign * COUNT(*), @sign FROM quotes q WHERE q.document_id = @documentId AND q.speaker_name IS NOT NULL GROUP BY 1
    ON CONFLICT (key) DO UPDATE SET quotes = quotes + excluded.quotes, documents = documents + excluded.documents`);
  const names = db.prepare(`INSERT INTO speaker_names (key, name, role, outlet, quotes)
    SELECT ${group}, q.speaker_name, coalesce(q.role, ''), coalesce(d.outlet, ''), @sign * COUNT(*)
    FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.document_id = @documentId AND q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT (key, name, role, outlet) DO UPDATE SET quotes = quotes + excluded.quotes`);
  const keys = `SELECT ${group} FROM quotes q WHERE q.document_id = ? AND q.speaker_name IS NOT NULL`;
  const emptyTotals = db.prepare(`DELETE FROM speaker_totals WHERE key IN (${keys}) AND quotes <= 0`);
  const emptyNames = db.prepare(`DELETE FROM speaker_names WHERE key IN (${keys}) AND quotes <= 0`);
  return (documentId, sign) => {
    totals.run({ documentId, sign });
    names.run({ documentId, sign });
    if (sign < 0) {
      emptyTotals.run(documentId);
      emptyNames.run(documentId);
    }
  };
}

/** The `limit` speakers quoted most in the whole corpus (then by key), and their names, roles and outlets. */
export function readSpeakerTotals(db: Database.Database, limit: number): { totals: Array<{ key: string; quotes: number; documents: number }>; rows: SpeakerRow[] } {
  const totals = db.prepare('SELECT key, quotes, documents FROM speaker_totals ORDER BY quotes DESC, key LIMIT ?').all(limit) as Array<{ key: string; quotes: number; documents: number }>;
  if (totals.length === 0) return { totals, rows: [] };
  const rows = db.prepare(`SELECT key, name, nullif(role, '') AS role, nullif(outlet, '') AS outlet, quotes FROM speaker_names
    WHERE key IN (SELECT value FROM json_each(?))`).all(JSON.stringify(totals.map((t) => t.key))) as SpeakerRow[];
  return { totals, rows };
}
