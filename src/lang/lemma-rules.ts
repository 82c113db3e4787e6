import type { Upos } from '../core/types.ts';

/**
 * How a language turns an unknown word into its lemma, as data (`src/lang/<code>/lemma-rules.json`).
 * The lemma lexicon learned from the treebanks (`models/lexicon-<lang>.tsv.gz`) handles known
 * words; these rules handle the rest (see `model/lemmatize.ts` for the order they are tried in).
 *
 * A rule is `[pattern, replacement]`, matched against the end of the lower-cased word. In a
 * pattern, lower-case letters and other characters stand for themselves, `C` is any consonant,
 * `V` any vowel of the language and `D` any digit (each captured), and a digit 1–9 repeats what capture n
 * matched ("C1en": a doubled consonant before "en"). In a replacement, a digit inserts capture
 * n; a replacement ending in ">" sends the result on through the `stems` rules (a verb stem to
 * its infinitive). The first rule that matches wins, unless its lemma would be shorter than
 * `minLemma` characters.
 */
export interface LemmaRulesData {
  readonly _source: string;
  readonly consonants: string;
  readonly vowels: string;
  readonly minLemma: number;
  /** Whether lemmas of unknown words keep the capitals of the word (Dutch treebanks) or are lower-cased (English). */
  readonly keepCase?: boolean;
  /** Whether a name written in lower case gets a capital in its lemma ("mexico" → "Mexico", as UD English does). */
  readonly capitaliseNames?: boolean;
  /** Tags whose lemma is the word as written, apart from their own rules (names, punctuation). */
  readonly keepForm: readonly string[];
  /** Tags whose unknown words may be compounds ending in a known word. */
  readonly compounds?: {
    readonly tags: readonly string[];
    readonly minHead: number;
    readonly minModifier: number;
    /** Tags whose modifiers are lemmatised too, dropping a linking "s" ("staatshervorming" → "staathervorming"). */
    readonly lemmatiseModifiers: readonly string[];
    /** Linking letters dropped from a modifier when the rest is a known word. */
    readonly linking: readonly string[];
    /** Tags whose modifiers are limited to `particles` (verbs: "meegedaan" = mee + gedaan). */
    readonly particleTags: readonly string[];
  };
  /** Separable verb particles; also attached to a verb when they stand apart later in its clause. */
  readonly particles?: readonly string[];
  /** Past participles: an optional particle, this prefix, a stem and an ending ("aan·ge·kondig·d"). */
  readonly participle?: {
    readonly tags: readonly string[];
    readonly prefix: string;
    readonly endings: ReadonlyArray<readonly [string, string]>;
  };
  /** Verb stem → infinitive, for replacements that end in ">". */
  readonly stems?: ReadonlyArray<readonly [string, string]>;
  /** Per UPOS tag (or a tag whose rules another tag shares: `"AUX": "VERB"`). */
  readonly rules: Readonly<Record<string, ReadonlyArray<readonly [string, string]> | string | undefined>>;
}

export interface LemmaRule {
  readonly pattern: RegExp;
  readonly replacement: string;
  /** The rule as written, for messages. */
  readonly source: readonly [string, string];
}

export interface LemmaRules {
  readonly minLemma: number;
  readonly keepCase: boolean;
  readonly capitaliseNames: boolean;
  readonly keepForm: ReadonlySet<Upos>;
  readonly rules: ReadonlyMap<Upos, readonly LemmaRule[]>;
  readonly stems: readonly LemmaRule[];
  readonly compounds: {
    readonly tags: ReadonlySet<Upos>;
    readonly minHead: number;
    readonly minModifier: number;
    readonly lemmatiseModifiers: ReadonlySet<Upos>;
    readonly linking: readonly string[];
    readonly particleTags: ReadonlySet<Upos>;
  } | null;
  readonly particles: readonly string[];
  readonly participle: { readonly tags: ReadonlySet<Upos>; readonly prefix: string; readonly endings: readonly LemmaRule[] } | null;
}

const UPOS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

/** Checks the data and builds the regular expressions; errors name the file and the rule. */
export function buildLemmaRules(data: LemmaRulesData, name: string): LemmaRules {
  const tags = (list: readonly string[], where: string): Set<Upos> => {
    for (const t of list) if (!UPOS.has(t)) throw new Error(`${name}: ${where}: "${t}" is not a UPOS tag`);
    return new Set(list as readonly Upos[]);
  };
  const compile = (rule: readonly [string, string], where: string): LemmaRule => compileRule(rule, data, `${name}: ${where}`);
  const rules = new Map<Upos, LemmaRule[]>();
  for (const [tag, list] of Object.entries(data.rules)) {
    if (tag.startsWith('_')) continue;
    if (!UPOS.has(tag)) throw new Error(`${name}: rules: "${tag}" is not a UPOS tag`);
    if (typeof list === 'string') continue;
    rules.set(tag as Upos, (list ?? []).map((r, i) => compile(r, `rules.${tag}[${i}]`)));
  }
  for (const [tag, list] of Object.entries(data.rules)) {
    if (typeof list !== 'string' || tag.startsWith('_')) continue;
    const shared = rules.get(list as Upos);
    if (shared === undefined) throw new Error(`${name}: rules.${tag}: refers to "${list}", which has no rules`);
    rules.set(tag as Upos, shared);
  }
  const c = data.compounds;
  return {
    minLemma: data.minLemma,
    keepCase: data.keepCase ?? true,
    capitaliseNames: data.capitaliseNames ?? false,
    keepForm: tags(data.keepForm, 'keepForm'),
    rules,
    stems: (data.stems ?? []).map((r, i) => compile(r, `stems[${i}]`)),
    compounds: c === undefined ? null : {
      tags: tags(c.tags, 'compounds.tags'),
      minHead: c.minHead,
      minModifier: c.minModifier,
      lemmatiseModifiers: tags(c.lemmatiseModifiers, 'compounds.lemmatiseModifiers'),
      linking: c.linking,
      particleTags: tags(c.particleTags, 'compounds.particleTags'),
    },
    particles: [...(data.particles ?? [])].sort((a, b) => b.length - a.length),
    participle: data.participle === undefined ? null : {
      tags: tags(data.participle.tags, 'participle.tags'),
      prefix: data.participle.prefix,
      endings: data.participle.endings.map((r, i) => compile(r, `participle.endings[${i}]`)),
    },
  };
}

function compileRule(rule: readonly [string, string], data: LemmaRulesData, where: string): LemmaRule {
  if (!Array.isArray(rule) || rule.length !== 2 || typeof rule[0] !== 'string' || typeof rule[1] !== 'string') {
    throw new Error(`${where}: expected [pattern, replacement]`);
  }
  const [pattern, replacement] = rule;
  let source = '';
  let groups = 0;
  for (const ch of pattern) {
    if (ch === 'C') {
      source += `([${escapeClass(data.consonants)}])`;
      groups++;
    } else if (ch === 'V') {
      source += `([${escapeClass(data.vowels)}])`;
      groups++;
    } else if (ch === 'D') {
      source += '([0-9])';
      groups++;
    } else if (ch >= '1' && ch <= '9') {
      if (Number(ch) > groups) throw new Error(`${where}: "${pattern}" repeats capture ${ch} before it exists`);
      source += `\\${ch}`;
    } else {
      source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  for (const ch of replacement) {
    if (ch >= '1' && ch <= '9' && Number(ch) > groups) throw new Error(`${where}: "${replacement}" inserts capture ${ch}, which "${pattern}" does not have`);
  }
  return { pattern: new RegExp(`${source}$`, 'u'), replacement, source: rule };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}
