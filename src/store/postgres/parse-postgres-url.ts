export interface PostgresTarget {
  /** The URL the driver gets (without our own `schema` parameter). */
  readonly connectionString: string;
  /** `?schema=NAME`: the schema that holds the tables (created when missing); null for the default. */
  readonly schema: string | null;
  /** The URL without its password, for messages. */
  readonly location: string;
}

/** Splits a `postgres://` URL into what the driver gets and our own `schema` parameter. */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`not a valid PostgreSQL URL: "${url}" (expected postgres://user:password@host:port/database)`);
  }
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  if (parsed.password !== '') parsed.password = '***';
  return { connectionString, schema: schema === null || schema === '' ? null : schema, location: parsed.toString() };
}
