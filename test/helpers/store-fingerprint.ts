import { createHash } from 'node:crypto';

/**
 * A canonical form of stored content, independent of row ids, times and JSON key order, so two
 * stores (or one store before and after a crash) can be compared: the same fingerprint means the
 * same documents with the same analyses and the same layer rows.
 */
export function fingerprint(rows: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${canonical(row)}\n`);
  return hash.digest('hex');
}

/** JSON with object keys sorted, JSON strings inside parsed first (jsonb and TEXT columns agree). */
export function canonical(value: unknown): string {
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      return canonical(JSON.parse(value) as unknown);
    } catch {
      return JSON.stringify(value);
    }
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(typeof value === 'bigint' ? Number(value) : value);
}
