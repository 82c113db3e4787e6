import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileSources } from '../src/ingest/ingest-files.ts';
import { buildServer } from '../src/server/build-server.ts';
import { ROOT } from './helpers/shared-data.ts';

const SECRET = 'secret-content-that-must-not-leak';

test('ingest walks only the files inside the given folder: links out of it are not followed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-paths-'));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'outside', 'other.txt'), SECRET);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'article.txt'), 'De minister zei dat het plan doorgaat.');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'in', 'link-to-file.txt'));
  symlinkSync(join(dir, 'outside'), join(dir, 'in', 'link-to-folder'));
  symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
  assert.deepStrictEqual(fileSources([join(dir, 'in')]).map((f) => relative(dir, f.path)), [join('in', 'article.txt')]);
});

test('the web app is served from its folder only: no path climbs out of it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-static-'));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>zegsman</title>');
  writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'console.log(1)');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'dist', 'assets', 'linked.txt'));
  const app = await buildServer({ webRoot: join(dir, 'dist') });
  const leaks: string[] = [];
  for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '//secret.txt', '/assets/linked.txt', `/${'../'.repeat(8)}etc/passwd`]) {
    const response = await app.inject({ url });
    if (response.body.includes(SECRET) || response.body.includes('root:')) leaks.push(`${url} → ${response.statusCode}`);
  }
  assert.deepStrictEqual(leaks, []);
  assert.equal((await app.inject({ url: '/assets/app.js' })).body, 'console.log(1)', 'while its own files are served');
  await app.close();
});

test('the reader never renders HTML: no web source sets markup from strings (HTML files are read as text through an inert DOMParser)', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|jsx?)$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, 'web', 'src'));
  assert.ok(files.length > 0);
  const offending = files.filter((path) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(path, 'utf8')));
  assert.deepStrictEqual(offending.map((path) => relative(ROOT, path)), []);
});
