import { memoizeBounded } from '../core/memoize-bounded.ts';
import type { EntityLexicon } from '../lang/entity-lexicon.ts';
import { hashChars, hashEnd, hashMix, hashStart } from './hash-feature.ts';
import { clusterPath, type WordClusters } from './word-clusters.ts';

/**
 * Features of the entity tagger: for every word of a document, a run of 32-bit feature keys
 * (`hash-feature.ts`) that the perceptron scores. The same function runs at training and at run
 * time. Each key mixes a template number (below) with what it looks at; the strings a word
 * contributes (its lower-case form, shape, affixes, cluster path) are hashed once per word, so
 * a feature costs a few multiplications. Document-level features look across the sentences of
 * one article (how the same word is written elsewhere in it).
 */

export interface NerSentenceInput {
  readonly words: readonly string[];
  /** Universal POS tags from our tagger, one per word; null or absent where there are none. */
  readonly pos?: readonly string[] | null;
}

/**
 * What a first tagger found in the whole article, for a second one (two-stage tagging after
 * Krishnan & Manning 2006): the BIO tags of every sentence. From them come features that make
 * the article consistent: how the other occurrences of a word were tagged, how the same
 * entity string was typed elsewhere, and the type of longer entities the word is part of.
 */
export type FirstPassTags = readonly (readonly string[])[];

export interface NerResources {
  readonly lexicon: EntityLexicon | null;
  readonly clusters: WordClusters | null;
  /**
   * Clusters learned from another language's text, looked up for capitalised words only:
   * names are mostly written alike across languages, and the other corpus may know them
   * (English Wikipedia knows far more names than our Dutch text).
   */
  readonly nameClusters?: WordClusters | null;
  /** Feature groups beyond the base set (`NER_FEATURE_GROUPS`), switched on per language and recorded in the model's meta; absent: none. */
  readonly groups?: ReadonlySet<NerFeatureGroup>;
}

/**
 * Optional feature groups (a model trained without one never sees its keys):
 * - `doc-context`: for a capitalised word, the lower-case neighbours, trigger classes and
 *   gazetteer classes around every occurrence of it in the article (context aggregation,
 *   Ratinov & Roth 2009): "het bedrijf X" once tells every other X.
 * - `first-pass-neighbours`: the first pass's tags of the words before and after.
 * - `cluster-neighbours`: every cluster path prefix of the words before and after, not only the 10-bit one.
 */
export const NER_FEATURE_GROUPS = ['doc-context', 'first-pass-neighbours', 'cluster-neighbours'] as const;
export type NerFeatureGroup = (typeof NER_FEATURE_GROUPS)[number];

/** Whether `resources` switch on the feature group. */
function uses(resources: NerResources, group: NerFeatureGroup): boolean {
  return resources.groups?.has(group) === true;
}

/** The keys of one sentence: word i owns `keys[offsets[i]] … keys[offsets[i + 1] − 1]`. */
export interface SentenceKeys {
  readonly keys: Uint32Array;
  readonly offsets: Int32Array;
  /** The template of each key (training drops some templates at random). */
  readonly templates: Uint8Array;
}


/** Feature templates; the number is mixed into the key, the comment says what it looks at. */
const enum T {
  Bias = 1, // always on
  Word, // the word as written
  Lower, // lower case
  Shape, // "Xx-Xx"
  Cap, // capitalisation × sentence start
  Prefix, // first 1–4 letters (× length)
  Suffix, // last 1–4 letters (× length)
  Length,
  LowerM2, LowerM1, LowerP1, LowerP2, // neighbouring words
  ShapeM1, ShapeP1, ShapeM1Shape, ShapeShapeP1,
  LowerM1Lower, LowerLowerP1, // word bigrams
  DocLower, // a capitalised word that the article also writes in lower case
  DocCapMid, // a sentence-initial word the article also capitalises mid-sentence
  HyphenFirst, HyphenLast, // parts of a hyphenated word
  Cluster, // cluster path prefix (× length); length 0 for the whole path
  ClusterUnknown,
  ClusterM1, ClusterP1,
  Trigger, TriggerM1, TriggerM2, TriggerP1, // trigger-word classes
  Gazetteer, GazetteerM1, GazetteerP1, // gazetteer class × position in the name
  HyphenGazetteer, // gazetteer class of a part of a hyphenated word
  Pos, PosM1, PosP1, PosM1Pos, PosPosP1,
  CapRun, // position in a run of capitalised words
  Quoted, // inside quotation marks in the sentence
  CaseRatio, // how much more often the unlabelled text writes a capitalised word in lower case (log₂ bucket)
  NameCluster, // cluster path prefix of a capitalised word in the other language's clusters
  NameCaseRatio, // case ratio in the other language's text
  DocWordType, // first pass: entity types given to the other occurrences of this word in the article (each type seen; majority × share)
  DocEntityType, // first pass: majority type of the same entity string in the article
  DocLongerType, // first pass: type of longer entities in the article that contain this word
  FirstPassTag, // first pass: this word's own tag
  SuffixM1, // last five letters of the word before (the head of a Dutch compound: "…verlener Schlumberger")
  Apposition, // trigger classes of the lower-case words in an apposition after a name ("Arinso, de informaticaspecialist")
  AppositionSuffix, // their last five letters
  DocContextM1, DocContextP1, // doc-context: lower-case word before / after any occurrence of this capitalised word
  DocContextTrigger, // doc-context: trigger class × position (−2, −1, +1) around any occurrence
  DocContextGazetteer, // doc-context: gazetteer class × position (−1, +1) around any occurrence
  FirstPassTagM1, FirstPassTagP1, // first-pass-neighbours
  ClusterM1All, ClusterP1All, // cluster-neighbours
}

/** Templates that name the word itself; training hides them now and then so that the tagger also learns from everything else. */
export const WORD_IDENTITY_TEMPLATES: readonly number[] = [T.Word, T.Lower, T.LowerM1Lower, T.LowerLowerP1];

const CLUSTER_PREFIXES = [4, 6, 10, 14];
const NONE = hashText(0x9e3779b9, '<none>');

export interface WordInfo {
  readonly word: string;
  readonly lower: string;
  readonly cap: boolean;
  readonly hWord: number;
  readonly hLower: number;
  readonly hShape: number;
  readonly hPath: readonly number[];
  readonly hPath10: number;
  readonly hasPath: boolean;
  readonly triggers: readonly number[];
  readonly hyphen: readonly number[];
  readonly hyphenGazetteer: readonly number[];
  /** For a capitalised word: round(log₂((lower-case count + 1) / (count as written + 1))), clipped to ±5; else 99. */
  readonly caseRatio: number;
  /** Hashed path prefixes of a capitalised word in `nameClusters`. */
  readonly hNamePath: readonly number[];
  readonly nameCaseRatio: number;
  /** Hash of the last five letters (lower case). */
  readonly hSuffix5: number;
  /** Whether the word has letters that change case: its lower-case form differs from its upper-case one ("de", "CSTO"; not "," or "2021"). */
  readonly hasCase: boolean;
  /** Gazetteer keys of the word alone: class × S for a listed name, class × G for the genitive of one (`matchNames`). */
  readonly gazetteer: readonly number[];
  /** Whether a gazetteer name of two or more words starts with it. */
  readonly startsName: boolean;
}

/** The stand-in for the neighbours of a word beyond its sentence. */
export const NO_WORD: WordInfo = {
  word: '', lower: '', cap: false, hWord: NONE, hLower: NONE, hShape: NONE, hPath: [], hPath10: NONE, hasPath: false,
  triggers: [], hyphen: [], hyphenGazetteer: [], caseRatio: 99, hNamePath: [], nameCaseRatio: 99, hSuffix5: NONE,
  gazetteer: [], startsName: false, hasCase: false,
};

/** What is known of a word does not depend on its article, so it is kept per set of resources (up to a size). */
const wordCaches = new WeakMap<NerResources, Map<string, WordInfo>>();
const WORD_CACHE_SIZE = 20_000;

export function extractDocumentFeatures(sentences: readonly NerSentenceInput[], resources: NerResources): SentenceKeys[] {
  const { infos, counts } = describeDocument(sentences, resources);
  return sentences.map((s, i) => extractSentenceFeatures(s, infos[i], counts, resources));
}

/** The features a second-stage tagger adds to `extractDocumentFeatures`: what the first pass made of the article. */
export function extractFirstPassFeatures(sentences: readonly NerSentenceInput[], firstPass: FirstPassTags, resources: NerResources): SentenceKeys[] {
  const lowers = sentences.map((s) => s.words.map((w) => w.toLowerCase()));
  const types = documentTypes(sentences, lowers, firstPass);
  const wordKeys = new Map<string, readonly number[]>();
  const neighbours = uses(resources, 'first-pass-neighbours');
  return sentences.map((s, i) => firstPassKeys(lowers[i], firstPass[i], types, wordKeys, neighbours));
}

/** Whether the first UTF-16 unit of `word` is unchanged in lower case (`c === c.toLowerCase()`), without a string for ASCII. */
function startsUncapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128 || Number.isNaN(c)) return !(c >= 65 && c <= 90);
  const first = word.charAt(0);
  return first === first.toLowerCase();
}

/** Both runs of keys word by word, as one (for training). */
export function joinKeys(a: SentenceKeys, b: SentenceKeys): SentenceKeys {
  const out = new KeyBuffer();
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.count;
    for (let x = a.offsets[i]; x < a.offsets[i + 1]; x++) out.copy(a.keys[x], a.templates[x]);
    for (let x = b.offsets[i]; x < b.offsets[i + 1]; x++) out.copy(b.keys[x], b.templates[x]);
  }
  offsets[n] = out.count;
  return { keys: out.keys.subarray(0, out.count), offsets, templates: out.templates.subarray(0, out.count) };
}

interface DocumentTypes {
  /** Lower-cased word → how often the first pass put it in an entity of each type (and "O"). */
  readonly words: Map<string, Map<string, number>>;
  /** Lower-cased entity string → type counts. */
  readonly entities: Map<string, Map<string, number>>;
  /** Lower-cased word → type counts of the entities of two or more words that contain it. */
  readonly longer: Map<string, Map<string, number>>;
}

function documentTypes(sentences: readonly NerSentenceInput[], lowers: readonly (readonly string[])[], firstPass: FirstPassTags): DocumentTypes {
  const bump = (map: Map<string, Map<string, number>>, key: string, type: string): void => {
    let counts = map.get(key);
    if (counts === undefined) map.set(key, (counts = new Map()));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  };
  const types: DocumentTypes = { words: new Map(), entities: new Map(), longer: new Map() };
  sentences.forEach((sentence, s) => {
    const tags = firstPass[s];
    const lower = lowers[s];
    for (let i = 0; i < sentence.words.length; i++) {
      if (startsUncapitalised(sentence.words[i])) continue;
      bump(types.words, lower[i], tags[i] === 'O' ? 'O' : tags[i].slice(2));
    }
    for (const span of spansOf(tags)) {
      const words = lower.slice(span.start, span.end);
      bump(types.entities, words.join(' '), span.type);
      if (words.length > 1) for (const w of words) bump(types.longer, w, span.type);
    }
  });
  return types;
}

function spansOf(tags: readonly string[]): Array<{ type: string; start: number; end: number }> {
  const spans: Array<{ type: string; start: number; end: number }> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O') continue;
    const type = tags[i].slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === `I-${type}`) end++;
    spans.push({ type, start: i, end });
    i = end - 1;
  }
  return spans;
}

/**
 * The first-pass features of each word of a sentence (`lowers`: its words in lower case).
 * `wordKeys` keeps, per lower-cased word of the document, the keys that depend on the word alone.
 */
function firstPassKeys(lowers: readonly string[], tags: readonly string[], types: DocumentTypes, wordKeys: Map<string, readonly number[]>, neighbours: boolean): SentenceKeys {
  const out = new KeyBuffer(4 * lowers.length + 16);
  const n = lowers.length;
  const offsets = new Int32Array(n + 1);
  const entityOf = new Array<string | null>(n).fill(null);
  for (const span of spansOf(tags)) {
    const key = lowers.slice(span.start, span.end).join(' ');
    for (let i = span.start; i < span.end; i++) entityOf[i] = key;
  }
  for (let i = 0; i < n; i++) {
    offsets[i] = out.count;
    out.push(T.FirstPassTag, firstPassTagHash(tags[i]));
    if (neighbours) {
      out.push(T.FirstPassTagM1, firstPassTagHash(i > 0 ? tags[i - 1] : '<s>'));
      out.push(T.FirstPassTagP1, firstPassTagHash(i + 1 < n ? tags[i + 1] : '</s>'));
    }
    const lower = lowers[i];
    let own = wordKeys.get(lower);
    if (own === undefined) wordKeys.set(lower, (own = ownFirstPassKeys(lower, types)));
    for (let x = 0; x < own.length; x += 2) out.push(own[x], own[x + 1]);
    const entity = entityOf[i];
    if (entity !== null) {
      const best = majority(types.entities.get(entity)!);
      out.push(T.DocEntityType, entityShareHash(best.type, best.share));
    }
  }
  offsets[n] = out.count;
  return { keys: out.keys.subarray(0, out.count), offsets, templates: out.templates.subarray(0, out.count) };
}

/**
 * `hashText(seed, label)` kept per label, for the few labels (POS tags, first-pass tags and
 * types) that every document hashes again: one memo per seed.
 */
function memoHash(seed: number): (label: string) => number {
  return memoizeBounded(1000, (label: string) => hashText(seed, label));
}

const posHash = memoHash(6);
const firstPassTagHash = memoHash(8);
const wordTypeHash = memoHash(9);
const longerTypeHash = memoHash(11);

/** `hashText(seed, "<type>:<share>")` kept per type and share: one memo per seed. */
function memoShareHash(seed: number): (type: string, share: number) => number {
  const memo = new Map<string, number[]>();
  return (type, share) => {
    let byShare = memo.get(type);
    if (byShare === undefined) {
      byShare = [];
      if (memo.size < 1000) memo.set(type, byShare);
    }
    let h = byShare[share];
    if (h === undefined) byShare[share] = h = hashText(seed, `${type}:${share}`);
    return h;
  };
}

const wordShareHash = memoShareHash(9);
const entityShareHash = memoShareHash(10);

/** The first-pass features of a word that depend on the word alone (how the article's first pass typed it), as template, value pairs in the order `firstPassKeys` pushes them. */
function ownFirstPassKeys(lower: string, types: DocumentTypes): number[] {
  const own: number[] = [];
  const seen = types.words.get(lower);
  if (seen !== undefined) {
    const best = majority(seen);
    own.push(T.DocWordType, wordShareHash(best.type, best.share));
    for (const type of seen.keys()) own.push(T.DocWordType, wordTypeHash(type));
  }
  const longer = types.longer.get(lower);
  if (longer !== undefined) own.push(T.DocLongerType, longerTypeHash(majority(longer).type));
  return own;
}

/** The most frequent type and its share of the counts, in quarters (1–4). */
function majority(counts: ReadonlyMap<string, number>): { type: string; share: number } {
  let type = 'O';
  let best = -1;
  let total = 0;
  for (const [t, c] of counts) {
    total += c;
    if (c > best || (c === best && t < type)) {
      best = c;
      type = t;
    }
  }
  return { type, share: Math.ceil((4 * best) / total) };
}

function hashText(seed: number, text: string): number {
  return hashChars(seed, text, 0, text.length);
}

function describeWord(word: string, resources: NerResources): WordInfo {
  const lower = word.toLowerCase();
  const first = word.charAt(0);
  const path = resources.clusters === null ? undefined : clusterPath(resources.clusters, word);
  const hPath: number[] = [];
  if (path !== undefined) {
    for (const k of CLUSTER_PREFIXES) if (path.length > k) hPath.push(hashMix(hashText(0, path.slice(0, k)), k));
    hPath.push(hashText(0, path));
  }
  const triggers = resources.lexicon === null ? [] : triggerClasses(resources.lexicon, lower);
  const hyphen: number[] = [];
  const hyphenGazetteer: number[] = [];
  const at = lower.indexOf('-');
  if (at > 0 && at < lower.length - 1) {
    const parts = lower.split('-');
    const firstPart = parts[0];
    const lastPart = parts[parts.length - 1];
    hyphen.push(hashText(0, firstPart), hashText(0, lastPart));
    const names = resources.lexicon?.names;
    if (names) {
      for (const part of [firstPart, lastPart]) for (const cls of names.get(part) ?? []) hyphenGazetteer.push(hashText(0, cls));
    }
  }
  const cap = first !== first.toLowerCase();
  const names = cap ? resources.nameClusters ?? null : null;
  const namePath = names === null ? undefined : names.paths.get(word);
  const hNamePath: number[] = [];
  if (namePath !== undefined) {
    for (const k of CLUSTER_PREFIXES) if (namePath.length > k) hNamePath.push(hashMix(hashText(0, namePath.slice(0, k)), k));
    hNamePath.push(hashText(0, namePath));
  }
  return {
    word,
    lower,
    cap,
    caseRatio: cap && resources.clusters !== null ? caseRatio(resources.clusters, word, lower) : 99,
    hNamePath,
    hSuffix5: hashText(12, lower.slice(-5)),
    nameCaseRatio: names !== null ? caseRatio(names, word, lower) : 99,
    hWord: hashText(1, word),
    hLower: hashText(2, lower),
    hShape: hashText(3, wordShape(word)),
    hPath,
    hPath10: path === undefined ? NONE : hashText(4, path.slice(0, 10)),
    hasPath: path !== undefined,
    triggers: triggers.map((t) => hashText(5, t)),
    hyphen,
    hyphenGazetteer,
    hasCase: lower !== word.toUpperCase(),
    gazetteer: resources.lexicon === null ? [] : ownNameKeys(resources.lexicon, lower),
    startsName: resources.lexicon !== null && resources.lexicon.nameStarts.has(lower),
  };
}

/**
 * Trigger classes of a word: its own, or those of its last part when it is a compound whose
 * head is a trigger word ("oliedienstverlener", "luchtvaartpolitie", "Kredietbank"), marked
 * with a "+" so that the tagger can weigh the two apart.
 */
function triggerClasses(lexicon: EntityLexicon, lower: string): readonly string[] {
  const own = lexicon.triggers.get(lower);
  if (own !== undefined) return own;
  for (let start = 3; start <= lower.length - 4; start++) {
    const head = lexicon.triggers.get(lower.slice(start));
    if (head !== undefined) return head.map((c) => `+${c}`);
  }
  return [];
}

/** round(log₂((lower-case count + 1) / (count as written + 1))), clipped to ±5. */
function caseRatio(clusters: WordClusters, word: string, lower: string): number {
  const ratio = Math.round(Math.log2(((clusters.counts.get(lower) ?? 0) + 1) / ((clusters.counts.get(word) ?? 0) + 1)));
  return Math.max(-5, Math.min(5, ratio));
}

export interface DocCounts {
  /** Lower-cased words the article writes with a capital not at the start of a sentence. */
  readonly capMid: Set<string>;
  /** Lower-cased words the article writes in lower case. */
  readonly lowered: Set<string>;
  /** `doc-context`: per lower-cased capitalised word, the template, value pairs of what stands around its occurrences; null when the group is off. */
  readonly context: Map<string, number[]> | null;
}

function documentCounts(infos: readonly (readonly WordInfo[])[], resources: NerResources): DocCounts {
  const capMid = new Set<string>();
  const lowered = new Set<string>();
  for (const sentence of infos) {
    for (let i = 0; i < sentence.length; i++) {
      const info = sentence[i];
      if (info.cap) {
        if (i > 0) capMid.add(info.lower);
      } else if (info.hasCase) {
        lowered.add(info.lower);
      }
    }
  }
  return { capMid, lowered, context: uses(resources, 'doc-context') ? documentContext(infos, lowered) : null };
}

/** Most distinct context keys kept per word of an article (`doc-context`). */
const DOC_CONTEXT_KEYS = 48;

/**
 * `doc-context`: for every capitalised word that the article never writes in lower case, what
 * stands around each of its occurrences (lower-case neighbours, trigger and gazetteer classes
 * by position), each distinct key once, as template, value pairs.
 */
function documentContext(infos: readonly (readonly WordInfo[])[], lowered: ReadonlySet<string>): Map<string, number[]> {
  const context = new Map<string, number[]>();
  const seen = new Map<string, Set<number>>();
  let keys: number[] = [];
  let had = new Set<number>();
  const add = (template: number, value: number): void => {
    const key = hashMix(template, value);
    if (had.has(key) || had.size >= DOC_CONTEXT_KEYS) return;
    had.add(key);
    keys.push(template, value);
  };
  for (const sentence of infos) {
    for (let i = 0; i < sentence.length; i++) {
      const w = sentence[i];
      if (!w.cap || lowered.has(w.lower)) continue;
      const known = context.get(w.lower);
      if (known === undefined) {
        context.set(w.lower, (keys = []));
        seen.set(w.lower, (had = new Set()));
      } else {
        keys = known;
        had = seen.get(w.lower)!;
      }
      const before = i > 0 ? sentence[i - 1] : NO_WORD;
      const after = i + 1 < sentence.length ? sentence[i + 1] : NO_WORD;
      if (!before.cap) add(T.DocContextM1, before.hLower);
      if (!after.cap) add(T.DocContextP1, after.hLower);
      for (const t of before.triggers) add(T.DocContextTrigger, hashMix(t, 1));
      if (i > 1) for (const t of sentence[i - 2].triggers) add(T.DocContextTrigger, hashMix(t, 2));
      for (const t of after.triggers) add(T.DocContextTrigger, hashMix(t, 3));
      for (const g of before.gazetteer) add(T.DocContextGazetteer, hashMix(g, 1));
      for (const g of after.gazetteer) add(T.DocContextGazetteer, hashMix(g, 3));
    }
  }
  return context;
}

/** "Kassim-Zjomart" → "Xx-Xx", "20.000" → "d.d", "CSTO" → "X". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** A growable buffer of keys. */
class KeyBuffer {
  keys: Uint32Array;
  templates: Uint8Array;
  count = 0;

  constructor(capacity = 1024) {
    this.keys = new Uint32Array(capacity);
    this.templates = new Uint8Array(capacity);
  }

  push(template: number, value: number): void {
    if (this.count === this.keys.length) {
      const bigger = new Uint32Array(this.keys.length * 2);
      bigger.set(this.keys);
      this.keys = bigger;
      const templates = new Uint8Array(this.keys.length);
      templates.set(this.templates);
      this.templates = templates;
    }
    this.templates[this.count] = template;
    this.keys[this.count++] = hashEnd(hashMix(hashStart(template), value));
  }

  /** Appends an already finished key. */
  copy(key: number, template: number): void {
    this.push(template, 0);
    this.keys[this.count - 1] = key;
  }

  push2(template: number, a: number, b: number): void {
    this.push(template, hashMix(a, b));
  }
}

const QUOTES = new Set(['"', '“', '”', '„', '‘', '’', "'", ',,', "''", '«', '»', '``']);

function extractSentenceFeatures(sentence: NerSentenceInput, infos: readonly WordInfo[], doc: DocCounts, resources: NerResources): SentenceKeys {
  const n = infos.length;
  const context = contextKeys(sentence, infos, doc, resources);
  const out = new KeyBuffer();
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.count;
    pushWordKeys(out, infos[i], i === 0, resources);
    for (const offset of NEIGHBOURS) pushNeighbourKeys(out, neighbour(infos, i + offset), offset, resources);
    for (let x = context.offsets[i]; x < context.offsets[i + 1]; x++) out.copy(context.keys[x], context.templates[x]);
  }
  offsets[n] = out.count;
  return { keys: out.keys.subarray(0, out.count), offsets, templates: out.templates.subarray(0, out.count) };
}

/** Where a neighbour stands: two before, one before, one after, two after the word. */
export const NEIGHBOURS: readonly number[] = [-2, -1, 1, 2];

/** The word at `j`, or the stand-in for a word beyond the sentence. */
function neighbour(infos: readonly WordInfo[], j: number): WordInfo {
  return j >= 0 && j < infos.length ? infos[j] : NO_WORD;
}

/** What is known of each word of a document, and how the document writes its words. */
export interface DocumentWords {
  readonly infos: readonly (readonly WordInfo[])[];
  readonly counts: DocCounts;
}

/** Looks at the words of a document once (the first step of `extractDocumentFeatures`). */
export function describeDocument(sentences: readonly NerSentenceInput[], resources: NerResources): DocumentWords {
  let cache = wordCaches.get(resources);
  if (cache === undefined) wordCaches.set(resources, (cache = new Map()));
  const words = cache;
  const infos = sentences.map((s) =>
    s.words.map((w) => {
      let info = words.get(w);
      if (info === undefined) {
        if (words.size >= WORD_CACHE_SIZE) words.clear();
        words.set(w, (info = describeWord(w, resources)));
      }
      return info;
    }),
  );
  return { infos, counts: documentCounts(infos, resources) };
}

/** Scratch for `wordKeys` and `neighbourKeys`. */
const scratch = new KeyBuffer(256);

/** The keys that look at nothing but the word itself (`initial`: as the first word of its sentence); valid until the next call. */
export function wordKeys(info: WordInfo, initial: boolean, resources: NerResources): Uint32Array {
  scratch.count = 0;
  pushWordKeys(scratch, info, initial, resources);
  return scratch.keys.subarray(0, scratch.count);
}

/** The keys that look at nothing but the word standing at `offset` (an entry of `NEIGHBOURS`) from the word tagged; valid until the next call. */
export function neighbourKeys(info: WordInfo, offset: number, resources: NerResources): Uint32Array {
  scratch.count = 0;
  pushNeighbourKeys(scratch, info, offset, resources);
  return scratch.keys.subarray(0, scratch.count);
}

function pushWordKeys(out: KeyBuffer, w: WordInfo, initial: boolean, resources: NerResources): void {
  const lower = w.lower;
  const len = lower.length;
  out.push(T.Bias, 0);
  out.push(T.Word, w.hWord);
  out.push(T.Lower, w.hLower);
  out.push(T.Shape, w.hShape);
  out.push(T.Cap, capClass(w, initial ? 0 : 1));
  for (let k = 1; k <= 4 && k <= len; k++) {
    out.push2(T.Prefix, hashChars(0, lower, 0, k), k);
    out.push2(T.Suffix, hashChars(0, lower, len - k, len), k);
  }
  out.push(T.Length, len > 8 ? 9 : len);
  if (w.cap) {
    if (w.caseRatio !== 99) out.push(T.CaseRatio, w.caseRatio + (initial ? 100 : 0));
    for (const h of w.hNamePath) out.push(T.NameCluster, h);
    if (w.nameCaseRatio !== 99) out.push(T.NameCaseRatio, w.nameCaseRatio + (initial ? 100 : 0));
  }
  if (w.hyphen.length > 0) {
    out.push(T.HyphenFirst, w.hyphen[0]);
    out.push(T.HyphenLast, w.hyphen[1]);
    for (const g of w.hyphenGazetteer) out.push(T.HyphenGazetteer, g);
  }
  if (resources.clusters !== null) {
    if (w.hasPath) for (const h of w.hPath) out.push(T.Cluster, h);
    else out.push(T.ClusterUnknown, 1);
  }
  for (const t of w.triggers) out.push(T.Trigger, t);
}

function pushNeighbourKeys(out: KeyBuffer, w: WordInfo, offset: number, resources: NerResources): void {
  switch (offset) {
    case -2:
      out.push(T.LowerM2, w.hLower);
      for (const t of w.triggers) out.push(T.TriggerM2, t);
      break;
    case -1:
      out.push(T.LowerM1, w.hLower);
      out.push(T.ShapeM1, w.hShape);
      if (resources.clusters !== null) out.push(T.ClusterM1, w.hPath10);
      if (resources.clusters !== null && uses(resources, 'cluster-neighbours')) for (const h of w.hPath) out.push(T.ClusterM1All, h);
      for (const t of w.triggers) out.push(T.TriggerM1, t);
      if (w.lower.length > 6 && !w.cap) out.push(T.SuffixM1, w.hSuffix5);
      break;
    case 1:
      out.push(T.LowerP1, w.hLower);
      out.push(T.ShapeP1, w.hShape);
      if (resources.clusters !== null) out.push(T.ClusterP1, w.hPath10);
      if (resources.clusters !== null && uses(resources, 'cluster-neighbours')) for (const h of w.hPath) out.push(T.ClusterP1All, h);
      for (const t of w.triggers) out.push(T.TriggerP1, t);
      break;
    case 2:
      out.push(T.LowerP2, w.hLower);
      break;
    default:
      throw new Error(`ner features: no neighbour at offset ${offset}`);
  }
}

/** Scratch of `contextKeys`. */
const contextScratch = new KeyBuffer(4096);

/**
 * The other keys of each word: word pairs, the document, runs of capitals, appositions,
 * gazetteers, POS tags, quotation. The keys are valid until the next call (copy them to keep them).
 */
export function contextKeys(sentence: NerSentenceInput, infos: readonly WordInfo[], doc: DocCounts, resources: NerResources): SentenceKeys {
  const n = infos.length;
  const pos = sentence.pos ?? null;
  const gazetteer = resources.lexicon === null ? null : matchNames(infos, resources.lexicon);
  const posHashes = pos === null ? null : pos.map(posHash);
  const out = contextScratch;
  out.count = 0;
  const offsets = new Int32Array(n + 1);
  let quoted = false;
  for (let i = 0; i < n; i++) {
    offsets[i] = out.count;
    const w = infos[i];
    const p1 = i > 0 ? infos[i - 1] : NO_WORD;
    const n1 = i + 1 < n ? infos[i + 1] : NO_WORD;
    const lower = w.lower;
    out.push2(T.ShapeM1Shape, p1.hShape, w.hShape);
    out.push2(T.ShapeShapeP1, w.hShape, n1.hShape);
    out.push2(T.LowerM1Lower, p1.hLower, w.hLower);
    out.push2(T.LowerLowerP1, w.hLower, n1.hLower);
    if (doc.context !== null && w.cap) {
      const around = doc.context.get(lower);
      if (around !== undefined) for (let x = 0; x < around.length; x += 2) out.push(around[x], around[x + 1]);
    }
    if (w.cap) {
      if (doc.lowered.has(lower)) out.push(T.DocLower, 1);
      if (i === 0 && doc.capMid.has(lower)) out.push(T.DocCapMid, 1);
      out.push(T.CapRun, (p1.cap ? 1 : 0) + (n1.cap ? 2 : 0));
    }
    if (w.cap && i + 2 < n && (infos[i + 1].word === ',' || infos[i + 1].word === '(')) {
      for (let j = i + 2; j < n && j <= i + 5; j++) {
        const a = infos[j];
        if (a.cap || a.word === ',' || a.word === ')' || a.word === '.') break;
        for (const t of a.triggers) out.push(T.Apposition, t);
        if (a.lower.length > 6) out.push(T.AppositionSuffix, a.hSuffix5);
      }
    }
    if (gazetteer !== null) {
      for (const g of gazetteer[i]) out.push(T.Gazetteer, g);
      if (i > 0) for (const g of gazetteer[i - 1]) out.push(T.GazetteerM1, g);
      if (i + 1 < n) for (const g of gazetteer[i + 1]) out.push(T.GazetteerP1, g);
    }
    if (posHashes !== null) {
      const t = posHashes[i];
      const tp = i > 0 ? posHashes[i - 1] : NONE;
      const tn = i + 1 < n ? posHashes[i + 1] : NONE;
      out.push(T.Pos, t);
      out.push(T.PosM1, tp);
      out.push(T.PosP1, tn);
      out.push2(T.PosM1Pos, tp, t);
      out.push2(T.PosPosP1, t, tn);
    }
    if (QUOTES.has(w.word)) quoted = !quoted;
    else if (quoted) out.push(T.Quoted, 1);
  }
  offsets[n] = out.count;
  return { keys: out.keys.subarray(0, out.count), offsets, templates: out.templates.subarray(0, out.count) };
}

function capClass(w: WordInfo, i: number): number {
  const start = i === 0 ? 0 : 1;
  if (!w.cap) return (/\p{L}/u.test(w.word) ? 2 : 4) + start;
  if (w.word.length > 1 && w.word === w.word.toUpperCase()) return 6 + start;
  return 8 + start;
}

const gazetteerKeys = new Map<string, number>();

function gazetteerKey(cls: string, position: string): number {
  const name = `${cls}:${position}`;
  let key = gazetteerKeys.get(name);
  if (key === undefined) gazetteerKeys.set(name, (key = hashText(7, name)));
  return key;
}

/**
 * Gazetteer matches covering each word, as class × position (B, I, E of a longer name, S of a
 * one-word name, G of the genitive of a one-word name). Longer names are only looked up from
 * words that start one. A word's own matches are its `gazetteer` (shared, not copied, unless
 * a longer name adds to them).
 */
function matchNames(infos: readonly WordInfo[], lexicon: EntityLexicon): (readonly number[])[] {
  const n = infos.length;
  const out: (readonly number[])[] = infos.map((info) => info.gazetteer);
  const prefixes = lexicon.namePrefixes;
  for (let i = 0; i < n; i++) {
    if (!infos[i].startsName) continue;
    let key = infos[i].lower;
    for (let len = 2; len <= lexicon.longestName && i + len <= n; len++) {
      key += ` ${infos[i + len - 1].lower}`;
      // No longer name starts with these words: stop looking.
      if (!prefixes.has(key)) break;
      const found = lexicon.names.get(key);
      if (found === undefined) continue;
      for (const cls of found) {
        for (let k = 0; k < len; k++) {
          const own = out[i + k] === infos[i + k].gazetteer ? [...out[i + k]] : (out[i + k] as number[]);
          own.push(gazetteerKey(cls, k === 0 ? 'B' : k === len - 1 ? 'E' : 'I'));
          out[i + k] = own;
        }
      }
    }
  }
  return out;
}

/** The gazetteer keys of one word on its own: class × S for a listed name, else class × G for the genitive of one ("Poetins", "Rutte's"). */
function ownNameKeys(lexicon: EntityLexicon, lower: string): number[] {
  const keys: number[] = [];
  const classes = lexicon.names.get(lower);
  if (classes !== undefined) for (const cls of classes) keys.push(gazetteerKey(cls, 'S'));
  else {
    for (const ending of lexicon.trimEndings) {
      if (lower.length <= ending.length + 2 || !lower.endsWith(ending)) continue;
      for (const cls of lexicon.names.get(lower.slice(0, -ending.length)) ?? []) keys.push(gazetteerKey(cls, 'G'));
    }
  }
  return keys;
}
