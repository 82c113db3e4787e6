import { resolve } from 'node:path';
import { StoreError, type Store } from './store.ts';

/** The store the CLI uses when no `--db` is given: `./zegsman.db`. */
export const DEFAULT_DB = 'file:zegsman.db';

/**
 * Opens a store by its `--db` value: `postgres://…` (or `postgresql://…`) for PostgreSQL;
 * `file:PATH`, a plain path or `:memory:` for SQLite. The PostgreSQL driver is only loaded
 * when it is asked for.
 */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    const { openPostgresStore } = await import('./postgres/open-postgres-store.ts');
    return openPostgresStore(db);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
    throw new StoreError(db, 'unknown kind of database; use file:PATH (SQLite) or postgres://user:password@host/database', 'store-url');
  }
  const path = db.startsWith('file:') ? db.slice('file:'.length) : db;
  if (path === '') throw new StoreError(db, 'no file name after file:', 'store-url');
  const { openSqliteStore } = await import('./sqlite/open-sqlite-store.ts');
  return openSqliteStore(path === ':memory:' ? path : resolve(path));
}
