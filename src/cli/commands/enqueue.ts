import { enqueueSources } from '../../ingest/queue/enqueue-files.ts';
import { openQueue } from '../../ingest/queue/open-queue.ts';
import { openStore } from '../../store/open-store.ts';
import { formatReport } from '../format-progress.ts';
import { EXIT_INTERRUPTED, EXIT_SOME_FAILED, inputSources, progressReporter, type IngestCommandOptions } from './ingest.ts';

/** `zegsman ingest --enqueue`: reads the inputs and queues their articles for `zegsman worker`. */
export async function runEnqueue(paths: readonly string[], options: IngestCommandOptions): Promise<number> {
  if (!/^postgres(ql)?:\/\//i.test(options.db)) {
    throw new Error(`--enqueue needs a PostgreSQL store (--db postgres://…), got "${options.db}"`);
  }
  const sources = inputSources(paths, options.maxBytes);
  const store = await openStore(options.db);
  const { boss } = await openQueue(options.db).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  const reporter = progressReporter(process.stderr);
  try {
    const report = await enqueueSources(sources, {
      store,
      boss,
      lang: options.lang,
      outlet: options.outlet,
      jobTimeoutSeconds: options.jobTimeout,
      signal: controller.signal,
      onProgress: reporter.update,
    });
    reporter.done();
    process.stdout.write(`${formatReport(report, store.location).replace(/new articles/, 'articles queued')}\n`);
    return report.interrupted ? EXIT_INTERRUPTED : report.failed > 0 ? EXIT_SOME_FAILED : 0;
  } finally {
    process.off('SIGINT', onSignal);
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
}
