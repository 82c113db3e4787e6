import type { Analysis, Entity, EntityType, Mention } from '../core/types.ts';
import type { StageContext } from '../core/stage.ts';
import type { LangPack } from '../lang/pack.ts';
import { names } from '../lang/names/index.ts';
import { clusterPersonMentions, type PersonCluster } from './cluster-person-mentions.ts';
import { clusterNameMentions, type NameCluster } from './cluster-name-mentions.ts';
import { personKey, type PersonName } from './parse-person-name.ts';
import { findSeedPerson } from './find-seed-person.ts';
import { findSeedPlace } from './find-seed-place.ts';

/**
 * Stage 'link-entities': clusters the PER, ORG and LOC mentions of the article into entities —
 * one person however the article names them ("Sergej Sjojgoe", "Sjojgoe", "minister Sjojgoe",
 * "Sjojgoe's"), one organisation under its name and acronym — each with its fullest name,
 * the other names as aliases, and a key that is the same across spellings and languages
 * (`link/name-key.ts`; a person of the seed list gets the seed's key). Sets `Mention.entity`.
 * MISC mentions, mentions without a name and nominal or pronoun mentions are left unlinked
 * (the coreference stage links those).
 */
export function clusterMentions(analysis: Analysis, context: StageContext): Analysis {
  const genitiveS = names.genitiveS.has(context.lang);
  const byType = (type: EntityType) => analysis.mentions.filter((m) => m.type === type && (m.form ?? 'name') === 'name').sort((a, b) => a.start - b.start);
  const persons = clusterPersonMentions(byType('PER'), { genitiveS, titles: titlesOf(context.pack), firstNameGender: context.pack.speech.firstNames });
  const others = [...clusterNameMentions(byType('ORG'), 'ORG', { genitiveS }), ...clusterNameMentions(byType('LOC'), 'LOC', { genitiveS })];

  const startOf = new Map(analysis.mentions.map((m) => [m.id, m.start]));
  const drafts = [...joinSeedPeople(persons.map(personDraft), startOf), ...others.map(nameDraft)].sort((a, b) => a.first - b.first);
  const entityOf = new Map<string, string>();
  const entities: Entity[] = drafts.map((draft, i) => {
    const id = `e${i + 1}`;
    for (const m of draft.mentions) entityOf.set(m, id);
    return { id, type: draft.type, name: draft.name, aliases: draft.aliases, mentions: draft.mentions, key: draft.key };
  });
  const mentions: Mention[] = analysis.mentions.map((m) => {
    const entity = entityOf.get(m.id);
    return entity === undefined || m.entity === entity ? m : { ...m, entity };
  });
  return { ...analysis, mentions, entities };
}

interface Draft {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: string[];
  readonly mentions: string[];
  readonly key: string;
  /** Offset of the first mention, for ordering. */
  readonly first: number;
  /** The seed person it is, if any. */
  readonly seed?: string;
  /** How full its name is (given names, then length), to pick the name when drafts join. */
  readonly fullness: number;
}

function personDraft(cluster: PersonCluster): Draft {
  const named = cluster.members.filter((m): m is { mention: Mention; name: PersonName } => m.name !== null);
  const size = (m: (typeof named)[number]): number => m.name.given.length * 1000 + (m.name.end - m.name.start);
  let canonical = named[0];
  for (const member of named) if (size(member) > size(canonical)) canonical = member;
  const seed = findSeedPerson(cluster.surnameKey, cluster.given);
  const made = draft('PER', cluster.members.map((m) => ({ mention: m.mention, name: m.name === null ? null : m.mention.text.slice(m.name.start, m.name.end) })),
    canonical.mention.text.slice(canonical.name.start, canonical.name.end), seed?.key ?? personKey(cluster.surnameKey, cluster.given));
  const fullness = size(canonical);
  return seed === null ? { ...made, fullness } : { ...made, fullness, seed: seed.person.id };
}

/**
 * Two spellings the rules keep apart but the seed list knows as one person ("Evgueni
 * Prigojine" and "Yevgeny Prigozhin" in one article) are one entity.
 */
function joinSeedPeople(drafts: readonly Draft[], startOf: ReadonlyMap<string, number>): Draft[] {
  const out: Draft[] = [];
  const bySeed = new Map<string, number>();
  for (const d of drafts) {
    const at = d.seed === undefined ? undefined : bySeed.get(d.seed);
    if (at === undefined) {
      if (d.seed !== undefined) bySeed.set(d.seed, out.length);
      out.push(d);
      continue;
    }
    const kept = out[at];
    const [main, other] = d.fullness > kept.fullness ? [d, kept] : [kept, d];
    const aliases = [...main.aliases];
    for (const name of [other.name, ...other.aliases]) if (name !== main.name && !aliases.includes(name)) aliases.push(name);
    const mentions = [...kept.mentions, ...d.mentions].sort((a, b) => (startOf.get(a) ?? 0) - (startOf.get(b) ?? 0));
    out[at] = { ...main, aliases, mentions, first: Math.min(kept.first, d.first) };
  }
  return out;
}

function nameDraft(cluster: NameCluster): Draft {
  const named = cluster.members.map((m) => ({ mention: m.mention, name: m.mention.text.slice(m.name.start, m.name.end) }));
  let canonical = named[0].name;
  for (const { name } of named) if (name.length > canonical.length) canonical = name;
  const seed = cluster.type === 'LOC' || cluster.type === 'ORG' ? findSeedPlace(cluster.type, cluster.key) : null;
  return draft(cluster.type, named, canonical, seed?.key ?? cluster.key);
}

/** `name` is null for a mention that names no one (a title alone): it counts as a mention, not as an alias. */
function draft(type: EntityType, named: readonly { mention: Mention; name: string | null }[], canonical: string, key: string): Draft {
  const aliases: string[] = [];
  for (const { name } of named) if (name !== null && name !== canonical && !aliases.includes(name)) aliases.push(name);
  return { type, name: canonical, aliases, mentions: named.map((n) => n.mention.id), key, first: named[0].mention.start, fullness: 0 };
}

const titleSets = new WeakMap<LangPack, ReadonlySet<string>>();

/** The language's role nouns ("minister", "woordvoerder") with the shared honorifics. */
function titlesOf(pack: LangPack): ReadonlySet<string> {
  let set = titleSets.get(pack);
  if (set === undefined) {
    set = new Set([...names.titles, ...pack.speech.roles]);
    titleSets.set(pack, set);
  }
  return set;
}
