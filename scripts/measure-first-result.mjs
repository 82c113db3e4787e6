/**
 * Start-up to first result, seen from inside a fresh process (run by scripts/bench.ts with plain
 * `node`): loads the pipeline (lexicons, models) the way bin/zegsman.js does (the compiled build
 * in dist/ when it is up to date, else src/ through tsx), analyses one short Dutch article and
 * prints, as JSON, the milliseconds since the process started (performance.timeOrigin) at which
 * the result was ready, the CPU milliseconds (user + system) spent by then (steadier than the
 * wall time on a loaded machine), the process's peak RSS at that moment and which code ran.
 */
import { moduleUrl, staleReason } from '../bin/find-build.js';

const compiled = staleReason() === null;
const { analyze } = await import(await moduleUrl('pipeline.ts'));
const analysis = analyze('„We gaan door met het plan”, zei burgemeester Anna de Vries dinsdag. Volgens de provincie kost de brug 20 miljoen euro.', { published: '2024-03-12' }, { lang: 'nl' });
const atResult = performance.now();
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ ms: atResult, cpuMs: (cpu.user + cpu.system) / 1000, quotes: analysis.quotes.length, peakRssMb: process.resourceUsage().maxRSS / 1024, code: compiled ? 'dist' : 'tsx' })}\n`);
