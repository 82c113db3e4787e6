// `npm run build` (also run by `npm install` / `npm ci` through the `prepare` script): compiles
// src/ to dist/ with tsconfig.build.json, so bin/zegsman.js starts without compiling TypeScript
// on the fly. dist/build-stamp.json records when the build started; bin/find-build.js uses
// dist/ only while no source is newer than that. Without TypeScript installed (an install
// without dev dependencies) it says so and leaves dist/ out: the CLI then runs through tsx.
// `--if-stale` builds only when dist/ is missing or older than a source (as `npm run bench` does).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, STAMP, staleReason } from '../bin/find-build.js';

const startedAt = Date.now();

if (process.argv.includes('--if-stale') && staleReason() === null) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('build: typescript is not installed; skipping dist/ (the CLI runs src/ through tsx)\n');
  process.exit(0);
}
rmSync(DIST, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(DIST, { recursive: true, force: true });
  // A type error must not fail `npm install`: `npm test` reports it; the CLI runs through tsx meanwhile.
  process.stderr.write(`build: tsc -p tsconfig.build.json failed (exit ${result.status ?? result.signal}); dist/ removed, the CLI runs src/ through tsx\n`);
  process.exit(0);
}
writeFileSync(STAMP, `${JSON.stringify({ startedAt })}\n`);
