import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, InputError, decodeInput } from '../ingest/decode-input.ts';

export { DEFAULT_MAX_BYTES, InputError, decodeInput };

/** Reads a file, or standard input for "-", and decodes it with `decodeInput`. */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (path === '-') return decodeInput('<stdin>', readFileSync(0), maxBytes);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(path, 'is a directory, not a file (use `zegsman ingest` for folders)', 'input-directory');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(path, 'no such file', 'input-missing');
    if (code === 'EACCES') throw new InputError(path, 'permission denied', 'input-unreadable');
    throw new InputError(path, `cannot be read (${code ?? String(error)})`, 'input-unreadable');
  }
  if (size > maxBytes) {
    throw new InputError(path, `too large: ${size} bytes, the limit is ${maxBytes} (raise it with --max-bytes)`, 'input-too-large');
  }
  return decodeInput(path, readFileSync(path), maxBytes);
}
