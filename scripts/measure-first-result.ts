/**
 * Start-up to first result, seen from inside a fresh process (run by scripts/bench.ts): loads
 * the pipeline (lexicons, models), analyses one short Dutch article and prints, as JSON, the
 * milliseconds since the process started (performance.timeOrigin) at which the result was ready,
 * with the process's peak RSS at that moment.
 */
const { analyze } = await import('../src/pipeline.ts');
const analysis = analyze('„We gaan door met het plan”, zei burgemeester Anna de Vries dinsdag. Volgens de provincie kost de brug 20 miljoen euro.', { published: '2024-03-12' }, { lang: 'nl' });
const atResult = performance.now();
process.stdout.write(`${JSON.stringify({ ms: atResult, quotes: analysis.quotes.length, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
