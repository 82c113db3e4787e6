import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's sources (`web/`); its build goes to `web/dist`. */
export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** True when web/dist is missing or older than a source of the web app (or the types it imports). */
export function isWebAppStale(webDir = WEB_DIR): boolean {
  const built = join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = [join(webDir, 'src'), join(webDir, 'index.html'), join(webDir, 'vite.config.mjs')].filter((path) => existsSync(path));
  const builtAt = statSync(built).mtimeMs;
  return sources.some((path) => newestChange(path) > builtAt);
}

/** Builds the web app with Vite when it is stale; returns whether it built. */
export async function buildWebApp(options: { readonly force?: boolean; readonly webDir?: string } = {}): Promise<boolean> {
  const webDir = options.webDir ?? WEB_DIR;
  if (!options.force && !isWebAppStale(webDir)) return false;
  const { build } = await import('vite');
  await build({ configFile: join(webDir, 'vite.config.mjs'), logLevel: 'warn' });
  return true;
}
