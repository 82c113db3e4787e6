#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.ts';
import { registerEntities } from './commands/entities.ts';
import { registerEval } from './commands/eval.ts';
import { registerExport } from './commands/export.ts';
import { registerFigures } from './commands/figures.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerQuotes } from './commands/quotes.ts';
import { registerReanalyze } from './commands/reanalyze.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerSpeakers } from './commands/speakers.ts';
import { registerStart } from './commands/start.ts';
import { registerTrain } from './commands/train.ts';
import { registerWorker } from './commands/worker.ts';

/** Builds the `zegsman` command line; each command lives in `commands/`. */
export function buildProgram(): Command {
  const program = new Command('zegsman')
    .description('a sourced record of news articles: who said what, who is who, which figures, how sure, and when')
    .exitOverride();
  registerAnalyze(program);
  registerEval(program);
  registerServe(program);
  registerStart(program);
  registerTrain(program);
  // corpus (issue 7)
  registerIngest(program);
  registerReanalyze(program);
  registerWorker(program);
  registerSearch(program);
  registerQuotes(program);
  registerSpeakers(program);
  registerFigures(program);
  registerEntities(program);
  registerExport(program);
  return program;
}

/** Runs the CLI; every failure ends as one clear line on stderr and a non-zero exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv as string[], { from: 'user' });
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
