import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Reads a gold file as UTF-8 text; `.gz` files are unpacked transparently. */
export function readGoldText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${path}: cannot read gold file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new Error(`${path}: not a valid gzip file`);
    }
  }
  return bytes.toString('utf8');
}

/** The files a gold path names: the file itself, or every file below a folder whose name passes `accept`, sorted. */
export function goldFiles(path: string, accept: (name: string) => boolean): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new Error(`${path}: no such gold file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...goldFiles(full, accept));
    else if (accept(entry.name)) files.push(full);
  }
  if (files.length === 0) throw new Error(`${path}: no gold files in this folder`);
  return files.sort();
}
