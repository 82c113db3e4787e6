/**
 * First paint of the reader for a 2,000-word article, in Debian's Chromium (headless), on this
 * machine: `npx tsx scripts/bench-reader.ts [--runs N] [--words N]`. The article is synthetic
 * (scripts/synthesize-articles.ts) with every layer filled. For each run a new tab opens
 * `#/doc/1` and reports, from navigation start: the reader drawn (DOM built, the
 * `zegsman:reader-drawn` mark), the first frame after it (two animation frames later), and the
 * largest contentful paint. The first run has a cold cache; the median is over the others.
 */
import { analyze } from '../src/pipeline.ts';
import { cpus, loadavg } from 'node:os';
import { buildServer } from '../src/server/build-server.ts';
import { buildWebApp } from '../src/server/build-web-app.ts';
import { listen } from '../src/server/listen.ts';
import { openStore } from '../src/store/open-store.ts';
import { prepareDocument } from '../src/store/prepare-document.ts';
import { launchChromium, needChromium } from '../test/helpers/launch-chromium.ts';
import { synthesizeArticle } from './synthesize-articles.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const runs = option('--runs', 9);
const words = option('--words', 2000);
const missing = needChromium();
if (missing) {
  process.stdout.write(`bench-reader: skipped, ${missing}\n`);
  process.exit(0);
}
await buildWebApp();
const store = await openStore(':memory:');
// The text layers (paragraphs, sentences, tokens, quote marks) come from the real pipeline, so the
// stored analysis has its real size; the layers the reader draws are the dense synthetic ones.
const synthetic = synthesizeArticle(1, words);
const { paragraphs, sentences, tokens, quoteSpans } = analyze(synthetic.text, synthetic.meta, { lang: 'nl', until: 'tokens' });
const article = { ...synthetic, paragraphs, sentences, tokens, quoteSpans };
await store.putDocuments([prepareDocument(article, 'synthetic/1', 'bench')]);
const app = await buildServer({ store });
const base = await listen(app, '127.0.0.1', 0);
const { context, close } = await launchChromium('nl-NL');
const rows: Array<{ drawn: number; frame: number; lcp: number }> = [];
for (let run = 0; run < runs; run++) {
  const page = await context.newPage();
  await page.goto(`${base}#/doc/1`);
  await page.waitForSelector('.article-text .m-quote');
  // Page-side code as a string: scripts are compiled without the DOM library.
  rows.push(
    await page.evaluate<{ drawn: number; frame: number; lcp: number }>(`new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const frame = performance.now();
        const drawn = performance.getEntriesByName('zegsman:reader-drawn')[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ drawn, frame, lcp: entries[entries.length - 1]?.startTime ?? NaN });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }));
    })`),
  );
  await page.close();
}
await close();
await app.close();
await store.close();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const warm = rows.slice(1);
const ms = (n: number) => `${n.toFixed(0)} ms`;
process.stdout.write(
  [
    `reader first paint, ${article.text.split(/\s+/).length} words, ${article.quotes.length} statements, ${article.mentions.length} names, ${article.tokens.length} tokens, ${runs} runs (Chromium headless, this machine, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
    `  cold (first run):  drawn ${ms(rows[0].drawn)}, frame ${ms(rows[0].frame)}, LCP ${ms(rows[0].lcp)}`,
    `  warm (median):     drawn ${ms(median(warm.map((r) => r.drawn)))}, frame ${ms(median(warm.map((r) => r.frame)))}, LCP ${ms(median(warm.map((r) => r.lcp)))}`,
    `  warm (worst):      frame ${ms(Math.max(...warm.map((r) => r.frame)))}`,
    '',
  ].join('\n'),
);
