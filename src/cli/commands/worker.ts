import type { Command } from 'commander';
import { keepMemoryFlat } from '../keep-memory-flat.ts';
import { pipelineVersion } from '../../ingest/pipeline-version.ts';
import { openQueue } from '../../ingest/queue/open-queue.ts';
import { runWorker } from '../../ingest/queue/run-worker.ts';
import { openStore } from '../../store/open-store.ts';
import { parsePositiveInt } from '../options.ts';

interface WorkerCommandOptions {
  readonly db: string;
  readonly threads: number;
  readonly batch: number;
  readonly untilEmpty: boolean;
  readonly checkSeconds: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take queued articles (zegsman ingest --enqueue) from PostgreSQL, analyse and store them; run any number, on any machines')
    .requiredOption('--db <url>', 'the corpus and queue: postgres://user:password@host/database')
    .option('--threads <n>', 'analysis threads in all (default 1: run one worker per core, or give one worker more threads)', parsePositiveInt, 1)
    .option('--batch <n>', 'jobs taken at once', parsePositiveInt, 20)
    .option('--until-empty', 'stop when no job is waiting or running', false)
    .option('--check-seconds <n>', 'how often jobs of dead workers are put back', parsePositiveInt, 30)
    .action(async (options: WorkerCommandOptions) => {
      if (!/^postgres(ql)?:\/\//i.test(options.db)) throw new Error(`worker needs a PostgreSQL store (--db postgres://…), got "${options.db}"`);
      keepMemoryFlat();
      const store = await openStore(options.db);
      const { boss } = await openQueue(options.db, { checkSeconds: options.checkSeconds });
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const totals = { inserted: 0, skipped: 0, failed: 0 };
      const version = pipelineVersion();
      process.stderr.write(`zegsman worker: taking jobs from ${store.location} (pipeline ${version})\n`);
      try {
        await runWorker({
          store,
          boss,
          pipelineVersion: version,
          threads: options.threads,
          batchSize: options.batch,
          untilEmpty: options.untilEmpty,
          signal: controller.signal,
          onStored: (stored) => {
            totals.inserted += stored.inserted;
            totals.skipped += stored.skipped;
            totals.failed += stored.failed;
          },
        });
      } finally {
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
        await store.close();
      }
      process.stdout.write(`worker done: ${totals.inserted} stored, ${totals.skipped} already stored, ${totals.failed} failed\n`);
    });
}

