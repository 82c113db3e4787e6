import PgBoss from 'pg-boss';
import { parsePostgresUrl, type PostgresTarget } from '../../store/postgres/parse-postgres-url.ts';

/** The pg-boss queue that hands articles to `zegsman worker` processes. */
export const ANALYZE_QUEUE = 'zegsman-analyze';

export interface QueueOptions {
  /** How often expired jobs (of workers that died) are put back on the queue; default 30 s. */
  readonly checkSeconds?: number;
}

/**
 * Starts pg-boss on the store's database. Its tables live in their own schema: `pgboss`, or
 * `<schema>_queue` when the URL names a `?schema=`.
 */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<{ boss: PgBoss; target: PostgresTarget }> {
  const target = parsePostgresUrl(url);
  const boss = new PgBoss({
    connectionString: target.connectionString,
    schema: target.schema === null ? 'pgboss' : `${target.schema}_queue`,
    max: 4,
    maintenanceIntervalSeconds: options.checkSeconds ?? 30,
    monitorStateIntervalSeconds: 60,
    schedule: false,
  });
  boss.on('error', () => {
    // Connection hiccups are retried by pg-boss; a real failure surfaces in the next call.
  });
  await boss.start();
  await boss.createQueue(ANALYZE_QUEUE);
  return { boss, target };
}
