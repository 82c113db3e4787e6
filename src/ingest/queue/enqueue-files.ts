import type PgBoss from 'pg-boss';
import type { Lang } from '../../core/types.ts';
import { hashText } from '../../store/hash-text.ts';
import type { Failure, Store } from '../../store/store.ts';
import type { RawArticle } from '../article.ts';
import type { IngestProgress, IngestReport, IngestSource } from '../ingest-files.ts';
import { ANALYZE_QUEUE } from './open-queue.ts';
import { toArticleJob } from './article-job.ts';

export interface EnqueueOptions {
  readonly store: Store;
  readonly boss: PgBoss;
  readonly lang?: Lang | 'auto';
  readonly outlet?: string;
  /** A job running longer than this is taken for dead (its worker killed) and retried; default 900 s. */
  readonly jobTimeoutSeconds?: number;
  /** Tries of one job before it is failed for good; default 5. */
  readonly retryLimit?: number;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly signal?: AbortSignal;
}

const BATCH = 200;

/**
 * Reads every source and puts its articles on the queue (texts already stored are skipped),
 * for `zegsman worker` processes to analyse and store. Failures of reading are recorded in the
 * store at once; a file is marked done when all its articles are queued, so a rerun resumes.
 * In the report, `inserted` counts the articles queued.
 */
export async function enqueueSources(sources: readonly IngestSource[], options: EnqueueOptions): Promise<IngestReport> {
  const { store, boss } = options;
  const started = Date.now();
  const failures: Failure[] = [];
  const counts = { filesDone: 0, filesUnchanged: 0, bytesDone: 0, articles: 0, inserted: 0, skipped: 0, failed: 0 };
  const bytesTotal = sources.reduce((sum, source) => sum + source.size, 0);
  const progress = (): IngestProgress => ({ filesTotal: sources.length, bytesTotal, ...counts, elapsedMs: Date.now() - started });
  let interrupted = false;

  const send = async (articles: RawArticle[]): Promise<void> => {
    if (articles.length === 0) return;
    const texts = articles.filter((article) => article.text !== undefined);
    const known = await store.knownHashes(texts.map((article) => hashText(article.text ?? '')));
    const fresh = articles.filter((article) => article.text === undefined || !known.has(hashText(article.text)));
    counts.skipped += articles.length - fresh.length;
    if (fresh.length === 0) return;
    await boss.insert(
      fresh.map((article) => ({
        name: ANALYZE_QUEUE,
        data: toArticleJob(article, options.lang, options.outlet),
        retryLimit: options.retryLimit ?? 5,
        retryDelay: 1,
        expireInSeconds: options.jobTimeoutSeconds ?? 900,
      })),
    );
    counts.inserted += fresh.length;
  };

  for (const source of sources) {
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    if (source.mark !== null && (await store.isSourceDone(source.mark))) {
      counts.filesUnchanged += 1;
      counts.filesDone += 1;
      counts.bytesDone += source.size;
      continue;
    }
    let batch: RawArticle[] = [];
    let failedWhole = false;
    for await (const item of source.read()) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (item.kind === 'failure') {
        const record = { source: item.source, ruleId: item.ruleId, reason: item.reason, at: new Date().toISOString() };
        failures.push(record);
        counts.failed += 1;
        if (item.source === source.path) failedWhole = true;
        await store.recordFailures([record]);
        continue;
      }
      counts.articles += 1;
      batch.push(item.article);
      if (batch.length >= BATCH) {
        await send(batch);
        batch = [];
      }
    }
    await send(batch);
    if (interrupted) break;
    counts.filesDone += 1;
    counts.bytesDone += source.size;
    if (source.mark !== null && !failedWhole) await store.markSourceDone(source.mark);
    options.onProgress?.(progress());
  }
  return { ...progress(), failures, interrupted };
}
