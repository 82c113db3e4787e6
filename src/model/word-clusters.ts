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

export function parseClusters(text: string, name = 'clusters'): WordClusters {
  const paths = new Map<string, string>();
  const counts = new Map<string, number>();
  let meta: Record<string, unknown> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    if (i === 0 && line.startsWith('# clusters ')) {
      meta = JSON.parse(line.slice('# clusters '.length)) as Record<string, unknown>;
      continue;
    }
    const tab = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab + 1);
    if (tab <= 0 || tab2 <= tab) throw new Error(`${name}:${i + 1}: expected word, path and count separated by tabs`);
    const word = line.slice(0, tab);
    paths.set(word, line.slice(tab + 1, tab2));
    counts.set(word, Number(line.slice(tab2 + 1)));
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
