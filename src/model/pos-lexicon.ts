import type { Upos } from '../core/types.ts';
import { normaliseWord } from './normalise-word.ts';
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
  /** Form → its row, in order of first appearance. */
  readonly rows = new Map<string, number>();
  private counts = new Int32Array(TAGS * 1024);

  add(form: string, tag: number, count: number): void {
    let row = this.rows.get(form);
    if (row === undefined) {
      row = this.rows.size;
      this.rows.set(form, row);
      if ((row + 1) * TAGS > this.counts.length) {
        const bigger = new Int32Array(this.counts.length * 2);
        bigger.set(this.counts);
        this.counts = bigger;
      }
    }
    this.counts[row * TAGS + tag] += count;
  }

  /** The counts of every row, TAGS per row (a row starts at row × TAGS). */
  get all(): Int32Array {
    return this.counts;
  }
}

export class PosLexicon {
  readonly entries: readonly LexiconEntry[];
  /** Normalised form → its row in `classes` (the rows its tag counts were summed in). */
  private readonly classRows: ReadonlyMap<string, number>;
  /**
   * Per row of `classRows`: the form's ambiguity class (low 24 bits) and, above them, 1 + the one
   * tag it always has (frequent, unambiguous words; 0 otherwise): one lookup per word gives both.
   */
  private readonly classes: Int32Array;
  /** Form with capitals, as written → its row in `casedClasses`. */
  private readonly casedRows: ReadonlyMap<string, number>;
  /** Per row of `casedRows`: the form's ambiguity class. */
  private readonly casedClasses: Int32Array;
  /** Exact form → its first entry; entries of one form are chained through `nextEntry`. */
  private readonly firstEntry = new Map<string, number>();
  private readonly entryTag: Uint8Array;
  private readonly nextEntry: Int32Array;

  constructor(entries: readonly LexiconEntry[]) {
    this.entries = entries;
    this.entryTag = new Uint8Array(entries.length);
    this.nextEntry = new Int32Array(entries.length).fill(-1);
    // Tag counts per normalised form and per form with capitals, each form's row found once.
    const rows = new TagCounts();
    const casedRows = new TagCounts();
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      const form = entry.form;
      const tag = uposIndex(entry.upos);
      const key = normaliseWord(form);
      rows.add(key, tag, entry.count);
      if (key !== form) casedRows.add(form, tag, entry.count);
      this.entryTag[e] = tag;
      const first = this.firstEntry.get(form);
      if (first !== undefined) this.nextEntry[e] = first;
      this.firstEntry.set(form, e);
    }
    const cased = casedRows.all;
    this.casedRows = casedRows.rows;
    this.casedClasses = new Int32Array(casedRows.rows.size);
    for (let row = 0; row < this.casedClasses.length; row++) this.casedClasses[row] = ambiguityClass(cased, row * TAGS);
    const counts = rows.all;
    this.classRows = rows.rows;
    this.classes = new Int32Array(rows.rows.size);
    for (let row = 0; row < this.classes.length; row++) {
      const from = row * TAGS;
      const ambiguity = ambiguityClass(counts, from);
      const major = majorTagOf(ambiguity);
      let total = 0;
      for (let t = 0; t < TAGS; t++) total += counts[from + t];
      const sure = total >= SURE_COUNT && counts[from + major] >= SURE_SHARE * total ? major + 1 : 0;
      this.classes[row] = ambiguity + sure * SURE_UNIT;
    }
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
    const row = this.casedRows.get(form);
    return row === undefined ? 0 : this.casedClasses[row];
  }

  /** Ambiguity class and sure tag in one number (see `classes`); split with `ambiguityPart` and `sureTagPart`. */
  lookup(normalised: string): number {
    const row = this.classRows.get(normalised);
    return row === undefined ? 0 : this.classes[row];
  }

  /** Whether the normalised form occurred in training. */
  has(normalised: string): boolean {
    return this.classRows.has(normalised);
  }

  /** The lemma training data gives `form` under tag index `tag`, or undefined. */
  lemma(form: string, tag: number): string | undefined {
    let e = this.firstEntry.get(form);
    while (e !== undefined && e >= 0) {
      if (this.entryTag[e] === tag) return this.entries[e].lemma;
      e = this.nextEntry[e];
    }
    return undefined;
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
    const entries: LexiconEntry[] = [];
    let lineNo = 0;
    for (const line of text.split('\n')) {
      lineNo++;
      if (line === '') continue;
      const t1 = line.indexOf('\t');
      const t2 = line.indexOf('\t', t1 + 1);
      const t3 = line.indexOf('\t', t2 + 1);
      const tag = t3 > 0 ? uposIndex(line.slice(t1 + 1, t2)) : -1;
      if (tag < 0 || t1 <= 0) throw new Error(`${name}:${lineNo}: expected form, UPOS tag, lemma and count separated by tabs`);
      const form = line.slice(0, t1);
      const lemma = line.slice(t2 + 1, t3);
      entries.push({ form, upos: UPOS_TAGS[tag], lemma: lemma === '=' ? form : lemma === '~' ? form.toLowerCase() : lemma, count: Number(line.slice(t3 + 1)) });
    }
    return new PosLexicon(entries);
  }
}
