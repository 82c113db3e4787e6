import type { EntityType, Mention } from '../core/types.ts';
import { nameKey } from './name-key.ts';
import { organisationNameSpan } from './organisation-key.ts';

/** One organisation or place in an article. */
export interface NameCluster {
  readonly type: EntityType;
  readonly members: { readonly mention: Mention; readonly name: { readonly start: number; readonly end: number } }[];
  key: string;
}

export interface NameClusterOptions {
  /** Whether a name may take a genitive s without apostrophe ("Ruslands"), as in Dutch. */
  readonly genitiveS: boolean;
}

/**
 * Clusters the ORG or LOC mentions of one article: the same name key ("Kremlin"/"kremlin",
 * "Ruslands"/"Rusland"), or an acronym and the name it abbreviates ("VN"/"Verenigde Naties",
 * "EU"/"Europese Unie"). A leading article ("de", "the") and a genitive ending do not count.
 */
export function clusterNameMentions(mentions: readonly Mention[], type: EntityType, options: NameClusterOptions): NameCluster[] {
  const parsed = mentions.map((mention) => ({ mention, name: organisationNameSpan(mention.text) }))
    .map((p) => ({ ...p, key: nameKey(p.mention.text.slice(p.name.start, p.name.end)) }))
    .filter((p) => p.key !== '');
  const plain = new Set(parsed.map((p) => p.key));
  const byKey = new Map<string, NameCluster>();
  for (const p of parsed) {
    let { key, name } = p;
    const text = p.mention.text;
    if (options.genitiveS && /\p{Ll}s$/u.test(text.slice(name.start, name.end)) && key.endsWith('s') && plain.has(key.slice(0, -1))) {
      key = key.slice(0, -1);
      name = { start: name.start, end: name.end - 1 };
    }
    const cluster = byKey.get(key);
    if (cluster === undefined) byKey.set(key, { type, members: [{ mention: p.mention, name }], key });
    else cluster.members.push({ mention: p.mention, name });
  }
  const clusters = joinAcronyms([...byKey.values()]);
  return type === 'ORG' ? joinHeadWords(clusters) : clusters;
}

/**
 * An organisation named by the last word of its name alone ("the Commission" after "the
 * European Commission", "Pirates" after "Pittsburgh Pirates") is that organisation, when one
 * name of the article ends in that word.
 */
function joinHeadWords(clusters: NameCluster[]): NameCluster[] {
  const absorbed = new Set<NameCluster>();
  for (const cluster of clusters) {
    if (cluster.key.includes(' ')) continue;
    const longer = clusters.filter((c) => c !== cluster && !absorbed.has(c) && c.key.endsWith(` ${cluster.key}`));
    if (longer.length !== 1) continue;
    longer[0].members.push(...cluster.members);
    longer[0].members.sort((a, b) => a.mention.start - b.mention.start);
    absorbed.add(cluster);
  }
  return clusters.filter((c) => !absorbed.has(c));
}

function joinAcronyms(clusters: NameCluster[]): NameCluster[] {
  const out: NameCluster[] = [];
  const absorbed = new Set<NameCluster>();
  for (const cluster of clusters) {
    const acronym = acronymOf(cluster);
    if (acronym === null) continue;
    const full = clusters.filter((c) => c !== cluster && initials(longest(c)) === acronym);
    if (full.length === 1) {
      full[0].members.push(...cluster.members);
      absorbed.add(cluster);
    }
  }
  for (const cluster of clusters) {
    if (absorbed.has(cluster)) continue;
    cluster.members.sort((a, b) => a.mention.start - b.mention.start);
    out.push(cluster);
  }
  return out;
}

/** "CSTO", "V.N." → the letters, when every member is written so; else null. */
function acronymOf(cluster: NameCluster): string | null {
  let letters: string | null = null;
  for (const { mention, name } of cluster.members) {
    const text = mention.text.slice(name.start, name.end).replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(text)) return null;
    letters = text;
  }
  return letters;
}

function longest(cluster: NameCluster): string {
  let best = '';
  for (const { mention, name } of cluster.members) {
    const text = mention.text.slice(name.start, name.end);
    if (text.length > best.length) best = text;
  }
  return best;
}

/** First letters of the capitalised words and hyphen parts: "Noord-Atlantische Verdragsorganisatie" → "NAV". */
function initials(text: string): string {
  let out = '';
  for (const word of text.split(/[\s\-‐‑]+/u)) {
    const c = word[0];
    if (c !== undefined && c !== c.toLowerCase()) out += c.toUpperCase();
  }
  return out.length >= 2 ? out : '';
}
