import { Worker } from 'node:worker_threads';
import { recordArtifacts, sharedArtifacts, type SharedArtifacts } from '../model/share-artifacts.ts';
import type { PreparedDocument } from '../store/store.ts';
import { analyzeArticle, ArticleError, type AnalyzeArticleOptions } from './analyze-article.ts';
import type { RawArticle } from './article.ts';

export interface AnalyzeTask {
  readonly id: number;
  readonly article: RawArticle;
}

export type AnalyzeReply =
  | { readonly id: number; readonly ok: true; readonly document: PreparedDocument }
  | { readonly id: number; readonly ok: false; readonly source: string; readonly ruleId: string; readonly reason: string };

/** What a worker thread starts with: the analysis options, and the models this thread loaded, to share. */
export interface WorkerStart {
  readonly options: AnalyzeArticleOptions;
  readonly artifacts: SharedArtifacts;
}

/** An analysis result without the task id. */
export type AnalyzeResult =
  | { readonly ok: true; readonly document: PreparedDocument }
  | { readonly ok: false; readonly source: string; readonly ruleId: string; readonly reason: string };

interface Slot {
  worker: Worker;
  readonly pending: Map<number, { article: RawArticle; resolve: (result: AnalyzeResult) => void }>;
}

/**
 * The worker's entry: compiled (this file runs from dist/ as .js), the worker's own .js; from
 * src/ through tsx, the .mjs entry that registers tsx's loader in the thread first.
 */
const ENTRY = import.meta.url.endsWith('.js') ? new URL('./analyze-worker.js', import.meta.url) : new URL('./analyze-worker-entry.mjs', import.meta.url);

/** A worker's young generation: small, so short-lived analysis objects are collected early and memory stays flat. */
const YOUNG_GENERATION_MB = Number(process.env.ZEGSMAN_YOUNG_MB ?? 12);

/**
 * Analyses articles on `threads` threads in all: this one and `threads - 1` worker threads
 * (this thread only reads and writes between its own analyses, so on a machine with N cores
 * N threads keep every core busy). The worker threads start when this thread has analysed its
 * first article (one that did not fail), and share the models it loaded for it
 * (`share-artifacts.ts`): their weights, key tables and word lists are held once, not once per
 * thread. Each `analyze` call resolves with the document or the reason it failed; a worker that
 * dies fails its articles and is replaced.
 */
export class AnalyzePool {
  private readonly slots: Slot[] = [];
  /** Articles waiting for this thread, analysed one per turn of the event loop. */
  private readonly local: Array<{ article: RawArticle; resolve: (result: AnalyzeResult) => void }> = [];
  private localBusy = false;
  private nextId = 0;
  private closed = false;
  /** The models this thread loaded, once it has analysed an article; workers start then. */
  private artifacts: SharedArtifacts | null = null;

  constructor(
    readonly threads: number,
    private readonly options: AnalyzeArticleOptions,
  ) {
    if (threads > 1) recordArtifacts();
  }

  /** Articles sent and not yet answered. */
  get inFlight(): number {
    return this.slots.reduce((sum, slot) => sum + slot.pending.size, this.local.length + (this.localBusy ? 1 : 0));
  }

  analyze(article: RawArticle): Promise<AnalyzeResult> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    const slot = this.slots.length === 0 ? null : this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    // This thread takes a share, kept a little shorter than a worker's queue: it also reads and writes.
    if (slot === null || this.local.length + 2 <= slot.pending.size) {
      return new Promise((resolve) => {
        this.local.push({ article, resolve });
        this.drainLocal();
      });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, { article, resolve });
      slot.worker.postMessage({ id, article } satisfies AnalyzeTask);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private drainLocal(): void {
    if (this.localBusy || this.local.length === 0) return;
    this.localBusy = true;
    setImmediate(() => {
      const task = this.local.shift();
      if (task !== undefined) {
        const result = analyzeInline(task.article, this.options);
        task.resolve(result);
        // After the first article analysed here, the models it needed are loaded: the workers share them.
        if (result.ok && this.artifacts === null && !this.closed) this.startWorkers();
      }
      this.localBusy = false;
      this.drainLocal();
    });
  }

  /** Starts the worker threads with the models this thread has loaded so far. */
  private startWorkers(): void {
    this.artifacts = sharedArtifacts();
    for (let i = 1; i < this.threads; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.startWorker(), pending: new Map() };
    this.watch(slot);
    return slot;
  }

  private startWorker(): Worker {
    const start: WorkerStart = { options: this.options, artifacts: this.artifacts ?? new Map() };
    return new Worker(ENTRY, { workerData: start, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  }

  private watch(slot: Slot): void {
    let crash = '';
    slot.worker.on('message', (reply: AnalyzeReply) => {
      const task = slot.pending.get(reply.id);
      if (task === undefined) return;
      slot.pending.delete(reply.id);
      const { id: _id, ...result } = reply;
      task.resolve(result);
    });
    slot.worker.on('error', (error) => {
      crash = error.message;
    });
    slot.worker.on('exit', (code) => {
      if (this.closed) return;
      const reason = `the analysis thread ${crash ? `crashed (${crash})` : `exited (code ${code})`}`;
      for (const task of slot.pending.values()) task.resolve({ ok: false, source: task.article.source, ruleId: 'analysis-crashed', reason });
      slot.pending.clear();
      // A new thread shares what this thread has loaded by now (another language's models, say), not only what it had at the start.
      this.artifacts = sharedArtifacts();
      slot.worker = this.startWorker();
      this.watch(slot);
    });
  }
}

function analyzeInline(article: RawArticle, options: AnalyzeArticleOptions): AnalyzeResult {
  try {
    return { ok: true, document: analyzeArticle(article, options) };
  } catch (error) {
    if (error instanceof ArticleError) return { ok: false, source: error.source, ruleId: error.ruleId, reason: error.reason };
    return { ok: false, source: article.source, ruleId: 'analysis-failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
