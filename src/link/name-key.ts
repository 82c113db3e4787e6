import { names } from '../lang/names/index.ts';
import { compileSpellingRules, rewriteSpelling } from './rewrite-spelling.ts';
import { hasCyrillic, transliterateCyrillic } from './transliterate-cyrillic.ts';
import { foldLatin } from './fold-latin.ts';

const keyRules = compileSpellingRules(names.keyRules);

/**
 * The key of one word of a name: the same for the Dutch, English, German and French spellings
 * of a Russian, Ukrainian or Kazakh name and for the name in Cyrillic (`src/lang/translit/`):
 * Sjojgoe, Shoigu, Schoigu, Choïgou and Шойгу are all "xoigu". Only a–z and 0–9 remain.
 */
export function wordKey(word: string): string {
  let key = recent.get(word);
  if (key !== undefined) return key;
  key = older.get(word) ?? computeWordKey(word);
  if (recent.size >= GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(word, key);
  return key;
}

/** `wordKey` without the cache (for benchmarks and tests of the rules). */
export function computeWordKey(word: string): string {
  const latin = hasCyrillic(word) ? transliterateCyrillic(word) : word;
  return rewriteSpelling(keyRules, foldLatin(latin), { collapse: true, keysOnly: true });
}

/**
 * Names repeat, so most words are keyed from a cache of two generations: when the recent one
 * is full it becomes the older one, and a word found there moves back. Small generations keep
 * a miss cheap (measured: 4096 beats 100,000 on unseen names, by the benchmark script).
 */
const GENERATION = 4096;
let recent = new Map<string, string>();
let older = new Map<string, string>();

const WORD = /[^\s\-‐‑‒–—]+/g;

/** The keys of the words of `text` (split at spaces and hyphens), joined by one space. */
export function nameKey(text: string): string {
  let out = '';
  for (const match of text.matchAll(WORD)) {
    const key = wordKey(match[0]);
    if (key === '') continue;
    out = out === '' ? key : `${out} ${key}`;
  }
  return out;
}
