/**
 * What zegsman knows about personal names across languages: the Dutch transcription of
 * Cyrillic, the rewrites that give one key to every Latin spelling of a name, titles and
 * particles around a name, family-name-first names, given-name variants and seed lists of
 * well-known people, places and organisations. All of it is data in `src/lang/translit/*.json`, `src/lang/names/*.json`
 * `src/lang/people-seed.json` and `src/lang/places-seed.json` (each with a `_source`); this file checks and indexes it.
 * Unlike a `LangPack` it is one for all languages: a name key must not depend on the language
 * of the article. Every set is lower case.
 */

/**
 * One spelling rewrite: `from` (lower case) becomes `to` where the context conditions hold.
 * `start`/`end`: only at the start/end of a word; `before`: the next letter is one of these;
 * `after`: the previous input letter is one of these; `afterOutput`: the last letter written so
 * far is one of these.
 */
export interface SpellingRule {
  readonly from: string;
  readonly to: string;
  readonly start?: boolean;
  readonly end?: boolean;
  readonly before?: string;
  readonly after?: string;
  readonly afterOutput?: string;
}

/** One well-known person: names as the languages write them, the first English one canonical. */
export interface SeedPerson {
  readonly id: string;
  /** Language code → names in that language (the first of `en` is the canonical name). */
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** The surname alone does not tell which person (Kim, Johnson, Assad). */
  readonly ambiguousSurname: boolean;
}

/** One well-known place or organisation whose names differ between languages (Moskou, Moscow, Moskau). */
export interface SeedPlace {
  readonly id: string;
  readonly type: 'LOC' | 'ORG';
  /** Language code → names in that language (the first of `en` is the canonical name). */
  readonly names: Readonly<Record<string, readonly string[]>>;
}

export interface NameLexicon {
  /** Cyrillic → Dutch transcription rules, Russian (with the Kazakh letters) and Ukrainian. */
  readonly cyrillicRu: readonly SpellingRule[];
  readonly cyrillicUk: readonly SpellingRule[];
  /** Letters replaced before diacritics are stripped ("š" → "sh"). */
  readonly fold: ReadonlyMap<string, string>;
  /** Rewrites from a folded Latin spelling to the name key. */
  readonly keyRules: readonly SpellingRule[];
  /** Honorifics and titles stripped from the front of a name, without final full stop. */
  readonly titles: ReadonlySet<string>;
  /** Titles that tell the person's gender ("mrs" → f, "dhr" → m). */
  readonly titleGender: ReadonlyMap<string, 'm' | 'f'>;
  /** Generation marks stripped from the end ("jr", "iii"). */
  readonly suffixes: ReadonlySet<string>;
  /** Words before the core of a surname ("van", "von", "al", "bin"). */
  readonly particles: ReadonlySet<string>;
  /** Languages whose names take a genitive -s without apostrophe ("Poetins"). */
  readonly genitiveS: ReadonlySet<string>;
  /** Articles in front of the name of an organisation or place that do not count ("de", "the"). */
  readonly articles: ReadonlySet<string>;
  /** Particles joined to the core by a hyphen ("al-Assad"). */
  readonly particlePrefixes: ReadonlySet<string>;
  /** Family names written before the given name (Xi, Kim). */
  readonly surnameFirst: ReadonlySet<string>;
  /** Of those, the ones that are also Western given names (Kim, Lee). */
  readonly surnameFirstAmbiguous: ReadonlySet<string>;
  /** Groups of spellings of one given name that the key does not join. */
  readonly givenNameGroups: readonly (readonly string[])[];
  readonly people: readonly SeedPerson[];
  readonly places: readonly SeedPlace[];
}

/** The JSON files as parsed (checked by `buildNameLexicon`). */
export interface NameData {
  readonly cyrillicRu: unknown;
  readonly cyrillicUk: unknown;
  readonly nameKey: unknown;
  readonly titles: unknown;
  readonly particles: unknown;
  readonly genitives: unknown;
  readonly surnameFirst: unknown;
  readonly givenNameVariants: unknown;
  readonly people: unknown;
  readonly places: unknown;
}

export class NameDataError extends Error {
  readonly ruleId = 'name-data-invalid';
}

/** Checks the parsed files and indexes them; a file of the wrong shape is named in the error. */
export function buildNameLexicon(data: NameData): NameLexicon {
  const key = object(data.nameKey, 'translit/name-key.json');
  const titles = object(data.titles, 'names/titles.json');
  const particles = object(data.particles, 'names/particles.json');
  const first = object(data.surnameFirst, 'names/surname-first.json');
  const fold = object(key.fold, 'translit/name-key.json "fold"');
  return {
    cyrillicRu: rules(object(data.cyrillicRu, 'translit/ru-nl.json').rules, 'translit/ru-nl.json'),
    cyrillicUk: rules(object(data.cyrillicUk, 'translit/uk-nl.json').rules, 'translit/uk-nl.json'),
    fold: new Map(Object.entries(fold).map(([from, to]) => [from, string(to, `translit/name-key.json "fold" "${from}"`)])),
    keyRules: rules(key.rules, 'translit/name-key.json'),
    titles: lowerSet(titles.titles, 'names/titles.json "titles"'),
    titleGender: new Map([
      ...[...lowerSet(titles.feminine, 'names/titles.json "feminine"')].map((t) => [t, 'f'] as const),
      ...[...lowerSet(titles.masculine, 'names/titles.json "masculine"')].map((t) => [t, 'm'] as const),
    ]),
    suffixes: lowerSet(titles.suffixes, 'names/titles.json "suffixes"'),
    particles: lowerSet(particles.particles, 'names/particles.json "particles"'),
    genitiveS: lowerSet(object(data.genitives, 'names/genitives.json').bareS, 'names/genitives.json "bareS"'),
    articles: lowerSet(particles.articles, 'names/particles.json "articles"'),
    particlePrefixes: lowerSet(particles.prefixes, 'names/particles.json "prefixes"'),
    surnameFirst: lowerSet(first.surnames, 'names/surname-first.json "surnames"'),
    surnameFirstAmbiguous: lowerSet(first.ambiguous, 'names/surname-first.json "ambiguous"'),
    givenNameGroups: list(object(data.givenNameVariants, 'names/given-name-variants.json').groups, 'names/given-name-variants.json "groups"')
      .map((group, i) => strings(group, `names/given-name-variants.json group ${i + 1}`)),
    people: list(object(data.people, 'people-seed.json').people, 'people-seed.json "people"').map(seedPerson),
    places: list(object(data.places, 'places-seed.json').places, 'places-seed.json "places"').map(seedPlace),
  };
}

function seedPerson(raw: unknown, i: number): SeedPerson {
  const where = `people-seed.json person ${i + 1}`;
  const entry = object(raw, where);
  const id = string(entry.id, `${where} "id"`);
  const names = seedNames(entry, where, id, ['id', 'ambiguousSurname']);
  const ambiguous = entry.ambiguousSurname ?? false;
  if (typeof ambiguous !== 'boolean') throw new NameDataError(`${where} (${id}): "ambiguousSurname" must be true or false`);
  return { id, names, ambiguousSurname: ambiguous };
}

function seedPlace(raw: unknown, i: number): SeedPlace {
  const where = `places-seed.json place ${i + 1}`;
  const entry = object(raw, where);
  const id = string(entry.id, `${where} "id"`);
  if (entry.type !== 'LOC' && entry.type !== 'ORG') throw new NameDataError(`${where} (${id}): "type" must be "LOC" or "ORG"`);
  return { id, type: entry.type, names: seedNames(entry, where, id, ['id', 'type']) };
}

/** The language fields of a seed entry: a name or a list of names each; "en" is required. */
function seedNames(entry: Record<string, unknown>, where: string, id: string, skip: readonly string[]): Record<string, readonly string[]> {
  const names: Record<string, readonly string[]> = {};
  for (const [field, value] of Object.entries(entry)) {
    if (skip.includes(field) || field.startsWith('_')) continue;
    names[field] = typeof value === 'string' ? [value] : strings(value, `${where} (${id}) "${field}"`);
  }
  if (names.en === undefined || names.en.length === 0) throw new NameDataError(`${where} (${id}): needs an "en" name, the canonical one`);
  return names;
}

function rules(raw: unknown, where: string): SpellingRule[] {
  return list(raw, `${where} "rules"`).map((rule, i) => {
    const at = `${where} rule ${i + 1}`;
    if (Array.isArray(rule)) {
      if (rule.length !== 2) throw new NameDataError(`${at}: a rule written as a list is [from, to]`);
      return { from: nonEmpty(rule[0], at), to: string(rule[1], at) };
    }
    const r = object(rule, at);
    return {
      from: nonEmpty(r.from, `${at} "from"`),
      to: string(r.to, `${at} "to"`),
      ...(r.start === true ? { start: true } : {}),
      ...(r.end === true ? { end: true } : {}),
      ...(r.before !== undefined ? { before: nonEmpty(r.before, `${at} "before"`) } : {}),
      ...(r.after !== undefined ? { after: nonEmpty(r.after, `${at} "after"`) } : {}),
      ...(r.afterOutput !== undefined ? { afterOutput: nonEmpty(r.afterOutput, `${at} "afterOutput"`) } : {}),
    };
  });
}

function object(raw: unknown, where: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new NameDataError(`${where}: expected an object`);
  return raw as Record<string, unknown>;
}

function list(raw: unknown, where: string): unknown[] {
  if (!Array.isArray(raw)) throw new NameDataError(`${where}: expected a list`);
  return raw;
}

function string(raw: unknown, where: string): string {
  if (typeof raw !== 'string') throw new NameDataError(`${where}: expected a string`);
  return raw;
}

function nonEmpty(raw: unknown, where: string): string {
  const s = string(raw, where);
  if (s === '') throw new NameDataError(`${where}: expected a non-empty string`);
  return s;
}

function strings(raw: unknown, where: string): string[] {
  return list(raw, where).map((s, i) => nonEmpty(s, `${where} item ${i + 1}`));
}

function lowerSet(raw: unknown, where: string): Set<string> {
  return new Set(strings(raw, where).map((s) => s.toLowerCase()));
}
