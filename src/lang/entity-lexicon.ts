/**
 * What a language tells the entity tagger: gazetteers (names of countries, places, people,
 * organisations; demonyms) and trigger words (titles before a person's name, words that make
 * up organisation and place names). Every list is data in `src/lang/<code>/*.json` or
 * `src/lang/intl/*.json`, written by the project; this file only indexes them.
 */
export interface EntityLexicon {
  /** Lower-cased names (words joined by one space) → the gazetteer classes they are in. */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** Number of words of the longest name. */
  readonly longestName: number;
  /** First words (lower-cased) of the names of more than one word. */
  readonly nameStarts: ReadonlySet<string>;
  /** Every run of two or more first words of a name of two or more words ("van de", "van de tweede kamer"), the whole name included: where a longer name may still follow. */
  readonly namePrefixes: ReadonlySet<string>;
  /** Lower-cased trigger words → trigger classes ("person-title", "org-word", …). */
  readonly triggers: ReadonlyMap<string, readonly string[]>;
  /** Possessive endings split off a word before tagging, as the training corpus has them (English 's). */
  readonly splitForTagging: readonly string[];
  /** Genitive endings cut off the end of a mention when the bare name is known (Dutch "Poetins" → "Poetin"). */
  readonly trimEndings: readonly string[];
}

/** The JSON shape of `entity-genitives.json`. */
export interface GenitivesFile {
  readonly _source: string;
  readonly splitForTagging: readonly string[];
  readonly trimEndings: readonly string[];
}

/** Lists of names or words by class, as they stand in the JSON files (keys starting with "_" are comments). */
export type ClassLists = Readonly<Record<string, unknown>>;

/**
 * Builds the lexicon from lists by class. Names are split on spaces (the tagger's words); a
 * name in several lists is in several classes.
 */
export function buildEntityLexicon(nameLists: readonly ClassLists[], triggerLists: readonly ClassLists[], genitives: GenitivesFile): EntityLexicon {
  const names = index(nameLists);
  let longestName = 1;
  const nameStarts = new Set<string>();
  const namePrefixes = new Set<string>();
  for (const key of names.keys()) {
    const words = key.split(' ');
    longestName = Math.max(longestName, words.length);
    if (words.length < 2) continue;
    nameStarts.add(words[0]);
    for (let n = 2; n <= words.length; n++) namePrefixes.add(words.slice(0, n).join(' '));
  }
  return { names, longestName, nameStarts, namePrefixes, triggers: index(triggerLists), splitForTagging: genitives.splitForTagging, trimEndings: genitives.trimEndings };
}

function index(lists: readonly ClassLists[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of lists) {
    for (const [cls, entries] of Object.entries(group)) {
      if (cls.startsWith('_')) continue;
      if (!Array.isArray(entries) || entries.some((e) => typeof e !== 'string')) {
        throw new Error(`entity lexicon: "${cls}" must be a list of strings`);
      }
      for (const entry of entries as string[]) {
        const key = normaliseName(entry);
        if (key === '') continue;
        const classes = out.get(key);
        if (classes === undefined) out.set(key, [cls]);
        else if (!classes.includes(cls)) classes.push(cls);
      }
    }
  }
  return out;
}

/** The lookup key of a name: lower case, single spaces. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
