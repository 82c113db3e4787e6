import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the project (or $ZEGSMAN_SHARED), where the public corpora and gold live. */
export const SHARED = process.env.ZEGSMAN_SHARED ?? resolve(ROOT, '..', 'shared');

/** The path of a file in `../shared/data` (or elsewhere under `../shared`). */
export function shared(...parts: string[]): string {
  return join(SHARED, ...parts);
}

/**
 * For `test(name, { skip: needShared('data/ud') }, …)`: false when the path exists, else a
 * message saying what is missing, so the test is skipped with a reason (a user's machine).
 */
export function needShared(...parts: string[]): string | false {
  const path = shared(...parts);
  return existsSync(path) ? false : `needs ${path} (the shared corpora are not on this machine)`;
}
