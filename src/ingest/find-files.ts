import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from './decode-input.ts';

export interface FoundFile {
  /** Absolute path. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The files under `paths`, folders walked recursively in name order; names starting with a
 * dot (`.git`, `.DS_Store`) are left out. A path that does not exist is an `InputError`.
 */
export function findFiles(paths: readonly string[]): FoundFile[] {
  const found: FoundFile[] = [];
  walkFiles(paths, (path, size, mtimeMs) => found.push({ path, size, mtimeMs }));
  return found;
}

/** `findFiles` handing each file to `visit` as it is found, so that the caller keeps only what it needs of each. */
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
