import type { EntityType } from '../core/types.ts';
import { parseEntityKey, type ParsedKey } from './parse-entity-key.ts';
import { givenNamesAgreement, givenNamesCompatible, mergeGivenNames } from './compare-given-names.ts';
import type { GivenName } from './parse-person-name.ts';
import { nameKey } from './name-key.ts';

/** One entity of one stored article, as the corpus linker reads it. */
export interface EntityRecord {
  readonly documentId: number;
  readonly entityId: string;
  readonly type: EntityType;
  readonly name: string;
  /** `Entity.key`; null for analyses made before there were keys (the name's key is used). */
  readonly key: string | null;
  readonly role: string | null;
  readonly mentionCount: number;
}

/**
 * A decision made by hand, kept apart from the automatic links so that re-linking keeps it:
 * `merge` joins the entities with key `a` and those with key `b`; `split` takes the entities
 * with key `key` out of any automatic merge.
 */
export type EntityOverride =
  | { readonly kind: 'merge'; readonly type: EntityType; readonly a: string; readonly b: string }
  | { readonly kind: 'split'; readonly type: EntityType; readonly key: string };

/**
 * Why an article's entity belongs to a corpus entity: `same-key` (the key of the corpus entity
 * itself), `compatible-names` (same surname, given names that fit: "S. Sjojgoe" and "Sergej
 * Sjojgoe"), `surname-only` (a surname alone and one person with it), `merged-by-hand`.
 */
export type LinkReason = 'same-key' | 'compatible-names' | 'surname-only' | 'merged-by-hand';

export interface EntityLink {
  readonly documentId: number;
  readonly entityId: string;
  readonly key: string;
  readonly name: string;
  readonly reason: LinkReason;
  readonly confidence: number;
}

/** One entity of the corpus: every article's entity that is the same person, organisation or place. */
export interface CorpusEntity {
  /**
   * `TYPE:key` of its fullest key ("PER:xoigu,sergei"): stable while that key is in the corpus.
   * An organisation and a place of one key are one entity, typed as most of its mentions are.
   */
  readonly id: string;
  readonly type: EntityType;
  /** The name written most often with the fullest key. */
  readonly name: string;
  readonly key: string;
  /** Every key of its members, the fullest first. */
  readonly keys: readonly string[];
  /** The lowest confidence of its links. */
  readonly confidence: number;
  readonly documents: number;
  readonly mentions: number;
  readonly links: readonly EntityLink[];
}

/** Confidence of the automatic links, by what they rest on. */
const CONFIDENCE = {
  sameKey: 1,
  fullNames: 0.9,
  initials: 0.75,
  surnameOnly: 0.6,
  surnameOnlyByRole: 0.5,
  byHand: 1,
} as const;

interface KeyGroup {
  readonly type: EntityType;
  readonly parsed: ParsedKey;
  readonly records: EntityRecord[];
  /** Set when the group joins a cluster whose anchor is another group. */
  reason: LinkReason;
  confidence: number;
  split: boolean;
}

interface Cluster {
  groups: KeyGroup[];
  given: GivenName[];
}

/**
 * Links the entities of all articles into corpus entities. Organisations and places link by
 * equal key. People link by surname key: full names whose given names fit join one person
 * (Kim Jong-un and Kim Jong-il, Boris and Lyndon Johnson stay apart; a name that fits two
 * people joins neither); a surname alone joins the one person with that surname, or the one
 * whose role it shares, else stays apart. Then the hand-made merges and splits apply, the later
 * decision about a key over an earlier one. Linear
 * in the number of records apart from the groups of one surname.
 */
export function linkCorpusEntities(records: Iterable<EntityRecord>, decisions: readonly EntityOverride[] = []): CorpusEntity[] {
  const overrides = latestDecisions(decisions);
  const groups = new Map<string, KeyGroup>();
  for (const record of records) {
    const key = record.key ?? nameKey(record.name);
    if (key === '') continue;
    const id = `${kindOf(record.type)}:${key}`;
    let group = groups.get(id);
    if (group === undefined) {
      group = { type: record.type, parsed: parseEntityKey(key), records: [], reason: 'same-key', confidence: CONFIDENCE.sameKey, split: false };
      groups.set(id, group);
    }
    group.records.push(record);
  }
  for (const o of overrides) {
    if (o.kind !== 'split') continue;
    const group = groups.get(`${kindOf(o.type)}:${o.key}`);
    if (group !== undefined) group.split = true;
  }

  const clusters: Cluster[] = [];
  const bySurname = new Map<string, KeyGroup[]>();
  for (const group of groups.values()) {
    if (group.type !== 'PER' || group.split) {
      clusters.push({ groups: [group], given: [...group.parsed.given] });
      continue;
    }
    const id = group.parsed.surnameKey;
    const list = bySurname.get(id);
    if (list === undefined) bySurname.set(id, [group]);
    else list.push(group);
  }
  for (const list of bySurname.values()) clusters.push(...linkPeople(list));

  const merged = applyMerges(clusters, overrides);
  return merged.map(corpusEntity).sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

/**
 * The decisions by hand that still hold, in order: a split of a key undoes the earlier merges
 * of that key, and a merge undoes the earlier splits of its keys (the last word counts).
 */
function latestDecisions(decisions: readonly EntityOverride[]): EntityOverride[] {
  let out: EntityOverride[] = [];
  for (const d of decisions) {
    if (d.kind === 'split') {
      out = out.filter((o) => o.type !== d.type || (o.kind === 'merge' ? o.a !== d.key && o.b !== d.key : o.key !== d.key));
    } else {
      out = out.filter((o) => o.type !== d.type || o.kind !== 'split' || (o.key !== d.a && o.key !== d.b));
    }
    out.push(d);
  }
  return out;
}

/** The people of one surname. */
function linkPeople(groups: KeyGroup[]): Cluster[] {
  const full = groups.filter((g) => g.parsed.given.length > 0);
  const bare = groups.filter((g) => g.parsed.given.length === 0);
  // Fullest names first, so a short name meets every person it could be before it picks one.
  full.sort((a, b) => fullNames(b.parsed.given) - fullNames(a.parsed.given) || b.parsed.given.length - a.parsed.given.length || mentions(b) - mentions(a));
  const clusters: Cluster[] = [];
  const alone: Cluster[] = [];
  for (const group of full) {
    const fitting = clusters.filter((c) => givenNamesCompatible(c.given, group.parsed.given));
    if (fitting.length === 1) {
      const cluster = fitting[0];
      const agreement = givenNamesAgreement(cluster.given, group.parsed.given);
      group.reason = 'compatible-names';
      group.confidence = agreement > 0 && !group.parsed.given.some((g) => g.initial) ? CONFIDENCE.fullNames : CONFIDENCE.initials;
      cluster.groups.push(group);
      cluster.given = mergeGivenNames(cluster.given, group.parsed.given);
    } else if (fitting.length === 0) {
      clusters.push({ groups: [group], given: [...group.parsed.given] });
    } else {
      alone.push({ groups: [group], given: [...group.parsed.given] });
    }
  }
  for (const group of bare) {
    const target = clusters.length === 1 ? clusters[0] : byRole(clusters, group);
    if (target === null) {
      alone.push({ groups: [group], given: [] });
    } else {
      group.reason = 'surname-only';
      group.confidence = clusters.length === 1 ? CONFIDENCE.surnameOnly : CONFIDENCE.surnameOnlyByRole;
      target.groups.push(group);
    }
  }
  return [...clusters, ...alone];
}

/** The one person among several whose members share a role with the surname's members. */
function byRole(clusters: readonly Cluster[], group: KeyGroup): Cluster | null {
  const roles = new Set(group.records.map((r) => r.role?.toLowerCase()).filter((r): r is string => r !== undefined));
  if (roles.size === 0) return null;
  const fitting = clusters.filter((c) => c.groups.some((g) => g.records.some((r) => r.role !== null && roles.has(r.role.toLowerCase()))));
  return fitting.length === 1 ? fitting[0] : null;
}

function applyMerges(clusters: Cluster[], overrides: readonly EntityOverride[]): Cluster[] {
  const clusterOf = new Map<string, Cluster>();
  for (const cluster of clusters) for (const g of cluster.groups) clusterOf.set(`${kindOf(g.type)}:${g.parsed.key}`, cluster);
  const gone = new Set<Cluster>();
  for (const o of overrides) {
    if (o.kind !== 'merge') continue;
    const a = clusterOf.get(`${kindOf(o.type)}:${o.a}`);
    const b = clusterOf.get(`${kindOf(o.type)}:${o.b}`);
    if (a === undefined || b === undefined || a === b) continue;
    for (const g of b.groups) {
      g.reason = 'merged-by-hand';
      g.confidence = CONFIDENCE.byHand;
      a.groups.push(g);
      clusterOf.set(`${kindOf(g.type)}:${g.parsed.key}`, a);
    }
    a.given = a.given.length >= b.given.length ? a.given : b.given;
    gone.add(b);
  }
  return clusters.filter((c) => !gone.has(c));
}

function corpusEntity(cluster: Cluster): CorpusEntity {
  const groups = [...cluster.groups].sort((a, b) => fullNames(b.parsed.given) - fullNames(a.parsed.given) || mentions(b) - mentions(a) || (a.parsed.key < b.parsed.key ? -1 : 1));
  const anchor = groups[0];
  const links: EntityLink[] = [];
  const documents = new Set<number>();
  let total = 0;
  let confidence = 1;
  for (const g of groups) {
    const reason = g === anchor ? 'same-key' : g.reason;
    const c = g === anchor ? CONFIDENCE.sameKey : g.confidence;
    confidence = Math.min(confidence, c);
    for (const r of g.records) {
      links.push({ documentId: r.documentId, entityId: r.entityId, key: g.parsed.key, name: r.name, reason, confidence: c });
      documents.add(r.documentId);
      total += r.mentionCount;
    }
  }
  links.sort((a, b) => a.documentId - b.documentId || (a.entityId < b.entityId ? -1 : 1));
  const type = commonestType(groups);
  return {
    id: `${type}:${anchor.parsed.key}`,
    type,
    name: commonestName(anchor.records),
    key: anchor.parsed.key,
    keys: groups.map((g) => g.parsed.key),
    confidence,
    documents: documents.size,
    mentions: total,
    links,
  };
}

/**
 * Organisations and places link with each other: taggers and writers use a place for its
 * government or seat ("het Kremlin", "Moskou besloot") and tag it either way.
 */
function kindOf(type: EntityType): string {
  return type === 'ORG' || type === 'LOC' ? 'ORG/LOC' : type;
}

/** The type most mentions of the entity have (the first group's on a tie). */
function commonestType(groups: readonly KeyGroup[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const g of groups) for (const r of g.records) counts.set(r.type, (counts.get(r.type) ?? 0) + r.mentionCount);
  let best = groups[0].records[0].type;
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

function commonestName(records: readonly EntityRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.name, (counts.get(r.name) ?? 0) + r.mentionCount);
  let best = records[0].name;
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && name < best)) best = name;
  return best;
}

function fullNames(given: readonly GivenName[]): number {
  let n = 0;
  for (const g of given) if (!g.initial) n++;
  return n;
}

function mentions(group: KeyGroup): number {
  let n = 0;
  for (const r of group.records) n += r.mentionCount;
  return n;
}
