/**
 * Server time of the corpus API on a large SQLite store:
 * `npx tsx scripts/bench-corpus-api.ts [--db PATH] [--docs N] [--runs N]`.
 * Fills the store (default /tmp/zegsman-bench-api.db, 100,000 synthetic articles of ~300 words,
 * scripts/synthesize-articles.ts) when it holds fewer documents, then times each corpus route
 * through fastify.inject (no network), one warm-up call and the median of `runs` calls: wall
 * clock and the process's CPU time (user + system), which a loaded machine inflates far less.
 */
import { buildServer } from '../src/server/build-server.ts';
import { openStore } from '../src/store/open-store.ts';
import { prepareDocument } from '../src/store/prepare-document.ts';
import { synthesizeArticle } from './synthesize-articles.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
}

const db = option('--db', '/tmp/zegsman-bench-api.db');
const docs = Number(option('--docs', '100000'));
const runs = Number(option('--runs', '5'));
const store = await openStore(db);
const have = (await store.stats()).documents;
if (have < docs) {
  const started = Date.now();
  const batch = 500;
  for (let first = have; first < docs; first += batch) {
    const prepared = [];
    for (let i = first; i < Math.min(docs, first + batch); i++) {
      const day = new Date(Date.UTC(2023, 0, 1) + (i % 1200) * 86_400_000).toISOString().slice(0, 10);
      prepared.push(prepareDocument(synthesizeArticle(i + 1, 300, day), `synthetic/${i + 1}`, 'bench'));
    }
    await store.putDocuments(prepared);
    if ((first / batch) % 20 === 0) process.stderr.write(`filled ${first + prepared.length}/${docs} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
}
const stats = await store.stats();
const app = await buildServer({ store, webRoot: null, cacheMs: 0 }); // the store's own time, not the answer cache
// What the reader's pages ask (web/src/pages), then narrower variants.
const [entity] = await store.corpusEntities({ limit: 1 });
const routes = [
  '/api/status',
  '/api/documents?limit=200',
  '/api/speakers?limit=200',
  '/api/quotes?speaker=Anna%20Smit&limit=1000',
  '/api/entities?name=Anna%20Smit&limit=1',
  ...(entity === undefined ? [] : [`/api/entities/${encodeURIComponent(entity.id)}?limit=1000`]),
  '/api/figures?limit=500',
  '/api/figures?conflicts=true&limit=500',
  '/api/search?q=handelen',
  '/api/documents?limit=50',
  '/api/documents?limit=50&offset=5000',
  `/api/documents/${Math.floor(stats.documents / 2)}`,
  '/api/quotes?speaker=Anna%20Smit&limit=200',
  '/api/quotes?speaker=Anna%20Smit&since=2026-01-01',
  '/api/quotes?q=handelen&limit=200',
  '/api/speakers?limit=100',
  '/api/speakers?limit=100&since=2026-01-01',
  '/api/figures?about=euro&limit=200',
  '/api/figures?about=euro&conflicts=true&limit=2000',
  '/api/search?q=paniekvoetbal',
  '/api/search?q=%22tijdelijke%20oplossing%22&limit=50',
];
process.stdout.write(`corpus API server time, ${stats.documents} documents, ${stats.quotes} quotes, ${stats.quantities} figures (${db}); median of ${runs} after one warm-up\n`);
for (const url of routes) {
  const times: number[] = [];
  const cpus: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let run = 0; run <= runs; run++) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    const response = await app.inject({ url });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const used = process.cpuUsage(cpu);
    if (run > 0) {
      times.push(ms);
      cpus.push((used.user + used.system) / 1000);
    }
    status = response.statusCode;
    bytes = response.body.length;
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  process.stdout.write(`  ${times[Math.floor(times.length / 2)].toFixed(1).padStart(8)} ms  cpu ${cpus[Math.floor(cpus.length / 2)].toFixed(1).padStart(7)} ms  ${String(status)}  ${String(bytes).padStart(8)} B  ${url}\n`);
}
await app.close();
await store.close();
