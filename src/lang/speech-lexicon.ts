/**
 * What a language tells the quote and coreference stages: speech verbs with their written
 * forms, "volgens"-type markers, role nouns, person and group nouns, pronouns with gender and
 * number, the closed words a speaker phrase is built from, and first names by gender. Every
 * list is data in `src/lang/<code>/*.json` (each with a `_source`); this file indexes them.
 * Every set and map key is lower case.
 */

/** speech: says something; belief: states a view ("vindt", "meent"); frame: only right beside a direct quote ("lachte hij"). */
export type SpeechVerbKind = 'speech' | 'belief' | 'frame';

export interface SpeechVerb {
  readonly lemma: string;
  readonly kind: SpeechVerbKind;
  /** Forms that are the verb on their own ("zegt", "toegevoegd"). */
  readonly forms: readonly string[];
  /** Finite forms of a separable or phrasal verb that need `particle` later in the clause ("voegde … toe"). */
  readonly splitForms?: readonly string[];
  readonly particle?: string;
}

export interface Pronoun {
  readonly form: string;
  readonly person: 1 | 2 | 3;
  /** null when the form does not tell ("ze" is "she" or "they"). */
  readonly gender: 'm' | 'f' | null;
  readonly number: 'sg' | 'pl' | null;
  readonly subject: boolean;
}

export type Gender = 'm' | 'f';

export interface SpeechLexicon {
  /** Written form → the verbs it is a form of (stand-alone forms). */
  readonly verbForms: ReadonlyMap<string, readonly SpeechVerb[]>;
  /** Written form → the separable verbs it is the split finite form of (needs the particle). */
  readonly splitVerbForms: ReadonlyMap<string, readonly SpeechVerb[]>;
  /** "volgens", "according to": the source follows and the statement is the rest of the clause; as word lists. */
  readonly according: readonly (readonly string[])[];
  /** What may follow an according-marker without being a source ("volgens plan"), by its last word. */
  readonly notSources: ReadonlySet<string>;
  /** "aldus": the marker and its source close the statement; as word lists. */
  readonly closing: readonly (readonly string[])[];
  /** Words that open a reported clause after a speech verb ("dat", "that"). */
  readonly complementizers: ReadonlySet<string>;
  /** Whether the complementizer may be left out ("He said he would", English) — a clause may follow the verb directly. */
  readonly optionalComplementizer: boolean;
  readonly pronouns: ReadonlyMap<string, Pronoun>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly interrogatives: ReadonlySet<string>;
  /** Reflexive pronouns: a speech verb with one is another verb ("meldde zich"). */
  readonly reflexives: ReadonlySet<string>;
  /** Subjects that refer to nothing ("it was", "er is"): a clause may start with them. */
  readonly expletives: ReadonlySet<string>;
  /** Role nouns and titles; a multi-word role is indexed by its head ("secretary of state" → "secretary"). */
  readonly roles: ReadonlySet<string>;
  /** Whether a role or group noun also matches as the last part of a compound ("landbouwminister"). */
  readonly compounds: boolean;
  /** Person nouns that are not roles (demonyms, kinship, "verdachte"). */
  readonly personNouns: ReadonlySet<string>;
  /** Sources that are not one person ("kremlin", "media", "getuigen", "politie"), by their last word. */
  readonly groupNouns: ReadonlySet<string>;
  /** Nouns (roles, person nouns, "mevrouw") that tell the person's gender. */
  readonly nounGender: ReadonlyMap<string, Gender>;
  readonly determiners: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  /** Prepositions that join a role or group noun to its complement ("minister van defensie"). */
  readonly ofWords: ReadonlySet<string>;
  /** Finite auxiliaries and modals ("is", "heeft", "would"): a clause has begun. */
  readonly auxiliaries: ReadonlySet<string>;
  /** Coordinating conjunctions: a subject may follow one and still open its clause. */
  readonly conjunctions: ReadonlySet<string>;
  /** Whether the finite verb comes second in a main clause (Dutch): a phrase before the verb is its subject only when it opens the clause. */
  readonly verbSecond: boolean;
  /** Words that end a speaker phrase when there are no POS tags. */
  readonly stops: ReadonlySet<string>;
  /** Words before a quoted title or name that make it not speech ("boek", "getiteld"). */
  readonly titleNouns: ReadonlySet<string>;
  /** Phrases saying two descriptions are one person ("herkend als"), as word lists. */
  readonly identityCues: readonly (readonly string[])[];
  /** First name → gender, for names listed for one gender only. */
  readonly firstNames: ReadonlyMap<string, Gender>;
}

/** The JSON files a language folder provides, as they are parsed. */
export interface SpeechData {
  readonly verbs: { readonly verbs: readonly RawVerb[] };
  readonly markers: { readonly according: readonly string[]; readonly closing: readonly string[]; readonly complementizers: readonly string[]; readonly notSources: readonly string[] };
  readonly optionalComplementizer: boolean;
  readonly pronouns: { readonly personal: readonly RawPronoun[]; readonly relative: readonly string[]; readonly interrogative: readonly string[]; readonly expletives: readonly string[]; readonly reflexive: readonly string[] };
  readonly roles: { readonly roles: readonly string[]; readonly feminine: readonly string[]; readonly masculine: readonly string[] };
  readonly compounds: boolean;
  readonly sources: { readonly persons: readonly string[]; readonly groups: readonly string[] };
  readonly nounPhrases: { readonly determiners: readonly string[]; readonly nameParticles: readonly string[]; readonly ofWords: readonly string[]; readonly stops: readonly string[]; readonly conjunctions: readonly string[]; readonly auxiliaries: readonly string[] };
  readonly verbSecond: boolean;
  readonly context: { readonly titleNouns: readonly string[]; readonly identityCues: readonly string[] };
  readonly firstNames: readonly { readonly female: readonly string[]; readonly male: readonly string[] }[];
}

interface RawVerb {
  readonly lemma: string;
  readonly kind: string;
  readonly forms: readonly string[];
  readonly splitForms?: readonly string[];
  readonly particle?: string;
}

interface RawPronoun {
  readonly form: string;
  readonly person: number;
  readonly gender: string | null;
  readonly number: string | null;
  readonly subject: boolean;
}

const VERB_KINDS: readonly SpeechVerbKind[] = ['speech', 'belief', 'frame'];

/** Indexes the JSON lists of one language; throws naming the entry when a list is malformed. */
export function buildSpeechLexicon(data: SpeechData): SpeechLexicon {
  const verbForms = new Map<string, SpeechVerb[]>();
  const splitVerbForms = new Map<string, SpeechVerb[]>();
  for (const raw of data.verbs.verbs) {
    if (!(VERB_KINDS as readonly string[]).includes(raw.kind)) throw new Error(`speech lexicon: verb "${raw.lemma}" has unknown kind "${raw.kind}"`);
    if ((raw.splitForms === undefined) !== (raw.particle === undefined)) throw new Error(`speech lexicon: verb "${raw.lemma}" needs both splitForms and particle, or neither`);
    const verb: SpeechVerb = { ...raw, kind: raw.kind as SpeechVerbKind };
    for (const form of raw.forms) push(verbForms, form.toLowerCase(), verb);
    for (const form of raw.splitForms ?? []) push(splitVerbForms, form.toLowerCase(), verb);
  }

  const pronouns = new Map<string, Pronoun>();
  for (const raw of data.pronouns.personal) {
    if (raw.person !== 1 && raw.person !== 2 && raw.person !== 3) throw new Error(`speech lexicon: pronoun "${raw.form}" has person ${raw.person}`);
    if (raw.gender !== null && raw.gender !== 'm' && raw.gender !== 'f') throw new Error(`speech lexicon: pronoun "${raw.form}" has gender "${raw.gender}"`);
    if (raw.number !== null && raw.number !== 'sg' && raw.number !== 'pl') throw new Error(`speech lexicon: pronoun "${raw.form}" has number "${raw.number}"`);
    pronouns.set(raw.form.toLowerCase(), { form: raw.form, person: raw.person, gender: raw.gender, number: raw.number, subject: raw.subject });
  }

  const ofWords = lower(data.nounPhrases.ofWords);
  const nounGender = new Map<string, Gender>();
  for (const word of data.roles.feminine) nounGender.set(word.toLowerCase(), 'f');
  for (const word of data.roles.masculine) nounGender.set(word.toLowerCase(), 'm');

  const firstNames = new Map<string, Gender>();
  for (const list of data.firstNames) {
    for (const name of list.female) firstNames.set(name.toLowerCase(), 'f');
    for (const name of list.male) {
      const key = name.toLowerCase();
      if (firstNames.get(key) === 'f') firstNames.delete(key);
      else firstNames.set(key, 'm');
    }
  }

  return {
    verbForms,
    splitVerbForms,
    according: data.markers.according.map(words),
    notSources: new Set(data.markers.notSources.map((entry) => { const parts = words(entry); return parts[parts.length - 1]; })),
    closing: data.markers.closing.map(words),
    complementizers: lower(data.markers.complementizers),
    optionalComplementizer: data.optionalComplementizer,
    pronouns,
    relativePronouns: lower(data.pronouns.relative),
    interrogatives: lower(data.pronouns.interrogative),
    expletives: lower(data.pronouns.expletives),
    reflexives: lower(data.pronouns.reflexive),
    roles: new Set(data.roles.roles.map((role) => headOf(role, ofWords))),
    compounds: data.compounds,
    personNouns: lower(data.sources.persons),
    groupNouns: new Set(data.sources.groups.map((group) => headOf(group, ofWords))),
    nounGender,
    determiners: lower(data.nounPhrases.determiners),
    nameParticles: lower(data.nounPhrases.nameParticles),
    ofWords,
    stops: lower(data.nounPhrases.stops),
    conjunctions: lower(data.nounPhrases.conjunctions),
    auxiliaries: lower(data.nounPhrases.auxiliaries),
    verbSecond: data.verbSecond,
    titleNouns: lower(data.context.titleNouns),
    identityCues: data.context.identityCues.map(words),
    firstNames,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function lower(list: readonly string[]): Set<string> {
  return new Set(list.map((word) => word.toLowerCase()));
}

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter((word) => word !== '');
}

/** The head word of a multi-word entry: the last word before an of-word ("secretary of state" → "secretary"), else the last word. */
function headOf(entry: string, ofWords: ReadonlySet<string>): string {
  const parts = words(entry);
  const of = parts.findIndex((word, i) => i > 0 && ofWords.has(word));
  return of > 0 ? parts[of - 1] : parts[parts.length - 1];
}
