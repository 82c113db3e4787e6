import { availableParallelism } from 'node:os';
import type { Failure, PreparedDocument, Store } from '../store/store.ts';
import { AnalyzePool } from './analyze-pool.ts';
import { pipelineVersion as currentPipelineVersion } from './pipeline-version.ts';

export interface ReanalyzeOptions {
  readonly store: Store;
  /** Default: `pipelineVersion()`. */
  readonly pipelineVersion?: string;
  /** Analysis threads in all, this one included; default: one per core. */
  readonly threads?: number;
  /** Documents per transaction; default 100. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

export interface ReanalyzeReport {
  readonly reanalyzed: number;
  readonly failures: readonly Failure[];
  readonly interrupted: boolean;
}

/**
 * Analyses again, from the stored text and metadata, every document that an older (or other)
 * pipeline version analysed, and replaces its analysis and layer rows, one transaction a batch.
 * No file is read again. Interrupted, it resumes where it stopped (the done ones carry the new version).
 */
export async function reanalyzeStore(options: ReanalyzeOptions): Promise<ReanalyzeReport> {
  const { store } = options;
  const version = options.pipelineVersion ?? currentPipelineVersion();
  const pool = new AnalyzePool(options.threads ?? availableParallelism(), { lang: 'auto', pipelineVersion: version });
  const failures: Failure[] = [];
  let reanalyzed = 0;
  let afterId = 0;
  let interrupted = false;
  try {
    for (;;) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      const texts = await store.textsToReanalyze(version, afterId, options.batchSize ?? 100);
      if (texts.length === 0) break;
      afterId = texts[texts.length - 1].id;
      const results = await Promise.all(texts.map((doc) => pool.analyze({ source: doc.source ?? `#${doc.id}`, meta: doc.meta, lang: doc.lang, text: doc.text })));
      const documents: PreparedDocument[] = [];
      for (const result of results) {
        if (result.ok) documents.push(result.document);
        else failures.push({ source: result.source, ruleId: result.ruleId, reason: `reanalysis: ${result.reason}`, at: new Date().toISOString() });
      }
      reanalyzed += await store.replaceAnalyses(documents);
      options.onProgress?.(reanalyzed);
    }
    if (failures.length > 0) await store.recordFailures(failures);
  } finally {
    await pool.close();
  }
  return { reanalyzed, failures, interrupted };
}
