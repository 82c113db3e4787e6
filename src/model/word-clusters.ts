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
 * it walks the text with indexOf instead of splitting it into lines, and keeps one string per
 * distinct path (a few thousand) instead of one per word.
 */
export function parseClusters(text: string, name = 'clusters'): WordClusters {
  const paths = new Map<string, string>();
  const counts = new Map<string, number>();
  const distinctPaths = new Map<string, string>();
  let meta: Record<string, unknown> = {};
  let at = 0;
  let lineNo = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lineNo++;
    const from = at;
    at = end + 1;
    if (end === from) continue;
    if (lineNo === 1 && text.startsWith('# clusters ', from)) {
      meta = JSON.parse(text.slice(from + '# clusters '.length, end)) as Record<string, unknown>;
      continue;
    }
    const tab = text.indexOf('\t', from);
    const tab2 = tab < 0 ? -1 : text.indexOf('\t', tab + 1);
    if (tab <= from || tab2 <= tab || tab2 >= end) throw new Error(`${name}:${lineNo}: expected word, path and count separated by tabs`);
    const word = text.slice(from, tab);
    const path = text.slice(tab + 1, tab2);
    let shared = distinctPaths.get(path);
    if (shared === undefined) distinctPaths.set(path, (shared = path));
    paths.set(word, shared);
    counts.set(word, Number(text.slice(tab2 + 1, end)));
  }
  return { paths, counts, meta };
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
