import type { Lang } from '../core/types.ts';

/**
 * The language a gold file's path names, or null: the file name first, then its folders from
 * the nearest up. A name names Dutch when its first or last word (words split at `_`, `-` and
 * spaces, up to the first `.`) is "nl" or it holds "dutch" ("nl_alpino-ud-dev.conllu.gz",
 * "UD_Dutch-LassySmall", "openboek-nl"), English likewise with "en" and "english"
 * ("en_gum-ud-dev.conllu.gz", "UD_English-GUM", "uner-en").
 */
export function langFromPath(path: string): Lang | null {
  const names = path.split(/[/\\]/).filter((name) => name !== '').reverse();
  for (const name of names) {
    const lower = name.toLowerCase();
    const words = lower.split('.')[0].split(/[_\-\s]+/).filter((word) => word !== '');
    const edges = new Set([words[0], words[words.length - 1]]);
    if (edges.has('nl') || lower.includes('dutch')) return 'nl';
    if (edges.has('en') || lower.includes('english')) return 'en';
  }
  return null;
}

/** The language of a gold file: `given` when there is one, else the one its path names (`langFromPath`). */
export function langOfGoldFile(path: string, given: Lang | undefined): Lang {
  const lang = given ?? langFromPath(path);
  if (lang === null) throw new Error(`${path}: cannot tell the language from the file name; pass --lang nl or --lang en`);
  return lang;
}
