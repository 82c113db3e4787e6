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
  for (const path of paths) {
    const absolute = resolve(path);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(path, code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`, 'input-missing');
    }
    if (stat.isDirectory()) walk(absolute, found);
    else found.push({ path: absolute, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return found;
}

function walk(dir: string, found: FoundFile[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile()) {
      const stat = statSync(path);
      found.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
    }
  }
}
