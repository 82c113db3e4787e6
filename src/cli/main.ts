#!/usr/bin/env node
import { Command, CommanderError } from 'commander';

type Register = (program: Command) => void;

/**
 * Each command's module, in the order of the help, imported only when that command runs (or all
 * of them, for the help or a name that is none of them): serve, start and the corpus commands
 * load fastify and the SQLite and PostgreSQL clients, ~400 ms of CPU at start-up that `analyze`
 * and `eval` do not need (issue 10).
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['analyze', async () => (await import('./commands/analyze.ts')).registerAnalyze],
  ['eval', async () => (await import('./commands/eval.ts')).registerEval],
  ['serve', async () => (await import('./commands/serve.ts')).registerServe],
  ['start', async () => (await import('./commands/start.ts')).registerStart],
  ['train', async () => (await import('./commands/train.ts')).registerTrain],
  // corpus (issue 7)
  ['ingest', async () => (await import('./commands/ingest.ts')).registerIngest],
  ['reanalyze', async () => (await import('./commands/reanalyze.ts')).registerReanalyze],
  ['worker', async () => (await import('./commands/worker.ts')).registerWorker],
  ['search', async () => (await import('./commands/search.ts')).registerSearch],
  ['quotes', async () => (await import('./commands/quotes.ts')).registerQuotes],
  ['speakers', async () => (await import('./commands/speakers.ts')).registerSpeakers],
  ['figures', async () => (await import('./commands/figures.ts')).registerFigures],
  ['entities', async () => (await import('./commands/entities.ts')).registerEntities],
  ['export', async () => (await import('./commands/export.ts')).registerExport],
];

/** Builds the `zegsman` command line with the command `argv` names, or with every command; each lives in `commands/`. */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('zegsman')
    .description('a sourced record of news articles: who said what, who is who, which figures, how sure, and when')
    .exitOverride();
  const named = COMMANDS.find(([name]) => name === argv[0]);
  for (const [, load] of named === undefined ? COMMANDS : [named]) (await load())(program);
  return program;
}

/** Runs the CLI; every failure ends as one clear line on stderr and a non-zero exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`zegsman: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/cli/main.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
