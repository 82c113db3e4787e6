/**
 * A user's search text as terms both backends can match safely: words (letters and digits
 * only, so nothing in them is query syntax), `"two words"` as a phrase, `word*` as a prefix.
 * Every term must match.
 */
export interface SearchTerm {
  /** One word, or the words of a phrase in order. */
  readonly words: readonly string[];
  /** The last word is a prefix (`regio*` matches "regionale"). */
  readonly prefix: boolean;
}

const TERM = /"([^"]*)"?|([^\s"]+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

export function parseSearchTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of text.matchAll(TERM)) {
    const phrase = match[1];
    const bare = match[2];
    if (phrase !== undefined) {
      const words = phrase.match(WORD) ?? [];
      if (words.length > 0) terms.push({ words, prefix: false });
    } else if (bare !== undefined) {
      const words = bare.match(WORD) ?? [];
      if (words.length === 0) continue;
      // "Jean-Claude" or "1.200" stay one phrase; a trailing * makes the last word a prefix.
      terms.push({ words, prefix: bare.endsWith('*') });
    }
  }
  return terms;
}

/** The terms as an FTS5 query: `"w1" "w2"* "a b"` (implicit AND). */
export function toFts5Query(terms: readonly SearchTerm[]): string {
  return terms.map((term) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`).join(' ');
}

/** The terms as a PostgreSQL `to_tsquery` string: `'w1' & 'w2':* & ('a' <-> 'b')`. */
export function toTsQuery(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) => {
      const words = term.words.map((word, i) => `'${word}'${term.prefix && i === term.words.length - 1 ? ':*' : ''}`);
      return words.length === 1 ? words[0] : `(${words.join(' <-> ')})`;
    })
    .join(' & ');
}
