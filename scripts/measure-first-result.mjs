/**
 * Start-up to first result, seen from inside a fresh process (run by scripts/bench.ts with plain
 * `node`): loads the pipeline (lexicons, models) the way bin/zegsman.js does (the compiled build
 * in dist/ when it is up to date, else src/ through tsx), analyses one short Dutch article and
 * prints, as JSON, the milliseconds since the process started (performance.timeOrigin) at which
 * the result was ready, the CPU milliseconds (user + system) spent by then (steadier than the
 * wall time on a loaded machine), the process's peak RSS at that moment and which code ran.
 * With `--runs N` it runs itself N times and prints the medians instead.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { moduleUrl } from '../bin/find-build.js';

// `--runs N`: N fresh processes one after the other, then one JSON line with the medians, the
// smallest CPU time and the load average (the wall time is noisy on a shared machine).
const runsAt = process.argv.indexOf('--runs');
if (runsAt >= 0) {
  const runs = Number(process.argv[runsAt + 1]);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`measure-first-result: --runs needs a whole number ≥ 1, got ${process.argv[runsAt + 1] ?? 'nothing'}\n`);
    process.exit(2);
  }
  const results = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { encoding: 'utf8' });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(child.status ?? 1);
    }
    results.push(JSON.parse(child.stdout));
  }
  const median = (key) => {
    const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return Math.round(sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  };
  const summary = {
    runs,
    msMedian: median('ms'),
    cpuMsMedian: median('cpuMs'),
    cpuMsMin: Math.round(Math.min(...results.map((r) => r.cpuMs))),
    peakRssMbMedian: median('peakRssMb'),
    code: results[0].code,
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exit(0);
}

// The compiled build is a .js file, the source a .ts one: no second walk of src/ to tell which ran.
const url = await moduleUrl('pipeline.ts');
const compiled = url.endsWith('.js');
const { analyze } = await import(url);
const analysis = analyze('„We gaan door met het plan”, zei burgemeester Anna de Vries dinsdag. Volgens de provincie kost de brug 20 miljoen euro.', { published: '2024-03-12' }, { lang: 'nl' });
const atResult = performance.now();
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ ms: atResult, cpuMs: (cpu.user + cpu.system) / 1000, quotes: analysis.quotes.length, peakRssMb: process.resourceUsage().maxRSS / 1024, code: compiled ? 'dist' : 'tsx' })}\n`);
