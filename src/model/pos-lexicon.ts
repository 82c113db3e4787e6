import type { Upos } from '../core/types.ts';
import { allocateShared, resizeShared } from './allocate-shared.ts';
import { normaliseWord } from './normalise-word.ts';
import { StringTable, type StringTableParts } from './string-table.ts';
import { walkLines } from './walk-lines.ts';
import { UPOS_TAGS, uposIndex } from './upos-tags.ts';

/**
 * What the training data says about each word form: how often it carried each tag, and its
 * lemma under each tag. It is two things at run time: the tag dictionary the POS features read
 * (by the normalised form, see `normalise-word.ts`) and the lemma lexicon (by the exact form).
 *
 * Stored as gzip'd text, `models/lexicon-<lang>.tsv.gz`, one line per form and tag:
 *   form TAB upos TAB lemma TAB count
 * where the lemma "=" means "same as the form" and "~" means "the form in lower case".
 */
export interface LexiconEntry {
  readonly form: string;
  readonly upos: Upos;
  readonly lemma: string;
  readonly count: number;
}

const TAGS = UPOS_TAGS.length;

/** Where the sure tag starts in a lexicon lookup (above the 24 bits of an ambiguity class). */
const SURE_UNIT = 0x1000000;

/** The ambiguity class in a `PosLexicon.lookup` value. */
export function ambiguityPart(lookup: number): number {
  return lookup % SURE_UNIT;
}

/** The sure tag in a `PosLexicon.lookup` value, or −1. */
export function sureTagPart(lookup: number): number {
  return Math.floor(lookup / SURE_UNIT) - 1;
}

/** Share of a word's occurrences a tag needs to count as one of its possible tags. */
const AMBIGUITY_SHARE = 0.05;

/** How often, and how one-sidedly, a word must occur before the tagger trusts the dictionary over the model. */
const SURE_COUNT = 20;
const SURE_SHARE = 0.995;

/**
 * A word's ambiguity class from its tag counts: its most frequent tag, the set of tags with
 * at least a 5 % share, and a frequency bucket. 0 for an unseen word. Used as a feature value.
 * `from`: where the word's TAGS counts start in `counts`.
 */
export function ambiguityClass(counts: ArrayLike<number>, from = 0): number {
  let total = 0;
  let major = 0;
  for (let t = 0; t < TAGS; t++) {
    total += counts[from + t];
    if (counts[from + t] > counts[from + major]) major = t;
  }
  if (total === 0) return 0;
  let mask = 0;
  for (let t = 0; t < TAGS; t++) if (counts[from + t] > 0 && counts[from + t] >= AMBIGUITY_SHARE * total) mask |= 1 << t;
  const bucket = total < 2 ? 0 : total < 10 ? 1 : total < 100 ? 2 : 3;
  return (major + 1) + mask * 32 + bucket * 0x400000;
}

/** The tag index an ambiguity class names as most frequent, or −1 for 0. */
export function majorTagOf(ambiguity: number): number {
  return (ambiguity & 31) - 1;
}

/** Whether an ambiguity class allows tag `tag`. */
export function allowsTag(ambiguity: number, tag: number): boolean {
  return ((Math.floor(ambiguity / 32) & 0x1ffff) & (1 << tag)) !== 0;
}


/** Tag counts per form: a row of TAGS counts per distinct form, in one growing array. */
class TagCounts {
  /** Forms, numbered as their rows, in order of first appearance. */
  private readonly rows: StringTable;
  private counts: Int32Array;

  /** `expected`: about how many forms (the tables start that big). */
  constructor(expected: number) {
    this.rows = new StringTable(expected);
    this.counts = new Int32Array(TAGS * expected);
  }

  add(form: string, tag: number, count: number): void {
    const known = this.rows.size;
    const row = this.rows.intern(form);
    if (row === known && (row + 1) * TAGS > this.counts.length) {
      const bigger = new Int32Array(this.counts.length * 2);
      bigger.set(this.counts);
      this.counts = bigger;
    }
    this.counts[row * TAGS + tag] += count;
  }

  /** The forms, trimmed: call when every count is in. */
  table(): StringTable {
    this.rows.trim();
    return this.rows;
  }

  /** The counts of every row, TAGS per row (a row starts at row × TAGS). */
  get all(): Int32Array {
    return this.counts;
  }
}

/** What a `PosLexicon` holds, for another thread (`PosLexicon.adopt`). */
export interface PosLexiconParts {
  readonly forms: StringTableParts;
  readonly lemmas: StringTableParts;
  readonly normalised: StringTableParts;
  readonly cased: StringTableParts;
  readonly classes: Int32Array;
  readonly casedClasses: Int32Array;
  readonly firstEntry: Int32Array;
  readonly entryForm: Int32Array;
  readonly entryTag: Uint8Array;
  readonly entryLemma: Int32Array;
  readonly entryCount: Float64Array;
  readonly nextEntry: Int32Array;
}

/** `entryLemma` codes for the two lemmas the file abbreviates: the form itself, the form in lower case. */
const SAME_LEMMA = -1;
const LOWER_LEMMA = -2;

/**
 * The lexicon as a few string tables and arrays on shared memory (a tenth of the memory of its
 * entries as objects, and worker threads read the same copy: `parts`, `PosLexicon.adopt`).
 */
export class PosLexicon {
  /** Exact forms; per form, its last entry (entries of one form are chained through `nextEntry`). */
  private readonly forms: StringTable;
  private readonly firstEntry: Int32Array;
  /** Lemmas other than the form and the form in lower case. */
  private readonly lemmas: StringTable;
  /** Per entry: its form's number, tag, lemma (a number in `lemmas`, or `SAME_LEMMA`, `LOWER_LEMMA`), count and the entry of the same form before it (−1). */
  private readonly entryForm: Int32Array;
  private readonly entryTag: Uint8Array;
  private readonly entryLemma: Int32Array;
  private readonly entryCount: Float64Array;
  private readonly nextEntry: Int32Array;
  /** Normalised forms, numbered as the rows of `classes`. */
  private readonly normalised: StringTable;
  /**
   * Per row of `normalised`: the form's ambiguity class (low 24 bits) and, above them, 1 + the one
   * tag it always has (frequent, unambiguous words; 0 otherwise): one lookup per word gives both.
   */
  private readonly classes: Int32Array;
  /** Forms with capitals, as written, numbered as the rows of `casedClasses`. */
  private readonly cased: StringTable;
  /** Per row of `cased`: the form's ambiguity class. */
  private readonly casedClasses: Int32Array;

  constructor(entries: readonly LexiconEntry[] | PosLexiconParts | BuiltLexicon) {
    if (entries instanceof BuiltLexicon) {
      ({ forms: this.forms, lemmas: this.lemmas, normalised: this.normalised, cased: this.cased, classes: this.classes, casedClasses: this.casedClasses, firstEntry: this.firstEntry, entryForm: this.entryForm, entryTag: this.entryTag, entryLemma: this.entryLemma, entryCount: this.entryCount, nextEntry: this.nextEntry } = entries);
      return;
    }
    if (!Array.isArray(entries)) {
      const parts = entries as PosLexiconParts;
      this.forms = StringTable.adopt(parts.forms);
      this.lemmas = StringTable.adopt(parts.lemmas);
      this.normalised = StringTable.adopt(parts.normalised);
      this.cased = StringTable.adopt(parts.cased);
      ({ classes: this.classes, casedClasses: this.casedClasses, firstEntry: this.firstEntry, entryForm: this.entryForm, entryTag: this.entryTag, entryLemma: this.entryLemma, entryCount: this.entryCount, nextEntry: this.nextEntry } = parts);
      return;
    }
    const list = entries as readonly LexiconEntry[];
    const builder = new LexiconBuilder(list.length);
    for (const entry of list) builder.add(entry.form, uposIndex(entry.upos), entry.lemma, entry.count);
    ({ forms: this.forms, lemmas: this.lemmas, normalised: this.normalised, cased: this.cased, classes: this.classes, casedClasses: this.casedClasses, firstEntry: this.firstEntry, entryForm: this.entryForm, entryTag: this.entryTag, entryLemma: this.entryLemma, entryCount: this.entryCount, nextEntry: this.nextEntry } = builder.finish());
  }

  /** A lexicon over the parts another thread shared. */
  static adopt(parts: PosLexiconParts): PosLexicon {
    return new PosLexicon(parts);
  }

  parts(): PosLexiconParts {
    return {
      forms: this.forms.parts(),
      lemmas: this.lemmas.parts(),
      normalised: this.normalised.parts(),
      cased: this.cased.parts(),
      classes: this.classes,
      casedClasses: this.casedClasses,
      firstEntry: this.firstEntry,
      entryForm: this.entryForm,
      entryTag: this.entryTag,
      entryLemma: this.entryLemma,
      entryCount: this.entryCount,
      nextEntry: this.nextEntry,
    };
  }

  /** Every entry, in the order given (made afresh on each call: for training and for the lemmatizer's start-up). */
  get entries(): LexiconEntry[] {
    const out = new Array<LexiconEntry>(this.entryTag.length);
    for (let e = 0; e < out.length; e++) {
      const form = this.forms.at(this.entryForm[e]);
      out[e] = { form, upos: UPOS_TAGS[this.entryTag[e]], lemma: this.entryLemmaOf(e, form), count: this.entryCount[e] };
    }
    return out;
  }

  /** The distinct lemmas of the entries tagged with tag index `tag` (the lemmatizer's verbs), without making every entry. */
  lemmasOfTag(tag: number): Set<string> {
    const out = new Set<string>();
    const tags = this.entryTag;
    for (let e = 0; e < tags.length; e++) if (tags[e] === tag) out.add(this.entryLemmaOf(e, this.forms.at(this.entryForm[e])));
    return out;
  }

  /** The ambiguity class of a normalised form (0 when unseen). */
  ambiguity(normalised: string): number {
    return this.lookup(normalised) % SURE_UNIT;
  }

  /** The tag a normalised form always has, or −1. */
  sureTag(normalised: string): number {
    return Math.floor(this.lookup(normalised) / SURE_UNIT) - 1;
  }

  /** The ambiguity class of a form with capitals as written (0 when unseen so). */
  casedAmbiguity(form: string): number {
    const row = this.cased.indexOf(form);
    return row < 0 ? 0 : this.casedClasses[row];
  }

  /** Ambiguity class and sure tag in one number (see `classes`); split with `ambiguityPart` and `sureTagPart`. */
  lookup(normalised: string): number {
    const row = this.normalised.indexOf(normalised);
    return row < 0 ? 0 : this.classes[row];
  }

  /** Whether the normalised form occurred in training. */
  has(normalised: string): boolean {
    return this.normalised.indexOf(normalised) >= 0;
  }

  /** The lemma training data gives `form` under tag index `tag`, or undefined. */
  lemma(form: string, tag: number): string | undefined {
    const f = this.forms.indexOf(form);
    if (f < 0) return undefined;
    for (let e = this.firstEntry[f]; e >= 0; e = this.nextEntry[e]) {
      if (this.entryTag[e] === tag) return this.entryLemmaOf(e, form);
    }
    return undefined;
  }

  /** The lemma of entry `e`, whose form is `form`. */
  private entryLemmaOf(e: number, form: string): string {
    const lemma = this.entryLemma[e];
    return lemma === SAME_LEMMA ? form : lemma === LOWER_LEMMA ? form.toLowerCase() : this.lemmas.at(lemma);
  }

  /** The gzip-ready text form (see the class comment). */
  serialise(): string {
    const lines: string[] = [];
    for (const e of this.entries) {
      const lemma = e.lemma === e.form ? '=' : e.lemma === e.form.toLowerCase() ? '~' : e.lemma;
      lines.push(`${e.form}\t${e.upos}\t${lemma}\t${e.count}`);
    }
    return `${lines.join('\n')}\n`;
  }

  static parse(text: string, name = 'lexicon'): PosLexicon {
    // One line per entry: count them first so that no table is resized or rehashed while filling.
    let lines = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const builder = new LexiconBuilder(lines + 1);
    walkLines(text, (from, end, lineNo) => {
      const t1 = text.indexOf('\t', from);
      const t2 = t1 < 0 || t1 >= end ? -1 : text.indexOf('\t', t1 + 1);
      const t3 = t2 < 0 || t2 >= end ? -1 : text.indexOf('\t', t2 + 1);
      const tag = t3 > 0 && t3 < end ? uposIndex(text.slice(t1 + 1, t2)) : -1;
      if (tag < 0 || t1 <= from) throw new Error(`${name}:${lineNo}: expected form, UPOS tag, lemma and count separated by tabs`);
      const form = text.slice(from, t1);
      const lemma = text.slice(t2 + 1, t3);
      builder.add(form, tag, lemma === '=' ? form : lemma === '~' ? form.toLowerCase() : lemma, Number(text.slice(t3 + 1, end)));
    });
    return new PosLexicon(builder.finish());
  }
}

/** The arrays of a lexicon just built (a class, so the constructor tells it from `PosLexiconParts`). */
class BuiltLexicon {
  constructor(
    readonly forms: StringTable,
    readonly lemmas: StringTable,
    readonly normalised: StringTable,
    readonly cased: StringTable,
    readonly classes: Int32Array,
    readonly casedClasses: Int32Array,
    readonly firstEntry: Int32Array,
    readonly entryForm: Int32Array,
    readonly entryTag: Uint8Array,
    readonly entryLemma: Int32Array,
    readonly entryCount: Float64Array,
    readonly nextEntry: Int32Array,
  ) {}
}

/** Fills a lexicon's tables entry by entry; `expected`: about how many entries (the tables start that big). */
class LexiconBuilder {
  private readonly forms: StringTable;
  private readonly lemmas = new StringTable(1024);
  private firstEntry: Int32Array;
  private entryForm: Int32Array;
  private entryTag: Uint8Array;
  private entryLemma: Int32Array;
  private entryCount: Float64Array;
  private nextEntry: Int32Array;
  /** Tag counts per normalised form and per form with capitals, each form's row found once. */
  private readonly rows: TagCounts;
  private readonly casedRows: TagCounts;
  private count = 0;

  constructor(expected: number) {
    const n = Math.max(expected, 16);
    this.forms = new StringTable(n);
    this.firstEntry = allocateShared(Int32Array, n);
    this.entryForm = allocateShared(Int32Array, n);
    this.entryTag = allocateShared(Uint8Array, n);
    this.entryLemma = allocateShared(Int32Array, n);
    this.entryCount = allocateShared(Float64Array, n);
    this.nextEntry = allocateShared(Int32Array, n);
    this.rows = new TagCounts(n);
    this.casedRows = new TagCounts(1024);
  }

  add(form: string, tag: number, lemma: string, count: number): void {
    const e = this.count++;
    if (e >= this.entryTag.length) this.grow(this.entryTag.length * 2);
    const key = normaliseWord(form);
    this.rows.add(key, tag, count);
    if (key !== form) this.casedRows.add(form, tag, count);
    const known = this.forms.size;
    const f = this.forms.intern(form);
    if (f >= this.firstEntry.length) this.firstEntry = resizeShared(this.firstEntry, this.firstEntry.length * 2);
    this.nextEntry[e] = f < known ? this.firstEntry[f] : -1;
    this.firstEntry[f] = e;
    this.entryForm[e] = f;
    this.entryTag[e] = tag;
    this.entryLemma[e] = lemma === form ? SAME_LEMMA : lemma === form.toLowerCase() ? LOWER_LEMMA : this.lemmas.intern(lemma);
    this.entryCount[e] = count;
  }

  finish(): BuiltLexicon {
    const n = this.count;
    if (n < this.entryTag.length) this.grow(n);
    this.forms.trim();
    this.lemmas.trim();
    const cased = this.casedRows.table();
    const casedCounts = this.casedRows.all;
    const casedClasses = allocateShared(Int32Array, cased.size);
    for (let row = 0; row < casedClasses.length; row++) casedClasses[row] = ambiguityClass(casedCounts, row * TAGS);
    const counts = this.rows.all;
    const normalised = this.rows.table();
    const classes = allocateShared(Int32Array, normalised.size);
    for (let row = 0; row < classes.length; row++) {
      const from = row * TAGS;
      const ambiguity = ambiguityClass(counts, from);
      const major = majorTagOf(ambiguity);
      let total = 0;
      for (let t = 0; t < TAGS; t++) total += counts[from + t];
      const sure = total >= SURE_COUNT && counts[from + major] >= SURE_SHARE * total ? major + 1 : 0;
      classes[row] = ambiguity + sure * SURE_UNIT;
    }
    const firstEntry = resizeShared(this.firstEntry, this.forms.size);
    return new BuiltLexicon(this.forms, this.lemmas, normalised, cased, classes, casedClasses, firstEntry, this.entryForm, this.entryTag, this.entryLemma, this.entryCount, this.nextEntry);
  }

  /** The entry arrays resized to `length` entries. */
  private grow(length: number): void {
    this.entryForm = resizeShared(this.entryForm, length);
    this.entryTag = resizeShared(this.entryTag, length);
    this.entryLemma = resizeShared(this.entryLemma, length);
    this.entryCount = resizeShared(this.entryCount, length);
    this.nextEntry = resizeShared(this.nextEntry, length);
  }
}
