// Finds the compiled build of src/ in dist/ (written by scripts/build.mjs, run by `npm install`
// through the `prepare` script) and tells whether it is up to date: every file under src/ (and
// the two tsconfig files) last changed before the build started. A stale or missing build is
// never used: the caller falls back to running src/ through tsx.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const STAMP = join(DIST, 'build-stamp.json');

/** The newest modification time (ms) of a file under `dir`, walked recursively. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Why dist/ cannot be used (a sentence), or null when it is present and newer than every source. */
export function staleReason() {
  if (process.env.ZEGSMAN_NO_DIST === '1') return 'ZEGSMAN_NO_DIST=1';
  let startedAt;
  try {
    startedAt = JSON.parse(readFileSync(STAMP, 'utf8')).startedAt;
  } catch {
    return 'dist/ has not been built (npm run build)';
  }
  if (typeof startedAt !== 'number') return `${STAMP} has no startedAt`;
  const newest = Math.max(newestUnder(join(ROOT, 'src')), statSync(join(ROOT, 'tsconfig.json')).mtimeMs, statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs);
  return newest > startedAt ? 'src/ changed after dist/ was built (npm run build)' : null;
}

/**
 * The URL of `module` (a path under src/ with a .ts extension, e.g. 'cli/main.ts'): its compiled
 * .js in dist/ when the build is up to date, else the TypeScript source, with tsx's loader
 * registered so it can be imported.
 */
export async function moduleUrl(module) {
  if (staleReason() === null) return pathToFileURL(join(DIST, module.replace(/\.ts$/, '.js'))).href;
  const { register } = await import('tsx/esm/api');
  register();
  return pathToFileURL(join(ROOT, 'src', module)).href;
}
