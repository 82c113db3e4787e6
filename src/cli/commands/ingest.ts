import { CommanderError, type Command } from 'commander';
import { keepMemoryFlat } from '../keep-memory-flat.ts';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../core/types.ts';
import { decodeInput, DEFAULT_MAX_BYTES, InputError } from '../../ingest/decode-input.ts';
import { detectFormat } from '../../ingest/detect-format.ts';
import { fileSources, ingestSources, type IngestOptions, type IngestProgress, type IngestReport, type IngestSource } from '../../ingest/ingest-files.ts';
import { MAX_CONTAINER_BYTES, readDecoded } from '../../ingest/read-articles.ts';
import { DEFAULT_DB, openStore } from '../../store/open-store.ts';
import { formatProgressBar, formatProgressLine, formatReport } from '../format-progress.ts';
import { parseLangOption, parsePositiveInt } from '../options.ts';

export interface IngestCommandOptions {
  readonly db: string;
  readonly lang: Lang | 'auto';
  readonly outlet?: string;
  readonly threads?: number;
  readonly maxBytes: number;
  readonly enqueue: boolean;
  readonly jobTimeout: number;
}

/** Exit code when some inputs failed (the good ones are stored). */
export const EXIT_SOME_FAILED = 2;
export const EXIT_INTERRUPTED = 130;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them in the corpus: text, HTML, JSON, JSONL and RSS/Atom files, folders (recursively) or - for standard input')
    .argument('<paths...>', 'files and folders, or - for standard input')
    .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
    .option('--lang <lang>', 'nl, en or auto (declared by the source, else detected)', parseLangOption, 'auto')
    .option('--outlet <name>', 'the outlet of every article (over what the files say)')
    .option('--threads <n>', 'analysis threads (default: one per core)', parsePositiveInt)
    .option('--max-bytes <n>', 'largest text or HTML file accepted', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('--enqueue', 'only put the articles on the PostgreSQL queue for `zegsman worker` processes', false)
    .option('--job-timeout <seconds>', 'with --enqueue: a job running longer is taken for dead and retried', parsePositiveInt, 900)
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const code = await runIngest(paths, options);
      if (code !== 0) throw new CommanderError(code, 'zegsman.ingest', '');
    });
}

/** Runs an ingest with progress on stderr and the report on stdout; returns the exit code. */
export async function runIngest(paths: readonly string[], options: IngestCommandOptions): Promise<number> {
  keepMemoryFlat();
  if (options.enqueue) {
    const { runEnqueue } = await import('./enqueue.ts');
    return runEnqueue(paths, options);
  }
  const store = await openStore(options.db);
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED); // a second Ctrl-C: committed work is safe
    process.stderr.write('\nzegsman: stopping after the articles in progress (Ctrl-C again to stop at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const reporter = progressReporter(process.stderr);
  let report: IngestReport;
  try {
    const ingestOptions: IngestOptions = {
      store,
      lang: options.lang,
      outlet: options.outlet,
      threads: options.threads,
      maxBytes: options.maxBytes,
      signal: controller.signal,
      onProgress: reporter.update,
    };
    report = await ingestSources(inputSources(paths, options.maxBytes), ingestOptions);
  } finally {
    reporter.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
  process.stdout.write(`${formatReport(report, store.location)}\n`);
  return report.interrupted ? EXIT_INTERRUPTED : report.failed > 0 ? EXIT_SOME_FAILED : 0;
}

/** The command's inputs: `-` for standard input, else files and folders. */
export function inputSources(paths: readonly string[], maxBytes: number): IngestSource[] {
  if (paths.includes('-')) {
    if (paths.length > 1) throw new InputError('-', 'standard input cannot be mixed with files', 'input-mixed');
    return [stdinSource()];
  }
  return fileSources(paths, maxBytes);
}

function stdinSource(): IngestSource {
  const bytes = readFileSync(0);
  return {
    path: '<stdin>',
    size: bytes.length,
    mark: null,
    async *read() {
      let text: string;
      try {
        text = decodeInput('<stdin>', bytes, MAX_CONTAINER_BYTES);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { kind: 'failure' as const, source: '<stdin>', ruleId: error.ruleId, reason: error.reason };
        return;
      }
      yield* readDecoded(text, '<stdin>', detectFormat('<stdin>', text.slice(0, 4096)));
    },
  };
}

/** A bar redrawn in place on a terminal (5 times a second); a plain line every five seconds otherwise. */
export function progressReporter(stream: NodeJS.WriteStream): { update: (progress: IngestProgress) => void; done: () => void } {
  const tty = stream.isTTY === true;
  let latest: IngestProgress | null = null;
  let shown = false;
  const render = (): void => {
    if (latest === null) return;
    if (tty) {
      stream.write(`\r\x1b[2K${formatProgressBar(latest, stream.columns ?? 100)}`);
      shown = true;
    } else {
      stream.write(`${formatProgressLine(latest)}\n`);
    }
    latest = null;
  };
  const timer = setInterval(render, tty ? 200 : 5000);
  timer.unref();
  return {
    update(progress) {
      latest = progress;
    },
    done() {
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
