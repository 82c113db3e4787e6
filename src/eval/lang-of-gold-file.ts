import { basename } from 'node:path';
import type { Lang } from '../core/types.ts';

/**
 * The language of a gold file: `given` when there is one, else from the file name (nl_…, en_…,
 * …dutch…, …english…) or from a piece of its path in `dutchPaths` (a corpus folder known to be Dutch).
 */
export function langOfGoldFile(path: string, given: Lang | undefined, dutchPaths: readonly string[] = []): Lang {
  if (given !== undefined) return given;
  const name = basename(path).toLowerCase();
  if (name.startsWith('nl_') || name.includes('dutch') || dutchPaths.some((piece) => path.includes(piece))) return 'nl';
  if (name.startsWith('en_') || name.includes('english')) return 'en';
  throw new Error(`${path}: cannot tell the language from the file name; pass --lang nl or --lang en`);
}
