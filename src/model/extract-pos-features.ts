import { hashChars, hashEnd, hashMix, hashStart } from './hash-feature.ts';
import { normaliseWord } from './normalise-word.ts';
import { ambiguityPart, sureTagPart } from './pos-lexicon.ts';
import { uposIndex } from './upos-tags.ts';
import type { ClusterHashes } from './cluster-hashes.ts';

/**
 * The features of the POS tagger, as 32-bit keys (see `hash-feature.ts`). `load` looks at a
 * sentence once (hashes each word, its affixes and shape); `extract` then writes the keys of
 * one position, given the tags already chosen for the two words before it. No strings are
 * built per feature, so this runs at well over a million tokens a second.
 *
 * What a position looks at: the word and its neighbours ±2; suffixes of 1–5 and prefixes of
 * 1–3 characters; the word's shape and capitalisation; the previous tag and the previous two;
 * the tag-dictionary ambiguity class of this and the next two words; the word's cluster path
 * (prefixes) and its neighbours' (`cluster-hashes.ts`); and, for words the dictionary knows as
 * verbs, the last word of the clause and the next verb to the right (a participle or infinitive
 * there makes "heeft", "wordt" an auxiliary).
 */

/** Feature templates; the numbers only need to differ. */
const enum T {
  Bias = 1, Word, WordM1, WordP1, WordM2, WordP2,
  Suffix1, Suffix2, Suffix3, Suffix4, Suffix5,
  Prefix1, Prefix2, Prefix3,
  Shape, Flags, Tag1, Tag12, Tag1Word, WordM1Word, WordWordP1, Suffix3P1, Suffix3M1,
  Amb, AmbP1, AmbP2, AmbAmbP1, Tag1Amb, ShapeM1, ShapeP1,
  ClauseEndAmb, ClauseEndSuffix, Tag1Suffix3, AmbWordP1, SuffixP1Word, FlagsAmb,
  NextVerbSuffix, NextVerbWord, NextVerbNone, Exact, ExactM1, Suffix3Flags,
  Cluster4, Cluster6, Cluster10, ClusterFull, ClusterM1, ClusterP1, Tag1Cluster6, CasedAmb,
}

const SUFFIXES = 5;
const PREFIXES = 3;
/** Most keys one position can have. */
export const MAX_POS_FEATURES = 64;

/** Stand-in hashes for the words before the start and after the end of a sentence. */
const BEFORE = [hashStart(9001), hashStart(9002)];
const AFTER = [hashStart(9003), hashStart(9004)];

const VERB_TAGS = (1 << uposIndex('VERB')) | (1 << uposIndex('AUX'));
const VERB = uposIndex('VERB');
const BOUNDARY_TAGS = new Set([uposIndex('SCONJ'), uposIndex('CCONJ')]);

/**
 * Tag-dictionary classes per normalised word, as the caller has them (a lexicon at run time,
 * jack-knifed counts in training); optionally with a sure tag above them (`PosLexicon.lookup`).
 */
export type AmbiguityOf = (normalised: string, position: number) => number;

/** The ambiguity class of a word with capitals as written ("May", "US"), 0 when unseen so or written in lower case. */
export type CasedAmbiguityOf = (word: string, position: number) => number;

/** Where a neighbour stands: two before, one before, one after, two after the position. */
export const NEIGHBOURS: readonly number[] = [-2, -1, 1, 2];

/** Per-word fields the memo keeps (see `PosFeatures.load` with `memoise`): word, exact, shape, flags, ambiguity, sure, cased, cluster, suffixes, prefixes. */
const FIELDS = 8 + SUFFIXES + PREFIXES;
/** Words the memo holds before it starts afresh. */
export const MEMO_WORDS = 8192;

export class PosFeatures {
  /** The normalised form of each word of the loaded sentence. */
  normalised: string[] = [];
  /** Its ambiguity class (0: unknown). */
  ambiguity = new Int32Array(64);
  /** The tag the dictionary says it always has, or −1. */
  sure = new Int32Array(64);
  /** With `memoise`: each word's slot in the memo (0 … MEMO_WORDS − 1), the same for the same word while `generation` stays. */
  slot = new Int32Array(64);
  /** Goes up whenever the memo starts afresh (slots are then given out anew); never within a sentence. */
  generation = 0;
  /** Whether the loaded sentence went through the memo (`slot` is then set). */
  memoised = false;
  private length = 0;
  private word = new Int32Array(64);
  private exact = new Int32Array(64);
  private shape = new Int32Array(64);
  /** Flags of the word as if it were not sentence-initial (`wordKeys` adds the initial bit). */
  private flags = new Int32Array(64);
  private suffix: Int32Array[] = Array.from({ length: SUFFIXES }, () => new Int32Array(64));
  private prefix: Int32Array[] = Array.from({ length: PREFIXES }, () => new Int32Array(64));
  private clauseEnd = new Int32Array(64);
  private nextVerb = new Int32Array(64);
  private cluster = new Int32Array(64);
  private cased = new Int32Array(64);
  private readonly clusterHashes: ClusterHashes | null;
  private readonly memoSlots = new Map<string, number>();
  private memoForms: string[] = [];
  private memoFields = new Int32Array(0);

  constructor(clusters: ClusterHashes | null = null) {
    this.clusterHashes = clusters;
  }

  /**
   * Looks at a sentence once; `ambiguityOf` and `casedOf` give each word's tag-dictionary
   * classes. With `memoise` (only when those two do not depend on the position) what is known
   * of a word is kept across calls, and `slot` tells which words are the same.
   */
  load(words: readonly string[], ambiguityOf: AmbiguityOf, casedOf: CasedAmbiguityOf | null = null, memoise = false): void {
    const n = words.length;
    if (n > this.word.length) this.grow(n);
    this.length = n;
    this.normalised.length = n;
    this.memoised = memoise && n <= MEMO_WORDS;
    if (this.memoised && (this.memoFields.length === 0 || this.memoSlots.size + n > MEMO_WORDS)) this.forget();
    for (let i = 0; i < n; i++) {
      if (this.memoised) this.recall(i, words[i], ambiguityOf, casedOf);
      else this.describe(i, words[i], ambiguityOf, casedOf);
    }
    // The last word before the next punctuation mark (or the end of the sentence), and the next
    // word the dictionary calls a verb before a conjunction or a sentence-internal full stop.
    let end = n - 1;
    let verb = -1;
    for (let i = n - 1; i >= 0; i--) {
      this.clauseEnd[i] = end;
      this.nextVerb[i] = verb;
      const form = this.normalised[i];
      if (isPunctuation(form)) {
        end = i - 1;
        if (form !== ',' && form !== '"') verb = -1;
      }
      const major = (this.ambiguity[i] & 31) - 1;
      if (major === VERB) verb = i;
      else if (BOUNDARY_TAGS.has(major)) verb = -1;
    }
  }

  /** Writes the keys of position `i` into `out` and returns how many; `tag1`/`tag2`: tags of i−1 and i−2 (−1, −2 before the start). */
  extract(i: number, tag1: number, tag2: number, out: Uint32Array): number {
    let k = this.wordKeys(i, i === 0, out, 0);
    for (const offset of NEIGHBOURS) k = this.neighbourKeys(i, offset, out, k);
    return this.contextKeys(i, tag1, tag2, out, k);
  }

  /** Keys of position `i` that look at nothing but its own word (`initial`: as the first word of a sentence), written from `out[k]`; returns the new count. */
  wordKeys(i: number, initial: boolean, out: Uint32Array, k: number): number {
    const w = this.word[i];
    const amb = this.ambiguity[i];
    const flags = this.flags[i] | (initial ? 16 : 0);
    const suffix3 = this.suffix[2][i] || w;
    out[k++] = key1(T.Bias, 0);
    out[k++] = key1(T.Word, w);
    for (let s = 0; s < SUFFIXES; s++) {
      const h = this.suffix[s][i];
      if (h === 0) break;
      out[k++] = key1(T.Suffix1 + s, h);
    }
    for (let p = 0; p < PREFIXES; p++) {
      const h = this.prefix[p][i];
      if (h === 0) break;
      out[k++] = key1(T.Prefix1 + p, h);
    }
    out[k++] = key1(T.Shape, this.shape[i]);
    out[k++] = key1(T.Flags, flags);
    out[k++] = key1(T.Amb, amb);
    out[k++] = key2(T.FlagsAmb, flags, amb);
    out[k++] = key1(T.Exact, this.exact[i]);
    if (this.cased[i] >= 0) out[k++] = key2(T.CasedAmb, this.cased[i], flags);
    const ch = this.clusterHashes;
    if (ch !== null) {
      const id = this.cluster[i];
      out[k++] = key1(T.Cluster4, ch.hash(id, 0));
      out[k++] = key1(T.Cluster6, ch.hash(id, 1));
      out[k++] = key1(T.Cluster10, ch.hash(id, 2));
      out[k++] = key1(T.ClusterFull, ch.hash(id, 3));
    }
    out[k++] = key2(T.Suffix3Flags, suffix3, flags);
    return k;
  }

  /**
   * Keys of position `i` that look at nothing but the word at `i + offset` (an entry of
   * `NEIGHBOURS`), or at the stand-ins for words beyond the sentence; written from `out[k]`.
   */
  neighbourKeys(i: number, offset: number, out: Uint32Array, k: number): number {
    const n = this.length;
    const j = i + offset;
    const ch = this.clusterHashes;
    if (j >= 0 && j < n) return this.keysAsNeighbour(j, offset, out, k);
    switch (offset) {
      case -2:
        out[k++] = key1(T.WordM2, i === 1 ? BEFORE[0] : BEFORE[1]);
        break;
      case -1:
        out[k++] = key1(T.WordM1, BEFORE[0]);
        out[k++] = key1(T.Suffix3M1, BEFORE[0]);
        if (ch !== null) out[k++] = key1(T.ClusterM1, BEFORE[0]);
        out[k++] = key1(T.ShapeM1, BEFORE[0]);
        break;
      case 1:
        out[k++] = key1(T.WordP1, AFTER[0]);
        out[k++] = key1(T.Suffix3P1, AFTER[0]);
        out[k++] = key1(T.AmbP1, -1);
        if (ch !== null) out[k++] = key1(T.ClusterP1, AFTER[0]);
        out[k++] = key1(T.ShapeP1, AFTER[0]);
        break;
      case 2:
        out[k++] = key1(T.WordP2, i + 1 < n ? AFTER[0] : AFTER[1]);
        out[k++] = key1(T.AmbP2, -1);
        break;
      default:
        throw new Error(`PosFeatures: no neighbour at offset ${offset}`);
    }
    return k;
  }

  /** The keys word `j` gives the position `j − offset` as its neighbour at `offset`; written from `out[k]`. */
  keysAsNeighbour(j: number, offset: number, out: Uint32Array, k: number): number {
    const ch = this.clusterHashes;
    const w = this.word[j];
    switch (offset) {
      case -2:
        out[k++] = key1(T.WordM2, w);
        break;
      case -1:
        out[k++] = key1(T.WordM1, w);
        out[k++] = key1(T.Suffix3M1, this.suffix[2][j] || w);
        if (ch !== null) out[k++] = key1(T.ClusterM1, ch.hash(this.cluster[j], 1));
        out[k++] = key1(T.ShapeM1, this.shape[j]);
        break;
      case 1:
        out[k++] = key1(T.WordP1, w);
        out[k++] = key1(T.Suffix3P1, this.suffix[2][j] || w);
        out[k++] = key1(T.AmbP1, this.ambiguity[j]);
        if (ch !== null) out[k++] = key1(T.ClusterP1, ch.hash(this.cluster[j], 1));
        out[k++] = key1(T.ShapeP1, this.shape[j]);
        break;
      case 2:
        out[k++] = key1(T.WordP2, w);
        out[k++] = key1(T.AmbP2, this.ambiguity[j]);
        break;
      default:
        throw new Error(`PosFeatures: no neighbour at offset ${offset}`);
    }
    return k;
  }

  /** The other keys of position `i`: the tags before it, word pairs, the clause; written from `out[k]`. */
  contextKeys(i: number, tag1: number, tag2: number, out: Uint32Array, k: number): number {
    const n = this.length;
    const w = this.word[i];
    const wm1 = i >= 1 ? this.word[i - 1] : BEFORE[0];
    const wp1 = i + 1 < n ? this.word[i + 1] : AFTER[0];
    const amb = this.ambiguity[i];
    const ambP1 = i + 1 < n ? this.ambiguity[i + 1] : -1;
    const suffix3 = this.suffix[2][i] || w;
    out[k++] = key1(T.Tag1, tag1);
    out[k++] = key2(T.Tag12, tag1, tag2);
    out[k++] = key2(T.Tag1Word, tag1, w);
    out[k++] = key2(T.WordM1Word, wm1, w);
    out[k++] = key2(T.WordWordP1, w, wp1);
    out[k++] = key2(T.Tag1Suffix3, tag1, suffix3);
    out[k++] = key2(T.AmbAmbP1, amb, ambP1);
    out[k++] = key2(T.Tag1Amb, tag1, amb);
    out[k++] = key2(T.AmbWordP1, amb, wp1);
    out[k++] = key2(T.SuffixP1Word, w, i + 1 < n ? this.suffix[1][i + 1] || this.word[i + 1] : AFTER[0]);
    const ch = this.clusterHashes;
    if (ch !== null) out[k++] = key2(T.Tag1Cluster6, tag1, ch.hash(this.cluster[i], 1));
    if (amb === 0 || (Math.floor(amb / 32) & VERB_TAGS) !== 0) {
      const end = this.clauseEnd[i];
      if (end > i) {
        out[k++] = key2(T.ClauseEndAmb, w, this.ambiguity[end]);
        out[k++] = key2(T.ClauseEndSuffix, w, this.suffix[1][end] || this.word[end]);
      } else {
        out[k++] = key2(T.ClauseEndAmb, w, -1);
      }
      const next = this.nextVerb[i];
      if (next > i) {
        out[k++] = key2(T.NextVerbSuffix, w, this.suffix[1][next] || this.word[next]);
        out[k++] = key2(T.NextVerbWord, amb, this.word[next]);
      } else {
        out[k++] = key1(T.NextVerbNone, w);
      }
    }
    return k;
  }

  /** Hashes word i of the sentence being loaded. */
  private describe(i: number, raw: string, ambiguityOf: AmbiguityOf, casedOf: CasedAmbiguityOf | null): void {
    const form = normaliseWord(raw);
    this.normalised[i] = form;
    const lookup = ambiguityOf(form, i);
    this.ambiguity[i] = ambiguityPart(lookup);
    this.sure[i] = sureTagPart(lookup);
    this.cased[i] = casedOf === null || form === raw ? -1 : casedOf(raw, i);
    this.word[i] = hashChars(hashStart(1), form, 0, form.length);
    this.exact[i] = form === raw ? this.word[i] : hashChars(hashStart(2), raw, 0, raw.length);
    const len = form.length;
    for (let k = 1; k <= SUFFIXES; k++) {
      this.suffix[k - 1][i] = k <= len ? hashChars(hashStart(100 + k), form, len - k, len) : 0;
    }
    for (let k = 1; k <= PREFIXES; k++) {
      this.prefix[k - 1][i] = k <= len ? hashChars(hashStart(200 + k), form, 0, k) : 0;
    }
    this.shape[i] = shapeHash(raw);
    this.cluster[i] = this.clusterHashes === null ? -1 : this.clusterHashes.idOf(raw, form);
    this.flags[i] = flagsOf(raw);
  }

  /** Word i from the memo, described and kept there when it is new. */
  private recall(i: number, raw: string, ambiguityOf: AmbiguityOf, casedOf: CasedAmbiguityOf | null): void {
    let slot = this.memoSlots.get(raw);
    if (slot !== undefined) {
      const fields = this.memoFields;
      const at = slot * FIELDS;
      this.normalised[i] = this.memoForms[slot];
      this.word[i] = fields[at];
      this.exact[i] = fields[at + 1];
      this.shape[i] = fields[at + 2];
      this.flags[i] = fields[at + 3];
      this.ambiguity[i] = fields[at + 4];
      this.sure[i] = fields[at + 5];
      this.cased[i] = fields[at + 6];
      this.cluster[i] = fields[at + 7];
      for (let s = 0; s < SUFFIXES; s++) this.suffix[s][i] = fields[at + 8 + s];
      for (let p = 0; p < PREFIXES; p++) this.prefix[p][i] = fields[at + 8 + SUFFIXES + p];
      this.slot[i] = slot;
      return;
    }
    this.describe(i, raw, ambiguityOf, casedOf);
    slot = this.memoSlots.size;
    this.memoSlots.set(raw, slot);
    this.memoForms[slot] = this.normalised[i];
    const at = slot * FIELDS;
    const f = this.memoFields;
    f[at] = this.word[i];
    f[at + 1] = this.exact[i];
    f[at + 2] = this.shape[i];
    f[at + 3] = this.flags[i];
    f[at + 4] = this.ambiguity[i];
    f[at + 5] = this.sure[i];
    f[at + 6] = this.cased[i];
    f[at + 7] = this.cluster[i];
    for (let s = 0; s < SUFFIXES; s++) f[at + 8 + s] = this.suffix[s][i];
    for (let p = 0; p < PREFIXES; p++) f[at + 8 + SUFFIXES + p] = this.prefix[p][i];
    this.slot[i] = slot;
  }

  /** Starts the memo afresh. */
  private forget(): void {
    if (this.memoFields.length === 0) this.memoFields = new Int32Array(MEMO_WORDS * FIELDS);
    this.memoSlots.clear();
    this.memoForms = [];
    this.generation++;
  }

  private grow(n: number): void {
    const size = Math.max(n, this.word.length * 2);
    const fresh = () => new Int32Array(size);
    this.word = fresh();
    this.exact = fresh();
    this.shape = fresh();
    this.flags = fresh();
    this.ambiguity = fresh();
    this.sure = fresh();
    this.slot = fresh();
    this.clauseEnd = fresh();
    this.nextVerb = fresh();
    this.cluster = fresh();
    this.cased = fresh();
    this.suffix = this.suffix.map(() => fresh());
    this.prefix = this.prefix.map(() => fresh());
  }
}

function key1(template: number, value: number): number {
  return hashEnd(hashMix(hashStart(template), value));
}

function key2(template: number, a: number, b: number): number {
  return hashEnd(hashMix(hashMix(hashStart(template), a), b));
}

/** The word's shape with runs collapsed: "Kazachstan" → Xx, "1972" → d, "G-7" → X-d, "'s" → 'x. */
function shapeHash(word: string): number {
  let h = hashStart(300);
  let last = -1;
  const limit = Math.min(word.length, 24);
  for (let i = 0; i < limit; i++) {
    const c = word.charCodeAt(i);
    let cls: number;
    if (c >= 97 && c <= 122) cls = 1;
    else if (c >= 65 && c <= 90) cls = 2;
    else if (c >= 48 && c <= 57) cls = 3;
    else if (c > 127) {
      const ch = word[i];
      cls = ch !== ch.toLowerCase() ? 2 : ch !== ch.toUpperCase() ? 1 : 1000 + c;
    } else cls = 1000 + c;
    if (cls !== last) h = hashMix(h, cls);
    last = cls;
  }
  return hashMix(h, word.length > 24 ? 25 : word.length > 3 ? 4 : word.length);
}

/** Capitalised · all capitals · has a digit · has a hyphen (no strings built for ASCII words); `wordKeys` adds 16 for the first word of a sentence. */
function flagsOf(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let capital = 0;
  let lowerSeen = false;
  let digit = 0;
  let hyphen = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lowerSeen = true;
    else if (c >= 65 && c <= 90) {
      if (i === 0) capital = 1;
    } else if (c >= 48 && c <= 57) digit = 4;
    else if (c === 45) hyphen = n > 1 ? 8 : 0;
    else if (c > 127) {
      const ch = word[i];
      if (ch !== ch.toUpperCase()) lowerSeen = true;
      if (i === 0 && ch !== ch.toLowerCase()) capital = 1;
    }
  }
  const allCaps = capital === 1 && n > 1 && !lowerSeen ? 2 : 0;
  return capital | allCaps | digit | hyphen;
}

function isPunctuation(normalised: string): boolean {
  const c = normalised.charCodeAt(0);
  return normalised.length <= 3 && (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 40 || c === 41);
}
