import { keyOfTypedName } from '../link/parse-entity-key.ts';
import { parseEntityKey } from '../link/parse-entity-key.ts';
import { givenNamesCompatible } from '../link/compare-given-names.ts';

/** How a typed name finds stored keys: an index range to read, then a test for each key found. */
export interface SpeakerMatch {
  /** `key = surname OR low <= key < high` reads every key with that surname ("xoigu", "xoigu,…"). */
  readonly range: { readonly surname: string; readonly low: string; readonly high: string };
  /** Whether a key with that surname fits the name: any, for a surname alone; else given names that fit. */
  readonly fits: (key: string) => boolean;
}

/**
 * The keys a typed name stands for ("Shoigu" → every key of surname "xoigu"; "Sergei Shoigu" →
 * keys of that surname whose given names fit Sergei, not a surname alone). Null when the text
 * has no name.
 */
export function speakerMatch(text: string): SpeakerMatch | null {
  const asked = keyOfTypedName(text);
  if (asked === null) return null;
  const surname = asked.surnameKey;
  return {
    // Keys are a–z, 0–9, space and comma: "," (0x2c) sorts before "-" (0x2d), so [s + ",", s + "-") holds "s,…".
    range: { surname, low: `${surname},`, high: `${surname}-` },
    fits: (key: string) => {
      const found = parseEntityKey(key);
      if (found.surnameKey !== surname) return false;
      if (asked.given.length === 0) return true;
      return found.given.length > 0 && givenNamesCompatible(found.given, asked.given);
    },
  };
}
