import type { Command } from 'commander';
import { buildServer } from '../../server/build-server.ts';
import { closeOnSignals, listen } from '../../server/listen.ts';
import { DEFAULT_DB, openStore } from '../../store/open-store.ts';
import { parsePort } from '../options.ts';
import { chooseWriteToken, describeWriteToken } from '../choose-write-token.ts';

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  readonly allowWrite: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

/** Opens the store, serves the API and the web app, and prints the URL. */
export async function serve(options: ServeOptions, out: NodeJS.WritableStream = process.stdout): Promise<string> {
  const write = options.allowWrite ? chooseWriteToken() : null;
  const store = await openStore(options.db);
  const app = await buildServer({ store, allowWrite: options.allowWrite, ...(write ? { writeToken: write.token } : {}), logLevel: 'info' });
  let url: string;
  try {
    url = await listen(app, options.host, options.port);
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  closeOnSignals(app, () => store.close());
  out.write(`zegsman: serving ${url} (corpus: ${store.location}); Ctrl-C stops\n`);
  if (write) out.write(`zegsman: ${describeWriteToken(url, write.token, write.generated)}\n`);
  return url;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the reader web app and the HTTP API (/api/openapi.json) over a corpus')
    .option('--db <db>', 'the corpus: file:PATH (SQLite) or postgres://…', DEFAULT_DB)
    .option('--port <n>', 'port to listen on', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to bind; 0.0.0.0 exposes the server to the network', DEFAULT_HOST)
    .option('--allow-write', 'accept POST /api/documents with the write token ($ZEGSMAN_WRITE_TOKEN, or a random one printed at start)', false)
    .action(async (options: ServeOptions) => {
      await serve(options);
      await new Promise<never>(() => {}); // runs until a signal closes it
    });
}
