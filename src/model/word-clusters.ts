import { allocateShared, resizeShared } from './allocate-shared.ts';
import { StringTable, type StringTableParts } from './string-table.ts';
import { walkLines } from './walk-lines.ts';

/**
 * Word clusters: each word of a vocabulary has a bit path in a binary tree of clusters
 * ("0110100…"); words with a long common prefix are used alike. Prefixes of the path are
 * features at several granularities. The text form is one word per line:
 * `word<TAB>path<TAB>count`, after a first line `# clusters <meta JSON>`.
 */
export interface WordClusters {
  readonly paths: ReadonlyMap<string, string>;
  /** Occurrences in the (weighted) corpus the clusters were learned from. */
  readonly counts: ReadonlyMap<string, number>;
  readonly meta: Readonly<Record<string, unknown>>;
}

/**
 * Reads the text form. Runs at start-up (the entity tagger's two copies hold ~135,000 words), so
 * it walks the text with indexOf instead of splitting it into lines. The words go into one
 * `StringTable` with a path number and a count each, and the paths (a few thousand) into a list:
 * a tenth of the memory of maps of strings, and on shared memory, so worker threads read the
 * same copy (`share-artifacts.ts`, `adoptClusters`).
 */
export function parseClusters(text: string, name = 'clusters'): PackedClusters {
  // One word a line: count them first so that no table is resized or rehashed while filling.
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const words = new StringTable(lines);
  let pathOf = allocateShared(Int32Array, lines);
  let countOf = allocateShared(Float64Array, lines);
  const pathList: string[] = [];
  const pathIds = new Map<string, number>();
  let meta: Record<string, unknown> = {};
  walkLines(text, (from, end, lineNo) => {
    if (lineNo === 1 && text.startsWith('# clusters ', from)) {
      meta = JSON.parse(text.slice(from + '# clusters '.length, end)) as Record<string, unknown>;
      return;
    }
    const tab = text.indexOf('\t', from);
    const tab2 = tab < 0 ? -1 : text.indexOf('\t', tab + 1);
    if (tab <= from || tab2 <= tab || tab2 >= end) throw new Error(`${name}:${lineNo}: expected word, path and count separated by tabs`);
    const word = words.internRange(text, from, tab);
    const path = text.slice(tab + 1, tab2);
    let id = pathIds.get(path);
    if (id === undefined) {
      id = pathList.length;
      pathIds.set(path, id);
      pathList.push(path);
    }
    if (word >= pathOf.length) {
      pathOf = resizeShared(pathOf, pathOf.length * 2);
      countOf = resizeShared(countOf, countOf.length * 2);
    }
    pathOf[word] = id;
    countOf[word] = Number(text.slice(tab2 + 1, end));
  });
  words.trim();
  return adoptClusters({ words: words.parts(), pathOf: resizeShared(pathOf, words.size), countOf: resizeShared(countOf, words.size), paths: pathList, meta });
}

/** Clusters read from their text form, with the parts another thread can share. */
export interface PackedClusters extends WordClusters {
  parts(): ClustersParts;
}

/** Parsed clusters as another thread shares them (`PackedClusters.parts`). */
export interface ClustersParts {
  readonly words: StringTableParts;
  /** Per word: its path's number in `paths`. */
  readonly pathOf: Int32Array;
  readonly countOf: Float64Array;
  readonly paths: readonly string[];
  readonly meta: Readonly<Record<string, unknown>>;
}

/** Clusters over parts that `parseClusters` made here or in another thread. */
export function adoptClusters(parts: ClustersParts): PackedClusters {
  const words = StringTable.adopt(parts.words);
  const { pathOf, countOf, paths } = parts;
  return {
    paths: new TableMap(words, (i) => paths[pathOf[i]]),
    counts: new TableMap(words, (i) => countOf[i]),
    meta: parts.meta,
    parts: () => parts,
  };
}

/** A read-only map from the strings of a `StringTable` to `valueAt(their number)`, in the table's order. */
class TableMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly table: StringTable,
    private readonly valueAt: (index: number) => V,
  ) {}

  get size(): number {
    return this.table.size;
  }

  get(key: string): V | undefined {
    const index = this.table.indexOf(key);
    return index < 0 ? undefined : this.valueAt(index);
  }

  has(key: string): boolean {
    return this.table.indexOf(key) >= 0;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (let i = 0; i < this.table.size; i++) callback(this.valueAt(i), this.table.at(i), this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.table.size; i++) yield [this.table.at(i), this.valueAt(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.table.size; i++) yield this.table.at(i);
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.table.size; i++) yield this.valueAt(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

export function formatClusters(clusters: WordClusters): string {
  const lines = [`# clusters ${JSON.stringify(clusters.meta)}`];
  for (const [word, path] of clusters.paths) lines.push(`${word}\t${path}\t${clusters.counts.get(word) ?? 0}`);
  return `${lines.join('\n')}\n`;
}

/** The path of `word`, trying the form as written, then lower case, then capitalised. */
export function clusterPath(clusters: WordClusters, word: string): string | undefined {
  const exact = clusters.paths.get(word);
  if (exact !== undefined) return exact;
  const lower = word.toLowerCase();
  const found = clusters.paths.get(lower);
  if (found !== undefined) return found;
  return clusters.paths.get(lower.charAt(0).toUpperCase() + lower.slice(1));
}
