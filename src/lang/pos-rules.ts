import type { LemmaRules } from './lemma-rules.ts';

/**
 * What a language tells the POS tagger and lemmatizer (the trained parts are in `models/`):
 * lemma rules for unknown words, and the clitics that UD writes as words of their own while our
 * tokens keep them on their host ("don't" = do + n't, "it's" = it + 's).
 */
export interface PosRules {
  readonly lemmas: LemmaRules;
  /** Endings (lower case) split off a token before tagging; the token takes the tag and lemma of its host. */
  readonly clitics: readonly string[];
}

/** The clitics of a list, longest first, checked to be non-empty strings. */
export function buildClitics(data: { readonly _source: string; readonly clitics: readonly string[] }, name: string): readonly string[] {
  for (const c of data.clitics) if (typeof c !== 'string' || c.trim() === '') throw new Error(`${name}: clitics: expected non-empty strings`);
  return [...data.clitics].sort((a, b) => b.length - a.length);
}
