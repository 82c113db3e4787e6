import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../pipeline.ts';
import { pipelineVersion } from '../../ingest/pipeline-version.ts';
import { buildWebApp } from '../../server/build-web-app.ts';
import { buildServer } from '../../server/build-server.ts';
import { closeOnSignals, listen } from '../../server/listen.ts';
import { DEFAULT_DB, openStore } from '../../store/open-store.ts';
import { formatText } from '../format-text.ts';
import { loadSamples } from '../load-samples.ts';
import { parsePort } from '../options.ts';
import { chooseWriteToken, describeWriteToken } from '../choose-write-token.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './serve.ts';

/** The bundled sample articles (written by us; see samples/README.md). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples');
export const SAMPLE_ARTICLE = join(SAMPLES_DIR, 'nl-havenstaking.txt');

/** How many ports after the first `start` tries when one is in use. */
const PORT_TRIES = 10;

interface StartOptions {
  readonly db: string;
  readonly port: number;
  readonly print: boolean;
  readonly allowWrite: boolean;
}

function printSample(): void {
  const text = readFileSync(SAMPLE_ARTICLE, 'utf8');
  const analysis = analyze(text, { id: 'samples/nl-havenstaking.txt', title: 'Sample: Staking legt haven van Rotterdam stil', published: '2026-03-10' }, { lang: 'nl' });
  process.stdout.write(`${formatText(analysis, { colour: process.stdout.isTTY === true && !process.env.NO_COLOR })}\n`);
}

/** The main job: build the web app if needed, fill an empty corpus with the samples, serve, print the URL. */
async function start(options: StartOptions): Promise<void> {
  const log = (line: string) => process.stdout.write(`zegsman: ${line}\n`);
  if (await buildWebApp()) log('built the web app (web/dist)');
  const store = await openStore(options.db);
  if ((await store.stats()).documents === 0) {
    const put = await loadSamples(store, SAMPLES_DIR, pipelineVersion());
    log(`the corpus ${store.location} was empty: stored ${put.inserted} sample articles (written by us, not news)`);
  }
  const write = options.allowWrite ? chooseWriteToken() : null;
  const app = await buildServer({ store, allowWrite: options.allowWrite, ...(write ? { writeToken: write.token } : {}), logLevel: 'warn' });
  let url: string | null = null;
  for (let port = options.port; url === null; port++) {
    try {
      url = await listen(app, DEFAULT_HOST, port);
    } catch (error) {
      if (!(error instanceof Error && /is in use/.test(error.message)) || port >= options.port + PORT_TRIES - 1) {
        await app.close();
        await store.close();
        throw error;
      }
    }
  }
  closeOnSignals(app, () => store.close());
  log(`open ${url} (corpus: ${store.location}); Ctrl-C stops`);
  if (write) log(describeWriteToken(url, write.token, write.generated));
  log('the terminal view of one article: npx zegsman analyze samples/nl-havenstaking.txt (or npm start -- --print)');
  await new Promise<never>(() => {}); // runs until a signal closes it
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job: open the reader in the browser on a corpus (the samples when it is empty)')
    .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
    .option('--port <n>', 'first port to try', parsePort, DEFAULT_PORT)
    .option('--allow-write', 'let the analyze page store articles in the corpus', false)
    .option('--print', 'print the readable view of the bundled sample article instead', false)
    .action(async (options: StartOptions) => {
      if (options.print) printSample();
      else await start(options);
    });
}
