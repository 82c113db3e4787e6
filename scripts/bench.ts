/**
 * `npm run bench [-- --runs N] [--lang nl|en]`: speed of every pipeline stage on news text.
 *
 * Dutch: the articles of ../shared/gold/nl-dev and the documents rebuilt from UD Dutch-Alpino
 * dev; English: the Wikinews articles of ../shared/data/news-text/wikinews-en. Where a set is
 * absent it is skipped with a message. The whole pipeline runs once to warm up; then each stage
 * in `stages` (other engineers' stages appear here as they are added) runs over the whole set,
 * fed with the output of the stage before it, and the median of the runs is reported as tokens
 * per second for the stage alone and for the pipeline up to it. Times are CPU time of this
 * process (user + system), so that other work on the machine does not skew them. Tokens are those of the
 * 'tokens' stage. Peak RSS of the process closes the report, after the start-up to first result:
 * a fresh process (scripts/measure-first-result.mjs, plain node: the compiled dist/ when it is up
 * to date, else tsx) loads the pipeline and analyses one short article, five times; the median of
 * the wall time from spawning it to its result (Node, lexicons and models included), of the time
 * inside it, of its CPU time, and its peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyAnalysis } from '../src/core/analysis.ts';
import type { Analysis, Lang } from '../src/core/types.ts';
import { parseCsv } from '../src/eval/parse-csv.ts';
import { packs } from '../src/lang/index.ts';
import { analyze, stages } from '../src/pipeline.ts';
import { readDutchNews } from './read-dutch-news.ts';

const SHARED = process.env.ZEGSMAN_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const runs = Math.max(5, Number(option('--runs') ?? 7));
const onlyLang = option('--lang');

interface TextSet {
  readonly name: string;
  readonly lang: Lang;
  readonly texts: readonly string[];
}

/** English news: the text column of the Wikinews CSV files. */
function englishTexts(): { texts: string[]; missing: string[] } {
  const dir = join(SHARED, 'data', 'news-text', 'wikinews-en');
  if (!existsSync(dir)) return { texts: [], missing: [dir] };
  const texts: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    const rows = parseCsv(readFileSync(join(dir, name), 'utf8'));
    const column = rows[0]?.indexOf('text') ?? -1;
    if (column === -1) throw new Error(`${join(dir, name)}: no "text" column in the header`);
    for (const row of rows.slice(1)) if (row[column]?.trim()) texts.push(row[column]);
  }
  return { texts, missing: [] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function benchSet(set: TextSet): void {
  const context = { lang: set.lang, pack: packs[set.lang] };
  const chars = set.texts.reduce((sum, t) => sum + t.length, 0);
  // Warm up: the whole pipeline once over every text (as far as it runs without failing).
  let tokens = 0;
  for (const text of set.texts) {
    try {
      tokens += analyze(text, {}, { lang: set.lang }).tokens.length;
    } catch {
      tokens += analyze(text, {}, { lang: set.lang, until: 'tokens' }).tokens.length;
    }
  }
  if (tokens === 0) tokens = set.texts.reduce((sum, t) => sum + (t.match(/\S+/g)?.length ?? 0), 0);
  process.stdout.write(`\n${set.name}: ${set.texts.length} texts, ${chars.toLocaleString('en')} characters, ${tokens.toLocaleString('en')} tokens; median of ${runs} runs\n`);
  process.stdout.write(`${'stage'.padEnd(16)}${'cpu ms'.padStart(10)}${'tokens/s'.padStart(14)}${'cumulative'.padStart(16)}${'cumulative tok/s'.padStart(18)}\n`);
  let inputs: Analysis[] = set.texts.map((text) => emptyAnalysis({ text, lang: set.lang, meta: {} }));
  let cumulative = 0;
  for (const stage of stages) {
    const times: number[] = [];
    let outputs: Analysis[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const started = process.cpuUsage();
        outputs = inputs.map((analysis) => stage.run(analysis, context));
        const used = process.cpuUsage(started);
        times.push((used.user + used.system) / 1000);
      }
    } catch (error) {
      // A failing stage is reported, and the stages after it (which need its layer) are not measured.
      process.stdout.write(`${stage.name.padEnd(16)}failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return;
    }
    const ms = median(times);
    cumulative += ms;
    const rate = (n: number): string => Math.round((tokens / n) * 1000).toLocaleString('en');
    process.stdout.write(`${stage.name.padEnd(16)}${ms.toFixed(1).padStart(10)}${rate(ms).padStart(14)}${cumulative.toFixed(1).padStart(16)}${rate(cumulative).padStart(18)}\n`);
    inputs = outputs;
  }
}

const sets: TextSet[] = [];
for (const [lang, name, load] of [
  ['nl', 'Dutch news (nl-dev gold + UD Alpino dev)', () => readDutchNews(SHARED)],
  ['en', 'English news (Wikinews)', englishTexts],
] as const) {
  if (onlyLang !== undefined && onlyLang !== lang) continue;
  const { texts, missing } = load();
  for (const path of missing) process.stdout.write(`bench: skipping ${path} (not on this machine)\n`);
  if (texts.length > 0) sets.push({ name, lang, texts });
}
if (sets.length === 0) {
  process.stdout.write('bench: no news text found under ../shared; nothing to measure\n');
} else {
  for (const set of sets) benchSet(set);
}
measureStartUp();
process.stdout.write(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, holding every text and analysis of the runs)\n`);

/** Start-up to first result in fresh processes (see the comment at the top). */
function measureStartUp(): void {
  const walls: number[] = [];
  const insides: number[] = [];
  const cpus: number[] = [];
  const rss: number[] = [];
  let code = '';
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, [join(import.meta.dirname, 'measure-first-result.mjs')], { encoding: 'utf8' });
    const wall = performance.now() - started;
    if (child.status !== 0) {
      process.stdout.write(`\nstart-up to first result: failed (${child.stderr.trim().split('\n').pop()})\n`);
      return;
    }
    const result = JSON.parse(child.stdout) as { ms: number; cpuMs: number; peakRssMb: number; code: string };
    walls.push(wall);
    insides.push(result.ms);
    cpus.push(result.cpuMs);
    rss.push(result.peakRssMb);
    code = result.code;
  }
  process.stdout.write(`\nstart-up to first result (${code === 'dist' ? 'compiled dist/' : 'src/ through tsx: dist/ missing or stale, npm run build'}): ${median(walls).toFixed(0)} ms median of 5 fresh processes (${median(insides).toFixed(0)} ms of it inside the process, after Node started it; ${median(cpus).toFixed(0)} ms CPU); peak RSS of such a process ${median(rss).toFixed(0)} MB\n`);
}
