/**
 * `npx tsx scripts/bench-frog.ts [--threads N]`: zegsman's whole pipeline against Frog's POS
 * tagging and NER on the same Dutch news, in one go.
 *
 * The text: the articles of ../shared/gold/nl-dev and the documents rebuilt from UD
 * Dutch-Alpino dev (as `npm run bench`). Frog (Debian packages `frog` and `frogdata`) runs as
 * `frog --skip=tmpacl -n --threads=1` (POS and NER only) on our tokens, one sentence per line,
 * so both see the same tokens; its throughput is counted over its own "Frogging in total took"
 * time, without its start-up (in its favour), and over the wall time of the whole run. Ours is
 * the CPU time of `analyze` over every text, the median of five passes after a warm-up pass
 * (models loaded). Where Frog
 * or the texts are absent, the script says so and stops without failing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { readDutchNews } from './read-dutch-news.ts';

const SHARED = process.env.ZEGSMAN_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared');
const at = process.argv.indexOf('--threads');
const threads = at === -1 ? 1 : Number(process.argv[at + 1]);

const frog = spawnSync('frog', ['--help'], { encoding: 'utf8' });
if (frog.error !== undefined) {
  process.stdout.write('bench-frog: Frog is not installed (apt-get install frog frogdata); nothing to compare\n');
  process.exit(0);
}
const texts = readDutchNews(SHARED).texts;
if (texts.length === 0) {
  process.stdout.write(`bench-frog: no Dutch news under ${SHARED}; nothing to measure\n`);
  process.exit(0);
}

// Our tokens, one sentence per line: the input both sides share.
const lines: string[] = [];
let tokens = 0;
for (const text of texts) {
  const analysis = analyze(text, {}, { lang: 'nl', until: 'tokens' });
  for (const sentence of analysis.sentences) {
    const words = analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.text.replace(/\s+/g, '_'));
    if (words.length > 0) lines.push(words.join(' '));
    tokens += words.length;
  }
}
const dir = mkdtempSync(join(tmpdir(), 'zegsman-frog-'));
const input = join(dir, 'input.txt');
writeFileSync(input, `${lines.join('\n')}\n`);

process.stdout.write(`Dutch news: ${texts.length} texts, ${tokens.toLocaleString('en')} tokens in ${lines.length.toLocaleString('en')} sentences\n`);

// zegsman: warm up (models load), then CPU time of the whole pipeline over every text.
for (const text of texts) analyze(text, {}, { lang: 'nl' });
const passes: Array<{ cpu: number; wall: number }> = [];
for (let pass = 0; pass < 5; pass++) {
  const cpu = process.cpuUsage();
  const wallStart = performance.now();
  for (const text of texts) analyze(text, {}, { lang: 'nl' });
  const used = process.cpuUsage(cpu);
  passes.push({ cpu: (used.user + used.system) / 1000, wall: performance.now() - wallStart });
}
passes.sort((a, b) => a.cpu - b.cpu);
const { cpu: oursMs, wall: oursWall } = passes[2];
const ours = (tokens / oursMs) * 1000;
process.stdout.write(`zegsman, whole pipeline (median of 5 passes): ${oursMs.toFixed(0)} ms CPU (${oursWall.toFixed(0)} ms wall), ${Math.round(ours).toLocaleString('en')} tokens/s\n`);

// Frog: POS + NER only, on the same tokens.
const started = performance.now();
const run = spawnSync('frog', ['--skip=tmpacl', '-n', `--threads=${threads}`, '-t', input, '-o', join(dir, 'frog.tsv')], { encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
const frogWall = performance.now() - started;
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) {
  process.stdout.write(`bench-frog: Frog failed (${run.stderr.trim().split('\n').slice(-2).join(' ')})\n`);
  process.exit(0);
}
const took = /Frogging in total took:\s*(\d+) seconds?, (\d+) milliseconds?/.exec(run.stderr);
const frogMs = took ? Number(took[1]) * 1000 + Number(took[2]) : frogWall;
const frogRate = (tokens / frogMs) * 1000;
const frogRateWall = (tokens / frogWall) * 1000;
process.stdout.write(`Frog ${threads} thread(s), POS + NER (--skip=tmpacl): ${frogMs.toFixed(0)} ms of frogging (${frogWall.toFixed(0)} ms wall with start-up), ${Math.round(frogRate).toLocaleString('en')} tokens/s (${Math.round(frogRateWall).toLocaleString('en')} with start-up)\n`);
process.stdout.write(`zegsman / Frog: ${(ours / frogRate).toFixed(1)}× (${(ours / frogRateWall).toFixed(1)}× counting Frog's start-up)\n`);
