import { allocateShared, resizeShared } from './allocate-shared.ts';
import { hashChars, hashStart } from './hash-feature.ts';
import { StringTable, type StringTableParts } from './string-table.ts';
import { walkLines } from './walk-lines.ts';

/**
 * Word clusters as the POS tagger uses them: each word's cluster path, and for each path the
 * hashes of the prefixes that become features, computed once at load time.
 *
 * The tagger keeps its own copy of the clusters it was trained with,
 * `models/pos-clusters-<lang>.tsv.gz`, so that retraining the shared clusters
 * (`models/clusters-<lang>.tsv.gz`, `zegsman train clusters`) never silently changes what a
 * shipped POS model sees. The file groups words by path, which makes it small and quick to read:
 *   # pos-clusters <meta JSON>
 *   path TAB word SPACE word SPACE …
 */

/** Prefix lengths of a path that become features (0: the whole path). */
export const CLUSTER_PREFIXES: readonly number[] = [4, 6, 10, 0];

/** What `ClusterHashes` holds, for another thread (`ClusterHashes.adopt`). */
export interface ClusterHashesParts {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly paths: readonly string[];
  readonly words: StringTableParts;
  readonly idOf: Int32Array;
  readonly hashes: Int32Array;
}

export class ClusterHashes {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly paths: readonly string[];
  /** The words, and per word its path id: on shared memory, so worker threads read the same copy. */
  private readonly words: StringTable;
  private readonly ids: Int32Array;
  private readonly hashes: Int32Array;

  /** `groups`: each path with its words. */
  /** `groups`: each path with its words; `expectedWords`: about how many words (the tables start that big). */
  constructor(groups: Iterable<readonly [string, readonly string[]]> | ClusterHashesParts, meta: Readonly<Record<string, unknown>> = {}, expectedWords = 1 << 16) {
    if ('hashes' in groups) {
      this.meta = groups.meta;
      this.paths = groups.paths;
      this.words = StringTable.adopt(groups.words);
      this.ids = groups.idOf;
      this.hashes = groups.hashes;
      return;
    }
    this.meta = meta;
    const paths: string[] = [];
    const words = new StringTable(expectedWords);
    let ids = allocateShared(Int32Array, Math.max(expectedWords, 16));
    for (const [path, members] of groups) {
      const id = paths.length;
      paths.push(path);
      for (const word of members) {
        const w = words.intern(word);
        if (w >= ids.length) ids = resizeShared(ids, ids.length * 2);
        ids[w] = id;
      }
    }
    words.trim();
    this.words = words;
    this.ids = resizeShared(ids, words.size);
    this.paths = paths;
    this.hashes = prefixHashes(paths);
  }

  /** Words grouped by path, from a word → path table (e.g. the shared `WordClusters.paths`). */
  static fromPaths(wordPaths: ReadonlyMap<string, string>, meta: Readonly<Record<string, unknown>> = {}): ClusterHashes {
    const groups = new Map<string, string[]>();
    for (const [word, path] of wordPaths) {
      if (/\s/.test(word)) continue;
      let words = groups.get(path);
      if (words === undefined) groups.set(path, (words = []));
      words.push(word);
    }
    return new ClusterHashes([...groups].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)), meta);
  }

  /** Clusters over the parts another thread shared. */
  static adopt(parts: ClusterHashesParts): ClusterHashes {
    return new ClusterHashes(parts);
  }

  parts(): ClusterHashesParts {
    return { meta: this.meta, paths: this.paths, words: this.words.parts(), idOf: this.ids, hashes: this.hashes };
  }

  get wordCount(): number {
    return this.words.size;
  }

  /** The path id of a word: as written, in lower case, or capitalised; −1 when it has none. `lower`: the word in lower case, when the caller has it. */
  idOf(word: string, lower: string = word.toLowerCase()): number {
    const exact = this.words.indexOf(word);
    if (exact >= 0) return this.ids[exact];
    if (lower !== word) {
      const found = this.words.indexOf(lower);
      if (found >= 0) return this.ids[found];
    }
    const capitalised = this.words.indexOf(lower.charAt(0).toUpperCase() + lower.slice(1));
    return capitalised >= 0 ? this.ids[capitalised] : -1;
  }

  /** The hash of prefix number `prefix` (index into CLUSTER_PREFIXES) of path `id`; a fixed value per prefix for −1. */
  hash(id: number, prefix: number): number {
    return id < 0 ? -1 - prefix : this.hashes[id * CLUSTER_PREFIXES.length + prefix];
  }

  serialise(): string {
    const byId: string[][] = this.paths.map(() => []);
    for (let w = 0; w < this.words.size; w++) byId[this.ids[w]].push(this.words.at(w));
    const lines = [`# pos-clusters ${JSON.stringify(this.meta)}`];
    this.paths.forEach((path, id) => lines.push(`${path}\t${byId[id].join(' ')}`));
    return `${lines.join('\n')}\n`;
  }

  /** Reads the text form, walking it with indexOf: each word goes into the table straight from the text. */
  static parse(text: string, name = 'pos-clusters'): ClusterHashes {
    // Size the tables from the number of words (spaces and line ends) so that nothing is resized or rehashed.
    let expected = 1;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) expected++;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) expected++;
    let meta: Record<string, unknown> = {};
    const paths: string[] = [];
    const words = new StringTable(expected);
    const ids = allocateShared(Int32Array, expected);
    walkLines(text, (from, end, lineNo) => {
      if (lineNo === 1 && text.startsWith('# pos-clusters ', from)) {
        meta = JSON.parse(text.slice(from + '# pos-clusters '.length, end)) as Record<string, unknown>;
        return;
      }
      const tab = text.indexOf('\t', from);
      if (tab <= from || tab >= end) throw new Error(`${name}:${lineNo}: expected a path, a tab and words separated by spaces`);
      const id = paths.length;
      paths.push(text.slice(from, tab));
      for (let word = tab + 1; word <= end; ) {
        let space = text.indexOf(' ', word);
        if (space < 0 || space > end) space = end;
        ids[words.internRange(text, word, space)] = id;
        word = space + 1;
      }
    });
    words.trim();
    return new ClusterHashes({ meta, paths, words: words.parts(), idOf: resizeShared(ids, words.size), hashes: prefixHashes(paths) });
  }
}

/** Per path, the hashes of its prefixes that become features (CLUSTER_PREFIXES.length a path). */
function prefixHashes(paths: readonly string[]): Int32Array {
  const p = CLUSTER_PREFIXES.length;
  const hashes = allocateShared(Int32Array, paths.length * p);
  paths.forEach((path, id) => {
    CLUSTER_PREFIXES.forEach((length, k) => {
      const end = length === 0 || length > path.length ? path.length : length;
      hashes[id * p + k] = hashChars(hashStart(400 + k), path, 0, end);
    });
  });
  return hashes;
}
