import type Database from 'better-sqlite3';
import type { KeptSpeakers, SpeakerKeyCount, SpeakerRow } from '../sum-speaker-rows.ts';
import { nextDay } from '../next-day.ts';
import type { DocumentFilter } from '../store.ts';

/**
 * The speaker totals of SQLite migrations 6 (whole corpus) and 9 (per publication day, outlet and language), kept in step with the quotes in the writer's own
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
  const cell = "coalesce(d.published, ''), coalesce(d.outlet, ''), d.lang";
  const days = db.prepare(`INSERT INTO speaker_days (published, outlet, lang, key, quotes, documents)
    SELECT ${cell}, ${group}, @sign * COUNT(*), @sign FROM quotes q JOIN documents d ON d.id = q.document_id
    WHERE q.document_id = @documentId AND q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT (published, outlet, lang, key) DO UPDATE SET quotes = quotes + excluded.quotes, documents = documents + excluded.documents`);
  const dayNames = db.prepare(`INSERT INTO speaker_day_names (published, outlet, lang, key, name, role, quotes)
    SELECT ${cell}, ${group}, q.speaker_name, coalesce(q.role, ''), @sign * COUNT(*) FROM quotes q JOIN documents d ON d.id = q.document_id
    WHERE q.document_id = @documentId AND q.speaker_name IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (published, outlet, lang, key, name, role) DO UPDATE SET quotes = quotes + excluded.quotes`);
  const emptyDays = db.prepare(`DELETE FROM speaker_days WHERE (published, outlet, lang) IN (SELECT ${cell} FROM documents d WHERE d.id = ?) AND quotes <= 0`);
  const emptyDayNames = db.prepare(`DELETE FROM speaker_day_names WHERE (published, outlet, lang) IN (SELECT ${cell} FROM documents d WHERE d.id = ?) AND quotes <= 0`);
  const keys = `SELECT ${group} FROM quotes q WHERE q.document_id = ? AND q.speaker_name IS NOT NULL`;
  const emptyTotals = db.prepare(`DELETE FROM speaker_totals WHERE key IN (${keys}) AND quotes <= 0`);
  const emptyNames = db.prepare(`DELETE FROM speaker_names WHERE key IN (${keys}) AND quotes <= 0`);
  return (documentId, sign) => {
    totals.run({ documentId, sign });
    names.run({ documentId, sign });
    days.run({ documentId, sign });
    dayNames.run({ documentId, sign });
    if (sign < 0) {
      emptyTotals.run(documentId);
      emptyNames.run(documentId);
      emptyDays.run(documentId);
      emptyDayNames.run(documentId);
    }
  };
}

/** The `limit` speakers quoted most in the whole corpus (then by key), and their names, roles and outlets. */
export function readSpeakerTotals(db: Database.Database, limit: number): KeptSpeakers {
  const totals = db.prepare('SELECT key, quotes, documents FROM speaker_totals ORDER BY quotes DESC, key LIMIT ?').all(limit) as SpeakerKeyCount[];
  if (totals.length === 0) return { totals, rows: [] };
  const rows = db.prepare(`SELECT key, name, nullif(role, '') AS role, nullif(outlet, '') AS outlet, quotes FROM speaker_names
    WHERE key IN (SELECT value FROM json_each(?))`).all(JSON.stringify(totals.map((t) => t.key))) as SpeakerRow[];
  return { totals, rows };
}

/**
 * The `limit` speakers quoted most in the documents of a filter (then by key), and their names,
 * roles and outlets there: summed over the day, outlet and language cells of migration 9 (a
 * document lies in one cell, so its count of documents adds up).
 */
export function readSpeakerDays(db: Database.Database, filter: DocumentFilter, limit: number): KeptSpeakers {
  let where = '';
  const params: Record<string, string> = {};
  if (filter.since !== undefined) {
    where += " AND published <> '' AND published >= @since";
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    where += " AND published <> '' AND published < @until";
    params.until = nextDay(filter.until);
  }
  if (filter.outlet !== undefined) {
    where += " AND outlet <> '' AND outlet = @outlet COLLATE NOCASE";
    params.outlet = filter.outlet;
  }
  if (filter.lang !== undefined) {
    where += ' AND lang = @lang';
    params.lang = filter.lang;
  }
  const totals = db.prepare(`SELECT key, SUM(quotes) AS quotes, SUM(documents) AS documents FROM speaker_days WHERE 1 = 1${where}
    GROUP BY key ORDER BY quotes DESC, key LIMIT @limit`).all({ ...params, limit }) as SpeakerKeyCount[];
  if (totals.length === 0) return { totals, rows: [] };
  const rows = db.prepare(`SELECT key, name, nullif(role, '') AS role, nullif(outlet, '') AS outlet, SUM(quotes) AS quotes FROM speaker_day_names
    WHERE key IN (SELECT value FROM json_each(@keys))${where} GROUP BY key, name, role, outlet`).all({ ...params, keys: JSON.stringify(totals.map((t) => t.key)) }) as SpeakerRow[];
  return { totals, rows };
}
