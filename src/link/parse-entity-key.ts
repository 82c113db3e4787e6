import type { GivenName } from './parse-person-name.ts';
import { parsePersonName, personKey } from './parse-person-name.ts';
import { nameKey } from './name-key.ts';
import { names } from '../lang/names/index.ts';

/** An entity key taken apart: "xoigu,sergei" → surname "xoigu", given ["sergei"]; "kremlin" → surname "kremlin". */
export interface ParsedKey {
  readonly key: string;
  readonly surnameKey: string;
  readonly given: readonly GivenName[];
}

/** Takes apart a key written by `personKey` (a one-letter given key is an initial). */
export function parseEntityKey(key: string): ParsedKey {
  const comma = key.indexOf(',');
  if (comma < 0) return { key, surnameKey: key, given: [] };
  const given = key.slice(comma + 1).split(' ').filter((k) => k !== '').map((k) => ({ text: k, key: k, initial: k.length === 1 }));
  return { key, surnameKey: key.slice(0, comma), given };
}

/**
 * The key a typed name asks for ("Shoigu", "sergei shoigu", "Сергей Шойгу"): a person key when
 * the text reads as a person's name (words are capitalised first, particles not: "mirjam de
 * wit"), else the name key of the words; null when nothing is left.
 */
export function keyOfTypedName(text: string): ParsedKey | null {
  const typed = text.trim().split(/\s+/).map((w) => (names.particles.has(w) ? w : w.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))).join(' ');
  const person = parsePersonName(typed);
  if (person !== null) return parseEntityKey(personKey(person.surnameKey, person.given));
  const key = nameKey(text);
  return key === '' ? null : parseEntityKey(key);
}
