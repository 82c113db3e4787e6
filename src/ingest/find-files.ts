import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from './decode-input.ts';

/**
 * The files under `paths`, folders walked recursively in name order, each handed to `visit`
 * (its absolute path, size and modification time) as it is found, so that the caller keeps
 * only what it needs of each. Names starting with a dot (`.git`, `.DS_Store`) are left out, and
 * so are links inside a folder. A path that does not exist is an `InputError`.
 */
export function walkFiles(paths: readonly string[], visit: (path: string, size: number, mtimeMs: number) => void): void {
  for (const path of paths) {
    const absolute = resolve(path);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(path, code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`, 'input-missing');
    }
    if (stat.isDirectory()) walk(absolute, visit);
    else visit(absolute, stat.size, stat.mtimeMs);
  }
}

function walk(dir: string, visit: (path: string, size: number, mtimeMs: number) => void): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) {
      const stat = statSync(path);
      visit(path, stat.size, stat.mtimeMs);
    }
  }
}
