import type { Mention } from '../core/types.ts';
import { parsePersonName, withoutGenitiveS, type GivenName, type ParseNameOptions, type PersonName } from './parse-person-name.ts';
import { givenNamesAgreement, givenNamesCompatible, mergeGivenNames } from './compare-given-names.ts';
import { isSeedSurname } from './find-seed-person.ts';

/** One person in an article: its mentions with their parsed names. */
export interface PersonCluster {
  readonly members: { readonly mention: Mention; readonly name: PersonName }[];
  surnameKey: string;
  /** The fullest given names seen so far. */
  given: GivenName[];
}

export interface PersonClusterOptions extends ParseNameOptions {
  /** Whether a name may take a genitive s without apostrophe ("Poetins"), as in Dutch. */
  readonly genitiveS: boolean;
}

/**
 * Clusters the PER mentions of one article (in text order). Full names come first: a full
 * name joins a person with the same surname key and compatible given names, else it starts a
 * new one. Then a surname alone ("Sjojgoe", "Poetins", "president Tokajev") joins the person
 * with that surname; with several (Kim Jong-un and Kim Jong-il, Boris and Lyndon Johnson), the
 * one the article named first in full, as news names its main person first and calls a second
 * one of that surname by the full name. Mentions without a name ("de president") are left out.
 */
export function clusterPersonMentions(mentions: readonly Mention[], options: PersonClusterOptions): PersonCluster[] {
  const parsed: { mention: Mention; name: PersonName }[] = [];
  for (const mention of mentions) {
    const name = parsePersonName(mention.text, options);
    if (name !== null) parsed.push({ mention, name });
  }
  const resolved = options.genitiveS ? resolveGenitives(parsed) : parsed;

  const clusters: PersonCluster[] = [];
  for (const member of resolved) {
    if (member.name.given.length === 0) continue;
    let best: PersonCluster | null = null;
    let bestScore = -1;
    for (const cluster of clusters) {
      if (cluster.surnameKey !== member.name.surnameKey || !givenNamesCompatible(cluster.given, member.name.given)) continue;
      const score = givenNamesAgreement(cluster.given, member.name.given);
      if (score >= bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best === null) {
      clusters.push({ members: [member], surnameKey: member.name.surnameKey, given: [...member.name.given] });
    } else {
      best.members.push(member);
      best.given = mergeGivenNames(best.given, member.name.given);
    }
  }

  const named = clusters.slice();
  for (const member of resolved) {
    if (member.name.given.length > 0) continue;
    const same = named.filter((c) => c.surnameKey === member.name.surnameKey);
    const cluster = same[0] ?? clusters.find((c) => c.given.length === 0 && c.surnameKey === member.name.surnameKey);
    if (cluster === undefined) clusters.push({ members: [member], surnameKey: member.name.surnameKey, given: [] });
    else cluster.members.push(member);
  }
  for (const cluster of clusters) cluster.members.sort((a, b) => a.mention.start - b.mention.start);
  return clusters;
}

/**
 * A surname ending in s is a genitive ("Poetins regime") when the article (or the seed list)
 * knows the name without the s and not with it.
 */
function resolveGenitives(parsed: readonly { mention: Mention; name: PersonName }[]): { mention: Mention; name: PersonName }[] {
  const plain = new Set(parsed.filter((p) => p.name.genitive !== 'possible').map((p) => p.name.surnameKey));
  return parsed.map((p) => {
    if (p.name.genitive !== 'possible' || plain.has(p.name.surnameKey) || isSeedSurname(p.name.surnameKey)) return p;
    const stripped = withoutGenitiveS(p.name);
    return plain.has(stripped.surnameKey) || isSeedSurname(stripped.surnameKey) ? { mention: p.mention, name: stripped } : p;
  });
}
