import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { stages } from '../src/pipeline.ts';
import { buildServer } from '../src/server/build-server.ts';
import { buildWebApp } from '../src/server/build-web-app.ts';
import { listen } from '../src/server/listen.ts';
import { openStore } from '../src/store/open-store.ts';
import { prepareDocument } from '../src/store/prepare-document.ts';
import type { Store } from '../src/store/store.ts';
import { launchChromium, needChromium } from './helpers/launch-chromium.ts';
import { FIXTURE_TEXT, fixtureAnalysis } from './helpers/reader-fixture.ts';
import { ROOT } from './helpers/shared-data.ts';

const ARTIFACTS = join(ROOT, 'artifacts');

/** What the page-side functions use (the tests are compiled without the DOM library). */
interface InPage {
  readonly document: { readonly activeElement: { readonly id: string } | null };
  readonly location: { readonly hash: string };
}
const HOSTILE = [
  'Lek in de dijk',
  '',
  'De dijkgraaf schreef <script>window.__pwned = 1</script> in een bericht aan de gemeente.',
  '',
  'Daarna volgde <img src="x" onerror="window.__pwned = 2"> en <b onclick="alert(1)">vet</b>, zei hij.',
].join('\n');

describe('the reader in Chromium', { skip: needChromium() }, () => {
  let app: FastifyInstance;
  let store: Store;
  let base: string;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  const errors: string[] = [];

  before(async () => {
    await buildWebApp();
    store = await openStore(':memory:');
    const second = fixtureAnalysis({ title: 'Debat over dijken', published: '2026-01-10', outlet: 'Proefblad' }, 'nl', `${FIXTURE_TEXT}\n\nHet debat gaat donderdag verder.`);
    await store.putDocuments([prepareDocument(fixtureAnalysis(), 'fixture/1', 'test'), prepareDocument(second, 'fixture/2', 'test')]);
    app = await buildServer({ store, allowWrite: true, writeToken: 'test-write-token-0123456789' });
    base = await listen(app, '127.0.0.1', 0);
    ({ context, close: closeBrowser } = await launchChromium('nl-NL'));
    context.on('weberror', (error) => errors.push(error.error().message));
  });

  after(async () => {
    await closeBrowser?.();
    await app?.close();
    await store?.close();
  });

  async function open(hash: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(`${base}${hash}`);
    return page;
  }

  test('a stored article: the quote is shaded, listed under its speaker, and j / a click select it', async () => {
    const page = await open('#/doc/1');
    await page.waitForSelector('.article-text .m-quote');
    assert.equal(await page.locator('.article-text').textContent(), FIXTURE_TEXT.replace(/\n+/g, ''), 'every character of the text, nothing added');
    assert.deepEqual(await page.locator('.article-text .m-quote.q-first').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('data-badge'), el.className])), [
      ['We moeten nu handelen', '1', 'm-quote q-direct s0 q-first'],
      ['kost het plan ruim 30 miljoen euro', '2', 'm-quote q-indirect s1 q-first'],
      ['Het plan zou mogelijk te duur zijn', '3', 'm-quote q-indirect s2 q-first'],
    ]);
    assert.equal(await page.locator('.article-text .m-fig').getAttribute('title'), 'cijfer 30.000.000 euro — geclaimd door het waterschap');
    assert.deepEqual(await page.locator('.panel .speaker').evaluateAll((els) => els.map((el) => [el.querySelector('.speaker-name')?.textContent, el.querySelector('.speaker-role')?.textContent ?? null, [...el.querySelectorAll('.statement')].map((s) => s.getAttribute('data-quote'))])), [
      ['Anna Smit', 'dijkgraaf', ['q1']],
      ['het waterschap', null, ['q2']],
      ['Karel Bos', 'gedeputeerde', ['q3']],
    ]);
    assert.equal(await page.locator('.panel h2').textContent(), 'Wie zei wat');
    const focused = (id: string) => page.waitForFunction((want) => (globalThis as unknown as InPage).document.activeElement?.id === want, id, { timeout: 5000 });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await focused('stmt-q2');
    assert.deepEqual(await page.locator('.article-text .current').evaluateAll((els) => els.map((el) => el.getAttribute('data-quote'))), ['q2']);
    await page.keyboard.press('ArrowDown');
    await focused('stmt-q3');
    await page.keyboard.press('k');
    await focused('stmt-q2');
    await page.locator('.statement[data-quote="q1"]').click();
    await focused('stmt-q1');
    assert.equal(await page.locator('.statement.current').getAttribute('data-quote'), 'q1');
    await page.close();
  });

  test('the screenshot of the reader is written to artifacts/ for review', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await open('#/doc/1');
    await page.waitForSelector('.article-text .m-quote');
    await page.locator('.statement[data-quote="q2"]').click();
    await page.screenshot({ path: join(ARTIFACTS, 'reader.png'), fullPage: true });
    await page.close();
  });

  test('a speaker\'s page lists every statement in date order; speakers, figures and search pages answer', async () => {
    const page = await open('#/doc/1');
    await page.locator('.panel .speaker-name', { hasText: 'Anna Smit' }).click();
    await page.waitForSelector('.quote-item');
    assert.equal(await page.locator('h1').textContent(), 'Alle uitspraken van Anna Smit');
    assert.deepEqual(await page.locator('.quote-item').evaluateAll((els) => els.map((el) => [el.querySelector('.date')?.textContent, el.querySelector('.quote-content')?.textContent])), [
      ['2026-01-10', 'We moeten nu handelen'],
      ['2026-02-03', 'We moeten nu handelen'],
    ]);
    assert.equal(await page.locator('.chart rect').count(), 2, 'January and February');
    await page.locator('.quote-content a').first().click();
    await page.waitForFunction(() => {
      const { document, location } = globalThis as unknown as InPage;
      return document.activeElement?.id === 'stmt-q1' && location.hash === '#/doc/2?quote=q1';
    }, null, { timeout: 5000 });
    await page.goto(`${base}#/speakers`);
    await page.waitForSelector('table.list tbody tr');
    assert.deepEqual(await page.locator('table.list tbody tr td:first-child').allTextContents(), ['Anna Smit', 'het waterschap', 'Karel Bos']);
    await page.goto(`${base}#/search?q=paniekvoetbal`);
    await page.waitForSelector('.hits li');
    assert.equal(await page.locator('.hits li').count(), 2);
    assert.equal(await page.locator('.hits mark').first().textContent(), 'paniekvoetbal');
    await page.close();
  });

  test('article text with <script> and <img onerror> is shown as text and never runs', async () => {
    // The link `serve --allow-write` prints: it sets the write-token cookie and opens the analyze page.
    const page = await open('api/write-session?token=test-write-token-0123456789');
    await page.waitForURL(/#\/analyze$/);
    await page.fill('textarea[name=text]', HOSTILE);
    await page.selectOption('select[name=lang]', 'nl');
    await page.click('button[type=submit]');
    await page.waitForSelector('.article-text p');
    assert.equal(await page.locator('.article-text').textContent(), HOSTILE.replace(/\n+/g, ''));
    assert.deepEqual(await page.evaluate(`[document.querySelectorAll('.article-text script, .article-text img, .article-text b').length, window.__pwned ?? null]`), [0, null]);
    const served = await context.request.get(base);
    assert.match(served.headers()['content-security-policy'] ?? '', /script-src 'self';/, 'and the page forbids inline scripts');
    await page.click('button:has-text("Bewaar in het corpus")');
    assert.deepEqual([await page.locator('.ok').textContent(), await page.locator('.ok a').getAttribute('href')], ['Bewaard als artikel 3.', '#/doc/3']);
    // The link opens the stored article in the reader, still as text.
    await page.click('.ok a');
    await page.waitForURL(/#\/doc\/3$/);
    await page.waitForSelector('.article-text p');
    assert.equal(await page.locator('.article-text').textContent(), HOSTILE.replace(/\n+/g, ''));
    await page.close();
  });

  test('an .html file is read as its text (scripts and navigation left out), with its title and date', async () => {
    const page = await open('#/analyze');
    const html = '<html><head><title>Dijken | Testkrant</title><meta property="og:title" content="Dijken onder druk"><meta property="article:published_time" content="2026-02-03T08:00:00Z"><script>window.__pwned = 3</script></head>'
      + '<body><nav><a href="/">Home</a></nav><article><h1>Dijken onder druk</h1><p>„We moeten nu handelen”, zei <b>Anna Smit</b>.</p><script>alert(1)</script><p>Het plan   kost\n 30 miljoen euro.</p></article><footer>© Testkrant</footer></body></html>';
    await page.setInputFiles('input[name=file]', { name: 'dijken.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document.querySelector('input[name=title]')?.value !== '');
    assert.deepEqual(
      [await page.inputValue('textarea[name=text]'), await page.inputValue('input[name=title]'), await page.inputValue('input[name=published]')],
      ['Dijken onder druk\n\n„We moeten nu handelen”, zei Anna Smit.\n\nHet plan kost 30 miljoen euro.', 'Dijken onder druk', '2026-02-03'],
    );
    await page.close();
  });

  test('a pasted article is analysed: the quote is highlighted and listed under its speaker', {
    skip: stages.some((stage) => stage.name === 'quotes') ? false : 'the quotes stage is not in the pipeline yet (issue 5)',
  }, async () => {
    const page = await open('#/analyze');
    await page.fill('textarea[name=text]', '„We moeten nu handelen”, zei dijkgraaf Anna Smit woensdag in Gouda.');
    await page.selectOption('select[name=lang]', 'nl');
    await page.click('button[type=submit]');
    await page.waitForSelector('.article-text .m-quote');
    assert.equal(await page.locator('.article-text .m-quote').first().textContent(), 'We moeten nu handelen');
    assert.match((await page.locator('.panel .speaker-name').first().textContent()) ?? '', /Anna Smit/);
    await page.close();
  });

  test('the interface follows ?ui=en, and no page logged an error', async () => {
    const page = await open('?ui=en#/doc/1');
    await page.waitForSelector('.panel h2');
    assert.equal(await page.locator('.panel h2').textContent(), 'Who said what');
    await page.close();
    assert.deepEqual(errors, []);
  });
});
