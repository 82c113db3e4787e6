/**
 * `npm run bench:store [-- --articles N] [--query-docs N] [--pg-articles N] [--skip-ingest] [--skip-queries] [--skip-pg]`
 *
 * The corpus benchmarks of issue 7, on Dutch news text recombined from ../shared/gold/nl-dev
 * (skipped with a message where it is absent):
 *  1. SQLite ingest of N plain-text article files (default 3000) with the full pipeline in
 *     worker threads on all cores: articles/s and the process's RSS (all threads) sampled as it goes.
 *  2. Query latency on a large SQLite store (default 100,000 documents: analyses of recombined
 *     articles, each copied with a unique closing line so every copy is its own document):
 *     quotes by speaker and full-text search, median and 95th percentile of 20 runs.
 *  3. With $ZEGSMAN_TEST_PG (or --pg URL): the same articles queued on PostgreSQL and taken by one
 *     `zegsman worker`, then by two at once; throughput from the stored documents' timestamps
 *     (start-up excluded) and the speed-up of two over one.
 * Every figure is printed with the machine's load average, and the ingest's with its CPU time
 * (all threads) and what that gives with all cores to itself, the workers' with theirs and the
 * PostgreSQL server's (on a machine with few cores the server takes its share from the workers):
 * on a shared machine the wall-clock rate measures the other work as much as this one.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { AnalyzePool } from '../src/ingest/analyze-pool.ts';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { pipelineVersion } from '../src/ingest/pipeline-version.ts';
import { openStore } from '../src/store/open-store.ts';
import { hashText } from '../src/store/hash-text.ts';
import { stages } from '../src/pipeline.ts';
import { keepMemoryFlat } from '../src/cli/keep-memory-flat.ts';
import { seededRandom } from '../src/model/seeded-random.ts';
import type { PreparedDocument, Store } from '../src/store/store.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = process.env.ZEGSMAN_SHARED ?? resolve(ROOT, '..', 'shared');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const flag = (name: string): boolean => process.argv.includes(name);

const ARTICLES = Number(option('--articles') ?? 3000);
const QUERY_DOCS = Number(option('--query-docs') ?? 100_000);
const PG_ARTICLES = Number(option('--pg-articles') ?? 600);
const PG_URL = option('--pg') ?? process.env.ZEGSMAN_TEST_PG;
/** Keep the large query store in this file (filled once, reused by later runs). */
const QUERY_DB = option('--query-db');
const OUTLETS = ['Het Dagblad', 'De Krant', 'Avondnieuws', 'Regioblad', 'Het Weekblad'];

/** The nl-dev gold texts split into sentences (roughly: after . ! ? and a space), per article. */
function sourceArticles(): string[][] | null {
  const dir = join(SHARED, 'gold', 'nl-dev');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => String((JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }).text))
    .map((text) => text.split(/(?<=[.!?]['"”’]?)\s+(?=[A-Z"'„‘“,])/u).filter((s) => s.trim() !== ''));
}

/**
 * `count` distinct articles of 4 to 6 paragraphs (about 2–3 KB, a short news article), each
 * paragraph a run of two to five sentences from one gold article, with a date and an outlet.
 */
function recombine(sources: string[][], count: number, seed = 7): Array<{ text: string; published: string; outlet: string }> {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const out: Array<{ text: string; published: string; outlet: string }> = [];
  while (out.length < count) {
    const paragraphs: string[] = [];
    const wanted = 4 + Math.floor(random() * 3);
    for (let p = 0; p < wanted; p++) {
      const sentences = sources[Math.floor(random() * sources.length)];
      const length = Math.min(sentences.length, 2 + Math.floor(random() * 4));
      const from = Math.floor(random() * (sentences.length - length + 1));
      paragraphs.push(sentences.slice(from, from + length).join(' '));
    }
    const text = `${paragraphs.join('\n\n')}\n`;
    const hash = hashText(text);
    if (seen.has(hash)) continue;
    seen.add(hash);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 500) * 86_400_000).toISOString().slice(0, 10);
    out.push({ text, published: day, outlet: OUTLETS[Math.floor(random() * OUTLETS.length)] });
  }
  return out;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** User + system CPU seconds of a `process.cpuUsage()` reading (every thread of the process). */
const cpuSeconds = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1e6;

/** The machine's 1-minute load average: other work on the machine slows every wall-clock figure here. */
const loadAverage = (): string => loadavg()[0].toFixed(2);

async function benchIngest(sources: string[][], until?: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-bench-'));
  const articles = recombine(sources, ARTICLES);
  let bytes = 0;
  articles.forEach((article, i) => {
    const folder = join(dir, 'in', String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${i}.txt`), article.text);
    bytes += Buffer.byteLength(article.text);
  });
  const store = await openStore(`file:${join(dir, 'bench.db')}`);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(process.memoryUsage().rss), 100);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await ingestFiles([join(dir, 'in')], { store, lang: 'nl', threads: availableParallelism(), ...(until !== undefined ? { until } : {}) });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(process.cpuUsage(cpuBefore));
  clearInterval(timer);
  await store.close();
  const quarter = (q: number): string => mb(samples[Math.min(samples.length - 1, Math.floor((q * samples.length) / 4))] ?? 0);
  console.log(`SQLite ingest${until !== undefined ? ` with the pipeline cut after '${until}' (the corpus machinery alone)` : ', full pipeline'}: ${report.inserted} plain-text articles (${(bytes / articles.length / 1024).toFixed(1)} KB on average) in ${seconds.toFixed(1)} s on ${availableParallelism()} threads`);
  console.log(`  ${(report.inserted / seconds).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s of text; failed ${report.failed}; load average ${loadAverage()}`);
  console.log(`  CPU ${cpu.toFixed(1)} s (all threads): ${(report.inserted / cpu).toFixed(0)} articles per CPU second, so ${((availableParallelism() * report.inserted) / cpu).toFixed(0)} articles/s with all ${availableParallelism()} cores to itself; cores busy ${(cpu / seconds).toFixed(2)} of ${availableParallelism()}`);
  console.log(`  RSS (main + worker threads) at 25/50/75/100 % of the run: ${[1, 2, 3, 4].map(quarter).join(' / ')}; peak ${mb(Math.max(...samples))}`);
  rmSync(dir, { recursive: true, force: true });
}

/** Analyses `count` recombined articles once, for copying into a large store. */
async function analysedTemplates(sources: string[][], count: number): Promise<PreparedDocument[]> {
  const pool = new AnalyzePool(availableParallelism(), { lang: 'nl', pipelineVersion: pipelineVersion() });
  try {
    const results = await Promise.all(recombine(sources, count, 11).map((article, i) =>
      pool.analyze({ source: `template-${i}`, meta: { published: article.published, outlet: article.outlet }, text: article.text })));
    return results.flatMap((result) => (result.ok ? [result.document] : []));
  } finally {
    await pool.close();
  }
}

/** A copy of an analysed document with one more closing line: another text, the same annotations. */
function copyOf(template: PreparedDocument, n: number, random: () => number): PreparedDocument {
  const text = `${template.text}\n(${n})\n`;
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 2500) * 86_400_000).toISOString().slice(0, 10);
  const meta = { published: day, outlet: OUTLETS[Math.floor(random() * OUTLETS.length)], title: `Bericht ${n}` };
  return { ...template, hash: createHash('sha256').update(text).digest('hex'), text, meta, source: `copy-${n}` };
}

async function time(label: string, runs: number, work: () => Promise<number>): Promise<void> {
  const times: number[] = [];
  let rows = 0;
  await work(); // warm the cache
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = await work();
    times.push(performance.now() - started);
  }
  console.log(`  ${label.padEnd(44)} median ${percentile(times, 50).toFixed(1).padStart(6)} ms, p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms (${rows} rows)`);
}

async function benchQueries(sources: string[][]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-bench-q-'));
  const store: Store = await openStore(`file:${QUERY_DB ?? join(dir, 'large.db')}`);
  const random = seededRandom(3);
  const started = performance.now();
  const have = (await store.stats()).documents;
  const templates = have >= QUERY_DOCS ? [] : await analysedTemplates(sources, 400);
  for (let n = have; n < QUERY_DOCS; n += 1000) {
    const batch: PreparedDocument[] = [];
    for (let i = n; i < Math.min(QUERY_DOCS, n + 1000); i++) batch.push(copyOf(templates[i % templates.length], i, random));
    await store.putDocuments(batch);
  }
  const stats = await store.stats();
  console.log(`Queries on a SQLite store of ${stats.documents} documents (${stats.quotes} quotes, ${stats.quantities} figures; filled in ${((performance.now() - started) / 1000).toFixed(0)} s):`);
  const speakers = await store.speakerTotals({ limit: 1000 });
  const frequent = speakers[0]?.name ?? 'minister';
  const middle = speakers[Math.floor(speakers.length / 20)]?.name ?? 'minister';
  const rare = speakers[speakers.length - 1]?.name ?? 'minister';
  await time(`quotes --speaker "${frequent}" (most quoted)`, 20, async () => (await store.quotes({ speaker: frequent })).length);
  await time(`quotes --speaker "${middle}" (top 5 %)`, 20, async () => (await store.quotes({ speaker: middle })).length);
  await time(`quotes --speaker "${rare}" (rarely quoted)`, 20, async () => (await store.quotes({ speaker: rare })).length);
  await time(`quotes --speaker "${frequent}" --outlet --since`, 20, async () => (await store.quotes({ speaker: frequent, outlet: OUTLETS[1], since: '2024-01-01' })).length);
  await time('search "regering" (common word)', 20, async () => (await store.search({ text: 'regering' })).length);
  await time('search "wereldkampioene" (rare word)', 20, async () => (await store.search({ text: 'wereldkampioene' })).length);
  await time('search "minister president" (two words)', 20, async () => (await store.search({ text: 'minister president' })).length);
  await time('figures --about mensen', 20, async () => (await store.figures({ about: 'mensen' })).length);
  await time('speakers (whole corpus)', 5, async () => (await store.speakerTotals({})).length);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/** The fields of a /proc/<pid>/stat after the command name: utime is [11], stime [12], cutime [13], cstime [14]. */
const statFields = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** CPU seconds (user + system) of a running process, from /proc; null where there is no /proc. */
function processCpu(pid: number): number | null {
  try {
    const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second on Linux)
  } catch {
    return null;
  }
}

/**
 * CPU seconds of every PostgreSQL server process on this machine (the server's finished
 * backends are in the postmaster's children's time); null where there is no /proc. Other
 * work on the same server counts too.
 */
function postgresCpu(): number | null {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // gone since the listing
      }
      if (!stat.includes('(postgres)')) continue;
      const fields = statFields(stat);
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]); // utime, stime, cutime, cstime
    }
  } catch {
    return null;
  }
  return ticks / 100;
}

/**
 * Runs `zegsman` with its output discarded; resolves with the exit code and its CPU seconds
 * (sampled every 100 ms while it runs, so its last moments of shutting down are not counted).
 */
function zegsman(args: string[]): Promise<{ code: number; cpu: number | null }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    let cpu: number | null = null;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) cpu = processCpu(child.pid) ?? cpu;
    }, 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolvePromise({ code: code ?? 1, cpu });
    });
  });
}

async function benchWorkers(sources: string[][], url: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-bench-pg-'));
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, recombine(sources, PG_ARTICLES, 23).map((a) => JSON.stringify({ text: a.text, date: a.published, outlet: a.outlet })).join('\n'));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const schema = `zegsman_bench_${process.pid}_${workers}`;
    const target = new URL(url);
    target.searchParams.set('schema', schema);
    const db = target.toString();
    if ((await zegsman(['ingest', '--enqueue', '--lang', 'nl', '--db', db, file])).code !== 0) throw new Error('enqueue failed');
    const started = performance.now();
    const serverBefore = postgresCpu();
    const runs = await Promise.all(Array.from({ length: workers }, () => zegsman(['worker', '--db', db, '--until-empty', '--batch', '10'])));
    if (runs.some((run) => run.code !== 0)) throw new Error(`a worker failed (${runs.map((run) => run.code).join(', ')})`);
    const wall = (performance.now() - started) / 1000;
    const cpu = runs.every((run) => run.cpu !== null) ? runs.reduce((sum, run) => sum + (run.cpu ?? 0), 0) : null;
    const serverAfter = postgresCpu();
    const server = serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore;
    const { rows } = await client.query(`SELECT COUNT(*)::int AS n, EXTRACT(EPOCH FROM MAX(ingested_at) - MIN(ingested_at))::float AS s FROM "${schema}".documents`);
    const rate = rows[0].n / rows[0].s;
    rates.push(rate);
    const perArticle = (seconds: number): string => `${((1000 * seconds) / rows[0].n).toFixed(1)} ms per article`;
    const cpuNote = (cpu === null ? '' : `, workers' CPU ${cpu.toFixed(1)} s (${perArticle(cpu)}, start-up included)`)
      + (server === null ? '' : `, PostgreSQL server CPU ${server.toFixed(1)} s (${perArticle(server)})`);
    console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${rows[0].n} articles stored, ${rate.toFixed(1)} articles/s between the first and the last (${wall.toFixed(1)} s wall clock with start-up${cpuNote}); load average ${loadAverage()}`);
    await client.query(`DROP SCHEMA "${schema}" CASCADE; DROP SCHEMA "${schema}_queue" CASCADE`);
  }
  console.log(`  two workers / one worker: ${(rates[1] / rates[0]).toFixed(2)}×`);
  await client.end();
  rmSync(dir, { recursive: true, force: true });
}

keepMemoryFlat(); // as `zegsman ingest` does
const sources = sourceArticles();
if (sources === null) {
  console.log(`bench-store: skipped, ${join(SHARED, 'gold', 'nl-dev')} is not on this machine`);
} else {
  console.log(`bench-store: pipeline ${pipelineVersion()}, ${availableParallelism()} cores, Node ${process.version}`);
  if (!flag('--skip-ingest')) {
    await benchIngest(sources);
    await benchIngest(sources, stages[0]?.name);
  }
  if (!flag('--skip-queries')) await benchQueries(sources);
  if (!flag('--skip-pg')) {
    if (PG_URL === undefined) console.log('PostgreSQL workers: skipped (set ZEGSMAN_TEST_PG or pass --pg postgres://…)');
    else {
      console.log(`PostgreSQL workers on ${PG_ARTICLES} articles:`);
      await benchWorkers(sources, PG_URL);
    }
  }
}
