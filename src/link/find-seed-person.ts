import { names } from '../lang/names/index.ts';
import type { SeedPerson } from '../lang/name-lexicon.ts';
import { parsePersonName, personKey, type GivenName, type PersonName } from './parse-person-name.ts';
import { givenNamesCompatible } from './compare-given-names.ts';

/** A person of `src/lang/people-seed.json` with the keys of all the ways it is written. */
export interface SeedMatch {
  readonly person: SeedPerson;
  /** The entity key of the canonical (first English) name. */
  readonly key: string;
  /** The canonical name ("Sergei Shoigu"). */
  readonly name: string;
  readonly surnameKeys: ReadonlySet<string>;
  readonly givenVariants: readonly (readonly GivenName[])[];
}

const bySurname = new Map<string, SeedMatch[]>();
for (const person of names.people) {
  const parsed = Object.values(person.names).flat().map((n) => parsePersonName(n)).filter((p): p is PersonName => p !== null);
  const canonical = parsePersonName(person.names.en[0]);
  if (canonical === null) continue;
  const entry: SeedMatch = {
    person,
    key: personKey(canonical.surnameKey, canonical.given),
    name: person.names.en[0],
    surnameKeys: new Set(parsed.map((p) => p.surnameKey)),
    givenVariants: parsed.map((p) => p.given),
  };
  for (const key of entry.surnameKeys) {
    const list = bySurname.get(key);
    if (list === undefined) bySurname.set(key, [entry]);
    else list.push(entry);
  }
}

/** Whether some seed person has this surname key. */
export function isSeedSurname(surnameKey: string): boolean {
  return bySurname.has(surnameKey);
}

/**
 * The one seed person a name can be: same surname key and given names that fit one of the
 * person's spellings; a surname alone only when it points at one person whose surname is not
 * ambiguous. Null when none or more than one fit.
 */
export function findSeedPerson(surnameKey: string, given: readonly GivenName[]): SeedMatch | null {
  const candidates = bySurname.get(surnameKey);
  if (candidates === undefined) return null;
  if (given.length === 0) {
    return candidates.length === 1 && !candidates[0].person.ambiguousSurname ? candidates[0] : null;
  }
  const fitting = candidates.filter((c) => c.givenVariants.some((g) => g.length > 0 && givenNamesCompatible(g, given)));
  return fitting.length === 1 ? fitting[0] : null;
}
