import type PgBoss from 'pg-boss';
import type { Failure, PreparedDocument, Store } from '../../store/store.ts';
import { AnalyzePool } from '../analyze-pool.ts';
import { ANALYZE_QUEUE } from './open-queue.ts';
import type { ArticleJob } from './article-job.ts';

export interface WorkerOptions {
  readonly store: Store;
  readonly boss: PgBoss;
  readonly pipelineVersion: string;
  /** Analysis threads in all, this one included; default 1 (run one worker process per core, or give it more threads). */
  readonly threads?: number;
  /** Jobs fetched at once; default 20. */
  readonly batchSize?: number;
  /**
   * Batches in hand at once; default 2: while one batch is stored (waiting on the database),
   * the next is fetched and analysed, so the analysis threads do not wait for the round trips.
   */
  readonly batchesInHand?: number;
  /** Seconds between polls of an empty queue; default 2. */
  readonly pollingSeconds?: number;
  /** Stop when no job is waiting or running anywhere. */
  readonly untilEmpty?: boolean;
  /** Called for each batch of jobs: after the analysis, before the store transaction, and after it (tests use it to kill a worker there). */
  readonly onBatch?: (stage: 'analysed' | 'stored', jobs: readonly string[]) => Promise<void> | void;
  readonly onStored?: (stored: { inserted: number; skipped: number; failed: number }) => void;
  readonly signal?: AbortSignal;
}

/**
 * Takes analysis jobs from the queue until stopped: analyses each batch, stores the documents
 * and the failures in one transaction, and only then lets pg-boss complete the jobs. A worker
 * killed before that leaves its jobs active; when they expire pg-boss retries them on another
 * worker, and the content hash makes the second store a no-op, so each article is stored once.
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { store, boss } = options;
  const pool = new AnalyzePool(options.threads ?? 1, { lang: 'auto', pipelineVersion: options.pipelineVersion });
  const batchSize = options.batchSize ?? 20;
  /** Analyses a batch of jobs and stores it in one transaction (the jobs complete when this resolves). */
  const storeBatch = async (jobs: ReadonlyArray<PgBoss.Job<ArticleJob>>): Promise<void> => {
    const documents: PreparedDocument[] = [];
    const failures: Failure[] = [];
    const results = await Promise.all(jobs.map((job) => pool.analyze(job.data.article)));
    for (const result of results) {
      if (result.ok) documents.push(result.document);
      else failures.push({ source: result.source, ruleId: result.ruleId, reason: result.reason, at: new Date().toISOString() });
    }
    const ids = jobs.map((job) => job.id);
    await options.onBatch?.('analysed', ids);
    const { inserted, skipped } = await store.putDocuments(documents);
    if (failures.length > 0) await store.recordFailures(failures);
    await options.onBatch?.('stored', ids);
    options.onStored?.({ inserted, skipped, failed: failures.length });
  };
  try {
    // One pg-boss fetch loop per batch in hand: while one batch waits on the database, another is analysed.
    for (let i = 0; i < Math.max(1, options.batchesInHand ?? 2); i++) {
      let workerId = '';
      workerId = await boss.work<ArticleJob>(ANALYZE_QUEUE, { batchSize, pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async (jobs) => {
        await storeBatch(jobs);
        // A full batch: more are likely waiting, so fetch again at once instead of after the polling interval.
        if (jobs.length === batchSize) boss.notifyWorker(workerId);
      });
    }
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      options.signal?.addEventListener('abort', stop, { once: true });
      if (options.signal?.aborted) resolve();
      if (options.untilEmpty) {
        const check = async (): Promise<void> => {
          if (options.signal?.aborted) return;
          const left = await boss.getQueueSize(ANALYZE_QUEUE, { before: 'completed' }).catch(() => 1);
          if (left === 0) resolve();
          else setTimeout(() => void check(), 500);
        };
        void check();
      }
    });
    await boss.offWork(ANALYZE_QUEUE);
  } finally {
    await pool.close();
  }
}
