import type { Command } from 'commander';
import { keepMemoryFlat } from '../keep-memory-flat.ts';
import { pipelineVersion } from '../../ingest/pipeline-version.ts';
import { reanalyzeStore } from '../../ingest/reanalyze-store.ts';
import { DEFAULT_DB, openStore } from '../../store/open-store.ts';
import { parsePositiveInt } from '../options.ts';

export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description('analyse again the stored articles that an older pipeline version analysed (from the stored text; no file is read)')
    .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
    .option('--threads <n>', 'analysis threads (default: one per core)', parsePositiveInt)
    .action(async (options: { db: string; threads?: number }) => {
      keepMemoryFlat();
      const store = await openStore(options.db);
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      try {
        const version = pipelineVersion();
        const report = await reanalyzeStore({
          store,
          pipelineVersion: version,
          threads: options.threads,
          signal: controller.signal,
          onProgress: (done) => {
            if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2Kreanalysed ${done}`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
        const lines = [`${report.interrupted ? 'interrupted after reanalysing' : 'reanalysed'} ${report.reanalyzed} documents in ${store.location} with pipeline ${version}`];
        for (const failure of report.failures) lines.push(`  ${failure.source}: ${failure.reason} [${failure.ruleId}]`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        process.off('SIGINT', onSignal);
        await store.close();
      }
    });
}
