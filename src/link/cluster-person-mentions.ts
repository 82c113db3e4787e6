import type { Mention } from '../core/types.ts';
import { parsePersonName, titleGender, titleHead, titleOnly, withoutGenitiveS, type GivenName, type ParseNameOptions, type PersonName } from './parse-person-name.ts';
import { givenNamesAgreement, givenNamesCompatible, mergeGivenNames } from './compare-given-names.ts';
import { isSeedSurname } from './find-seed-person.ts';

/** A mention of a person with its parsed name; `name` is null for a title alone ("President"). */
export interface PersonMember {
  readonly mention: Mention;
  readonly name: PersonName | null;
}

/** One person in an article: its mentions with their parsed names. */
export interface PersonCluster {
  readonly members: PersonMember[];
  surnameKey: string;
  /** The fullest given names seen so far. */
  given: GivenName[];
}

export interface PersonClusterOptions extends ParseNameOptions {
  /** Whether a name may take a genitive s without apostrophe ("Poetins"), as in Dutch. */
  readonly genitiveS: boolean;
  /** Lower-case given names → the gender they tell (the language's first-name lists); default none. */
  readonly firstNameGender?: ReadonlyMap<string, 'm' | 'f'>;
}

interface Named {
  readonly mention: Mention;
  readonly name: PersonName;
}

/**
 * Clusters the PER mentions of one article (in text order). Full names come first: a full
 * name joins a person with the same surname key and compatible given names, or whose fuller
 * name ends in it ("Martínez Cantón" in "Clara Martínez Cantón"), else it starts a new one.
 * Then a surname alone ("Sjojgoe", "Poetins", "president Tokajev") joins the person with that
 * surname; with several (Kim Jong-un and Kim Jong-il, Boris and Lyndon Johnson), the one the
 * article named first in full, as news names its main person first and calls a second one of
 * that surname by the full name. A word that is no one's surname but one person's first given
 * name joins that person ("Mario" after "Mario J. Lucero"); a title alone ("the President",
 * "Secretary") joins the one person who carried that title. A title or given name that tells
 * a gender keeps apart people of one surname ("Mrs. Claus" is not "Santa Claus"). Other
 * mentions without a name ("de president") are left out.
 */
export function clusterPersonMentions(mentions: readonly Mention[], options: PersonClusterOptions): PersonCluster[] {
  const parsed: Named[] = [];
  const titled: { mention: Mention; title: string }[] = [];
  for (const mention of mentions) {
    const name = parsePersonName(mention.text, options);
    if (name !== null) {
      parsed.push({ mention, name });
      continue;
    }
    const title = titleOnly(mention.text, options);
    if (title !== null) titled.push({ mention, title });
  }
  const resolved = options.genitiveS ? resolveGenitives(parsed) : parsed;

  const genderOf = (name: PersonName): 'm' | 'f' | null => titleGender(name) ?? (name.given.length > 0 ? options.firstNameGender?.get(name.given[0].text.toLowerCase()) ?? null : null);
  const clusterGender = (cluster: PersonCluster): 'm' | 'f' | null => {
    for (const m of cluster.members) {
      const gender = m.name === null ? null : genderOf(m.name);
      if (gender !== null) return gender;
    }
    return null;
  };
  const fits = (cluster: PersonCluster, name: PersonName): boolean => {
    const gender = genderOf(name);
    const other = gender === null ? null : clusterGender(cluster);
    return gender === null || other === null || gender === other;
  };

  const clusters: PersonCluster[] = [];
  for (const member of resolved) {
    if (member.name.given.length === 0) continue;
    const open = clusters.filter((c) => fits(c, member.name));
    const cluster = fittingCluster(open, member.name) ?? clusterEndingIn(open, member.name);
    if (cluster === null) {
      clusters.push({ members: [member], surnameKey: member.name.surnameKey, given: [...member.name.given] });
    } else {
      cluster.members.push(member);
      if (cluster.surnameKey === member.name.surnameKey && givenNamesCompatible(cluster.given, member.name.given)) cluster.given = mergeGivenNames(cluster.given, member.name.given);
    }
  }

  const named = clusters.slice();
  for (const member of resolved) {
    if (member.name.given.length > 0) continue;
    const key = member.name.surnameKey;
    const same = named.filter((c) => c.surnameKey === key && fits(c, member.name));
    const byGiven = same.length === 0 ? named.filter((c) => c.given[0]?.key === key && !c.given[0].initial) : [];
    const cluster = same[0] ?? (byGiven.length === 1 ? byGiven[0] : undefined) ?? clusters.find((c) => c.given.length === 0 && c.surnameKey === key && fits(c, member.name));
    if (cluster === undefined) clusters.push({ members: [member], surnameKey: key, given: [] });
    else cluster.members.push(member);
  }

  for (const { mention, title } of titled) {
    const carrying = clusters.filter((c) => c.members.some((m) => m.name !== null && titleHead(m.name) === title));
    if (carrying.length === 1) carrying[0].members.push({ mention, name: null });
  }
  for (const cluster of clusters) cluster.members.sort((a, b) => a.mention.start - b.mention.start);
  return clusters;
}

/** The person with this surname whose given names fit best, or null. */
function fittingCluster(clusters: readonly PersonCluster[], name: PersonName): PersonCluster | null {
  let best: PersonCluster | null = null;
  let bestScore = -1;
  for (const cluster of clusters) {
    if (cluster.surnameKey !== name.surnameKey || !givenNamesCompatible(cluster.given, name.given)) continue;
    const score = givenNamesAgreement(cluster.given, name.given);
    if (score >= bestScore) {
      best = cluster;
      bestScore = score;
    }
  }
  return best;
}

/** The one person with this surname one of whose names ends in all the words of this one ("Clara Martínez Cantón" for "Martínez Cantón"). */
function clusterEndingIn(clusters: readonly PersonCluster[], name: PersonName): PersonCluster | null {
  const words = [...name.given.map((g) => g.key), name.surnameKey];
  const found = clusters.filter((c) => c.surnameKey === name.surnameKey && c.members.some((m) => {
    if (m.name === null) return false;
    const longer = [...m.name.given.map((g) => g.key), m.name.surnameKey];
    return longer.length > words.length && words.every((w, i) => longer[longer.length - words.length + i] === w);
  }));
  return found.length === 1 ? found[0] : null;
}

/**
 * A surname ending in s is a genitive ("Poetins regime") when the article (or the seed list)
 * knows the name without the s and not with it.
 */
function resolveGenitives(parsed: readonly Named[]): Named[] {
  const plain = new Set(parsed.filter((p) => p.name.genitive !== 'possible').map((p) => p.name.surnameKey));
  return parsed.map((p) => {
    if (p.name.genitive !== 'possible' || plain.has(p.name.surnameKey) || isSeedSurname(p.name.surnameKey)) return p;
    const stripped = withoutGenitiveS(p.name);
    return plain.has(stripped.surnameKey) || isSeedSurname(stripped.surnameKey) ? { mention: p.mention, name: stripped } : p;
  });
}
