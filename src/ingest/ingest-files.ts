import { availableParallelism } from 'node:os';
import type { Lang } from '../core/types.ts';
import { hashText } from '../store/hash-text.ts';
import type { Failure, PreparedDocument, SourceMark, Store } from '../store/store.ts';
import { AnalyzePool, type AnalyzeResult } from './analyze-pool.ts';
import type { RawArticle, ReadItem } from './article.ts';
import { walkFiles } from './find-files.ts';
import { pipelineVersion as currentPipelineVersion } from './pipeline-version.ts';
import { readArticles } from './read-articles.ts';

export interface IngestOptions {
  readonly store: Store;
  /** Language of every article; default `auto` (declared by the source, else detected). */
  readonly lang?: Lang | 'auto';
  /** Outlet of every article, over what the source says. */
  readonly outlet?: string;
  /** Analysis threads in all, this one included; default: one per core. 1 (or 0): this thread only. */
  readonly threads?: number;
  /** Default: `pipelineVersion()`. */
  readonly pipelineVersion?: string;
  /** Largest article file (text, HTML) accepted; default 5 MB. */
  readonly maxBytes?: number;
  /** Stop the pipeline after this stage (benchmarks of the corpus machinery); default: run it all. */
  readonly until?: string;
  /** Documents per transaction; default 50. */
  readonly batchSize?: number;
  /** Called after every write and every finished file. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Aborting stops reading; what was analysed is written, then the ingest returns (`interrupted`). */
  readonly signal?: AbortSignal;
}

export interface IngestProgress {
  readonly filesTotal: number;
  readonly filesDone: number;
  /** Files skipped because an earlier run finished them and they did not change since. */
  readonly filesUnchanged: number;
  readonly bytesTotal: number;
  readonly bytesDone: number;
  readonly articles: number;
  readonly inserted: number;
  /** Articles whose text was stored already. */
  readonly skipped: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

export interface IngestReport extends IngestProgress {
  /** The failures of this run, in the order they were found. */
  readonly failures: readonly Failure[];
  readonly interrupted: boolean;
}

/** One input: a file (with its mark, for resuming) or standard input. */
export interface IngestSource {
  readonly path: string;
  readonly size: number;
  readonly mark: SourceMark | null;
  read(): AsyncIterable<ReadItem>;
}

/** Ingests files and folders (recursively): see `ingestSources`. */
export async function ingestFiles(paths: readonly string[], options: IngestOptions): Promise<IngestReport> {
  return ingestSources(fileSources(paths, options.maxBytes), options);
}

/**
 * The files under `paths` (folders recursively) as ingest sources. Each is one small object
 * (its mark made when asked for): a folder of 100,000 articles costs ~10 MB held through the
 * ingest, not the ~37 MB of a source, a mark and a closure per file.
 */
export function fileSources(paths: readonly string[], maxBytes?: number): IngestSource[] {
  const sources: IngestSource[] = [];
  walkFiles(paths, (path, size, mtimeMs) => sources.push(new FileSource(path, size, mtimeMs, maxBytes)));
  return sources;
}

class FileSource implements IngestSource {
  constructor(
    readonly path: string,
    readonly size: number,
    private readonly mtimeMs: number,
    private readonly maxBytes: number | undefined,
  ) {}

  get mark(): SourceMark {
    return { path: this.path, size: this.size, mtimeMs: this.mtimeMs };
  }

  read(): AsyncIterable<ReadItem> {
    return readArticles(this.path, { maxBytes: this.maxBytes });
  }
}

/**
 * Articles in flight per analysis thread: enough that no thread waits while the store writes, and
 * no more (every one waiting, analysed or not, is memory). With the batch of 50 below, `zegsman
 * ingest --threads 2` of 1,500 articles (compiled build) peaks ~5–8 MB lower than with 16 and 200,
 * at the same CPU time.
 */
const IN_FLIGHT_PER_THREAD = 8;
/** Documents per transaction: analysed documents wait in memory until their batch is written. */
const BATCH_SIZE = 50;
const HASH_CHECK_BATCH = 64;

interface FileState {
  readonly source: IngestSource;
  /** Items read from the file and not yet written (documents and failures). */
  outstanding: number;
  readDone: boolean;
  /** The file as a whole could not be read: it is not marked done, so the next run tries it again. */
  failedWhole: boolean;
}

type Outcome = { readonly file: FileState } & ({ readonly document: PreparedDocument } | { readonly failure: Failure });

/**
 * Reads every source, analyses the new articles in worker threads and stores them in batches,
 * one transaction each: an interrupted ingest leaves the store consistent, and running it again
 * resumes (finished files are skipped by path, size and time; stored texts by content hash).
 * Bad files and items are recorded with their reason in the store's failures and returned.
 */
export async function ingestSources(sources: readonly IngestSource[], options: IngestOptions): Promise<IngestReport> {
  const { store } = options;
  const version = options.pipelineVersion ?? currentPipelineVersion();
  const threads = options.threads ?? availableParallelism();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const started = Date.now();
  const failures: Failure[] = [];
  const counts = { filesDone: 0, filesUnchanged: 0, bytesDone: 0, articles: 0, inserted: 0, skipped: 0, failed: 0 };
  const bytesTotal = sources.reduce((sum, source) => sum + source.size, 0);
  const progress = (): IngestProgress => ({ filesTotal: sources.length, bytesTotal, ...counts, elapsedMs: Date.now() - started });

  const pool = new AnalyzePool(threads, { lang: options.lang ?? 'auto', outlet: options.outlet, pipelineVersion: version, ...(options.until !== undefined ? { until: options.until } : {}) });
  const maxInFlight = Math.max(1, threads) * IN_FLIGHT_PER_THREAD;
  let buffer: Outcome[] = [];
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const waiting: Array<() => void> = [];

  const finishFile = async (file: FileState): Promise<void> => {
    counts.filesDone += 1;
    counts.bytesDone += file.source.size;
    if (file.source.mark !== null && !file.failedWhole) await store.markSourceDone(file.source.mark);
    options.onProgress?.(progress());
  };

  /** Writes the buffer in one transaction, then marks the files whose items are all written. */
  const flush = (): Promise<void> => {
    const batch = buffer;
    buffer = [];
    if (batch.length === 0) return writing;
    writing = writing.then(async () => {
      if (writeError !== null) return;
      try {
        const documents = batch.flatMap((outcome) => ('document' in outcome ? [outcome.document] : []));
        const failed = batch.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : []));
        const result = await store.putDocuments(documents);
        if (failed.length > 0) await store.recordFailures(failed);
        counts.inserted += result.inserted;
        counts.skipped += result.skipped;
        for (const outcome of batch) {
          outcome.file.outstanding -= 1;
          if (outcome.file.outstanding === 0 && outcome.file.readDone) await finishFile(outcome.file);
        }
        options.onProgress?.(progress());
      } catch (error) {
        writeError = error;
      }
    });
    return writing;
  };

  const settle = (outcome: Outcome): void => {
    buffer.push(outcome);
    if (buffer.length >= batchSize) void flush();
  };

  const fail = (file: FileState, source: string, ruleId: string, reason: string): void => {
    const record = { source, ruleId, reason, at: new Date().toISOString() };
    failures.push(record);
    counts.failed += 1;
    if (source === file.source.path) file.failedWhole = true;
    file.outstanding += 1;
    settle({ file, failure: record });
  };

  const dispatch = async (file: FileState, article: RawArticle): Promise<void> => {
    while (pool.inFlight >= maxInFlight) await new Promise<void>((resolve) => waiting.push(resolve));
    file.outstanding += 1;
    void pool.analyze(article).then((result: AnalyzeResult) => {
      if (result.ok) settle({ file, document: result.document });
      else {
        file.outstanding -= 1;
        fail(file, result.source, result.ruleId, result.reason);
      }
      waiting.shift()?.();
    });
  };

  /** Sends the texts that are not stored yet to analysis; counts the others as skipped. */
  const checkAndDispatch = async (file: FileState, texts: RawArticle[]): Promise<void> => {
    if (texts.length === 0) return;
    const hashes = texts.map((article) => hashText(article.text ?? ''));
    const known = await store.knownHashes(hashes);
    for (const [i, article] of texts.entries()) {
      if (known.has(hashes[i])) counts.skipped += 1;
      else await dispatch(file, article);
    }
  };

  let interrupted = false;
  try {
    for (const source of sources) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (writeError !== null) break;
      if (source.mark !== null && (await store.isSourceDone(source.mark))) {
        counts.filesUnchanged += 1;
        counts.filesDone += 1;
        counts.bytesDone += source.size;
        continue;
      }
      const file: FileState = { source, outstanding: 0, readDone: false, failedWhole: false };
      let texts: RawArticle[] = [];
      for await (const item of source.read()) {
        if (options.signal?.aborted) {
          interrupted = true;
          break;
        }
        if (item.kind === 'failure') {
          fail(file, item.source, item.ruleId, item.reason);
          continue;
        }
        counts.articles += 1;
        if (item.article.text !== undefined) {
          texts.push(item.article);
          if (texts.length >= HASH_CHECK_BATCH) {
            await checkAndDispatch(file, texts);
            texts = [];
          }
        } else {
          await dispatch(file, item.article);
        }
      }
      await checkAndDispatch(file, texts);
      if (interrupted) break;
      file.readDone = true;
      if (file.outstanding === 0) {
        await flush();
        await finishFile(file);
      }
    }
    while (pool.inFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve));
    await flush();
    await writing;
  } finally {
    await pool.close();
  }
  if (writeError !== null) throw writeError;
  return { ...progress(), failures, interrupted };
}
