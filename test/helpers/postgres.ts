import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The PostgreSQL server for tests: $ZEGSMAN_TEST_PG (set by .ci/run; see scripts/start-test-postgres.sh). */
export const TEST_PG = process.env.ZEGSMAN_TEST_PG;

/** For `{ skip: needPostgres }`: a message when no test server is configured. */
export const needPostgres: string | false = TEST_PG
  ? false
  : 'needs a PostgreSQL server: set ZEGSMAN_TEST_PG=postgres://… (export ZEGSMAN_TEST_PG=$(bash scripts/start-test-postgres.sh))';

/** A fresh schema name, so test files running at the same time never share tables. */
export function freshSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** The test server's URL with `?schema=NAME`. */
export function schemaUrl(schema: string): string {
  const url = new URL(TEST_PG ?? 'postgres://localhost/none');
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Drops test schemas (with everything in them). */
export async function dropSchemas(...schemas: string[]): Promise<void> {
  if (!TEST_PG) return;
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
