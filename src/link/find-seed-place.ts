import { names } from '../lang/names/index.ts';
import type { SeedPlace } from '../lang/name-lexicon.ts';
import { organisationKey } from './organisation-key.ts';

/** A place or organisation of `src/lang/places-seed.json` with the key of its canonical name. */
export interface SeedPlaceMatch {
  readonly place: SeedPlace;
  /** The key of the first English name ("moskov" for Moscow, "nato"). */
  readonly key: string;
}

const byKey = new Map<string, SeedPlaceMatch | null>();
for (const place of names.places) {
  const match: SeedPlaceMatch = { place, key: organisationKey(place.names.en[0]) };
  for (const name of Object.values(place.names).flat()) {
    const id = `${place.type}:${organisationKey(name)}`;
    const known = byKey.get(id);
    // A key two seed entries share (a country and its capital of one name) points at neither.
    byKey.set(id, known === undefined || known?.place === place ? match : null);
  }
}

/**
 * The seed place or organisation whose name in some language has this key, of this type or
 * else of the other one (a tagger may call "Moskou" an organisation); null when none or several.
 */
export function findSeedPlace(type: 'LOC' | 'ORG', key: string): SeedPlaceMatch | null {
  return byKey.get(`${type}:${key}`) ?? byKey.get(`${type === 'LOC' ? 'ORG' : 'LOC'}:${key}`) ?? null;
}
