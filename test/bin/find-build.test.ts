import { deepStrictEqual } from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');

interface FindBuild {
  staleReason(): string | null;
  moduleUrl(module: string): Promise<string>;
}

/** A copy of bin/find-build.js in a project of its own: src/ with one file, the tsconfigs, and dist/ when `stampAt` is given. */
async function project(stampAt: number | null, sourceAt: number): Promise<{ dir: string; find: FindBuild }> {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-find-build-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
  copyFileSync(join(ROOT, 'bin', 'find-build.js'), join(dir, 'bin', 'find-build.js'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json', join('src', 'cli', 'main.ts')]) {
    writeFileSync(join(dir, file), '{}\n');
    utimesSync(join(dir, file), sourceAt / 1000, sourceAt / 1000);
  }
  if (stampAt !== null) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'build-stamp.json'), `${JSON.stringify({ startedAt: stampAt })}\n`);
  }
  // A query makes each copy its own module instance.
  return { dir, find: (await import(`${pathToFileURL(join(dir, 'bin', 'find-build.js')).href}?${dir}`)) as FindBuild };
}

test('bin/find-build.js uses dist/ only when it was built after every source changed', async () => {
  const now = Date.now();
  const cases: Array<[string, number | null, number, string | null]> = [
    ['built after the sources', now, now - 60_000, null],
    ['a source changed after the build started', now - 60_000, now, 'src/ changed after dist/ was built (npm run build)'],
    ['never built', null, now, 'dist/ has not been built (npm run build)'],
  ];
  const seen: Array<[string, string | null, string]> = [];
  for (const [name, stampAt, sourceAt] of cases) {
    const { dir, find } = await project(stampAt, sourceAt);
    try {
      const url = stampAt === null || stampAt < sourceAt ? null : await find.moduleUrl('cli/main.ts');
      seen.push([name, find.staleReason(), url === null ? '' : url.slice(pathToFileURL(dir).href.length)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  deepStrictEqual(seen, cases.map(([name, , , reason]) => [name, reason, reason === null ? '/dist/cli/main.js' : '']));
});

test('ZEGSMAN_NO_DIST=1 keeps the CLI on src/ through tsx even with a fresh build', async () => {
  const now = Date.now();
  const { dir, find } = await project(now, now - 60_000);
  const saved = process.env.ZEGSMAN_NO_DIST;
  process.env.ZEGSMAN_NO_DIST = '1';
  try {
    deepStrictEqual(find.staleReason(), 'ZEGSMAN_NO_DIST=1');
  } finally {
    if (saved === undefined) delete process.env.ZEGSMAN_NO_DIST;
    else process.env.ZEGSMAN_NO_DIST = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});
