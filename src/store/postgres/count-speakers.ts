import type pg from 'pg';
import type { KeptSpeakers, SpeakerKeyCount, SpeakerRow } from '../sum-speaker-rows.ts';
import { nextDay } from '../next-day.ts';
import type { DocumentFilter } from '../store.ts';

const GROUP = "coalesce(q.speaker_key, '~' || q.speaker_name)";

/**
 * The speaker totals of PostgreSQL migrations 5 (whole corpus) and 7 (per publication day, outlet and language), kept in step with the quotes in the writer's own
 * transaction: sign 1 after the documents' quotes went in, -1 before they are deleted (replaced
 * analyses). Keys are upserted in key order, so two workers storing at once wait for each other
 * rather than deadlock. A speaker whose last statement goes is removed; a null role or outlet is
 * kept as '' (key columns cannot be null).
 */
export async function countSpeakers(client: pg.ClientBase, ids: readonly number[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) return;
  const params = [ids, sign];
  await client.query(
    `INSERT INTO speaker_totals (key, quotes, documents)
     SELECT ${GROUP}, $2::int * COUNT(*), $2::int * COUNT(DISTINCT q.document_id)
     FROM quotes q WHERE q.document_id = ANY($1::bigint[]) AND q.speaker_name IS NOT NULL GROUP BY 1 ORDER BY 1
     ON CONFLICT (key) DO UPDATE SET quotes = speaker_totals.quotes + excluded.quotes, documents = speaker_totals.documents + excluded.documents`,
    params,
  );
  await client.query(
    `INSERT INTO speaker_names (key, name, role, outlet, quotes)
     SELECT ${GROUP}, q.speaker_name, coalesce(q.role, ''), coalesce(d.outlet, ''), $2::int * COUNT(*)
     FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.document_id = ANY($1::bigint[]) AND q.speaker_name IS NOT NULL
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
     ON CONFLICT (key, name, role, outlet) DO UPDATE SET quotes = speaker_names.quotes + excluded.quotes`,
    params,
  );
  const cell = "coalesce(d.published, ''), coalesce(d.outlet, ''), d.lang";
  await client.query(
    `INSERT INTO speaker_days (published, outlet, lang, key, quotes, documents)
     SELECT ${cell}, ${GROUP}, $2::int * COUNT(*), $2::int * COUNT(DISTINCT q.document_id)
     FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.document_id = ANY($1::bigint[]) AND q.speaker_name IS NOT NULL
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
     ON CONFLICT (published, outlet, lang, key) DO UPDATE SET quotes = speaker_days.quotes + excluded.quotes, documents = speaker_days.documents + excluded.documents`,
    params,
  );
  await client.query(
    `INSERT INTO speaker_day_names (published, outlet, lang, key, name, role, quotes)
     SELECT ${cell}, ${GROUP}, q.speaker_name, coalesce(q.role, ''), $2::int * COUNT(*)
     FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.document_id = ANY($1::bigint[]) AND q.speaker_name IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
     ON CONFLICT (published, outlet, lang, key, name, role) DO UPDATE SET quotes = speaker_day_names.quotes + excluded.quotes`,
    params,
  );
  if (sign < 0) {
    const cells = `SELECT ${cell} FROM documents d WHERE d.id = ANY($1::bigint[])`;
    await client.query(`DELETE FROM speaker_days WHERE (published, outlet, lang) IN (${cells}) AND quotes <= 0`, [ids]);
    await client.query(`DELETE FROM speaker_day_names WHERE (published, outlet, lang) IN (${cells}) AND quotes <= 0`, [ids]);
    const keys = `SELECT ${GROUP} FROM quotes q WHERE q.document_id = ANY($1::bigint[]) AND q.speaker_name IS NOT NULL`;
    await client.query(`DELETE FROM speaker_totals WHERE key IN (${keys}) AND quotes <= 0`, [ids]);
    await client.query(`DELETE FROM speaker_names WHERE key IN (${keys}) AND quotes <= 0`, [ids]);
  }
}

/** The `limit` speakers quoted most in the whole corpus (then by key), and their names, roles and outlets. */
export async function readSpeakerTotals(pool: pg.Pool, limit: number): Promise<KeptSpeakers> {
  const totals = await pool.query<SpeakerKeyCount>(
    'SELECT key, quotes, documents FROM speaker_totals ORDER BY quotes DESC, key COLLATE "C" LIMIT $1',
    [limit],
  );
  if (totals.rows.length === 0) return { totals: [], rows: [] };
  const rows = await pool.query<SpeakerRow>(
    `SELECT key, name, nullif(role, '') AS role, nullif(outlet, '') AS outlet, quotes FROM speaker_names WHERE key = ANY($1::text[])`,
    [totals.rows.map((t) => t.key)],
  );
  return { totals: totals.rows, rows: rows.rows };
}

/**
 * The `limit` speakers quoted most in the documents of a filter (then by key), and their names,
 * roles and outlets there: summed over the day, outlet and language cells of migration 7 (a
 * document lies in one cell, so its count of documents adds up).
 */
export async function readSpeakerDays(pool: pg.Pool, filter: DocumentFilter, limit: number): Promise<KeptSpeakers> {
  const params: unknown[] = [limit];
  let where = '';
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    where += ` AND ${sql.replace('?', `$${params.length}`)}`;
  };
  if (filter.since !== undefined) add("published <> '' AND published >= ?", filter.since);
  if (filter.until !== undefined) add("published <> '' AND published < ?", nextDay(filter.until));
  if (filter.outlet !== undefined) add("outlet <> '' AND lower(outlet) = lower(?)", filter.outlet);
  if (filter.lang !== undefined) add('lang = ?', filter.lang);
  const totals = await pool.query<SpeakerKeyCount>(
    `SELECT key, SUM(quotes)::int AS quotes, SUM(documents)::int AS documents FROM speaker_days WHERE true${where}
     GROUP BY key ORDER BY quotes DESC, key COLLATE "C" LIMIT $1`,
    params,
  );
  if (totals.rows.length === 0) return { totals: [], rows: [] };
  params[0] = totals.rows.map((t) => t.key);
  const rows = await pool.query<SpeakerRow>(
    `SELECT key, name, nullif(role, '') AS role, nullif(outlet, '') AS outlet, SUM(quotes)::int AS quotes FROM speaker_day_names
     WHERE key = ANY($1::text[])${where} GROUP BY key, name, role, outlet`,
    params,
  );
  return { totals: totals.rows, rows: rows.rows };
}
