import { names } from '../lang/names/index.ts';
import type { GivenName } from './parse-person-name.ts';
import { wordKey } from './name-key.ts';

/** Key of a given name → the variant groups it is in (`src/lang/names/given-name-variants.json`). */
const groupsOf = new Map<string, number[]>();
names.givenNameGroups.forEach((group, g) => {
  for (const form of group) {
    const key = wordKey(form);
    const groups = groupsOf.get(key);
    if (groups === undefined) groupsOf.set(key, [g]);
    else if (!groups.includes(g)) groups.push(g);
  }
});

/**
 * Whether two given names can be the same: equal keys ("Sergej"/"Sergei"), one group of
 * variants ("Volodymyr"/"Vladimir"), or an initial that fits the other ("S."/"Sergej").
 */
export function sameGivenName(a: GivenName, b: GivenName): boolean {
  if (a.key === b.key) return true;
  if (a.initial || b.initial) {
    const [short, long] = a.initial ? [a, b] : [b, a];
    if (short.initial && long.initial) return short.key === long.key;
    return long.key.startsWith(short.key) || foldedInitial(long.text) === foldedInitial(short.text);
  }
  const ga = groupsOf.get(a.key);
  const gb = groupsOf.get(b.key);
  return ga !== undefined && gb !== undefined && ga.some((g) => gb.includes(g));
}

/**
 * Whether two lists of given names can belong to one person: every given name present in both
 * at the same place is the same name; one list may stop earlier ("George Bush" / "George W.
 * Bush") or be empty. "Kim Jong-un" / "Kim Jong-il" and "Boris" / "Lyndon" conflict.
 */
export function givenNamesCompatible(a: readonly GivenName[], b: readonly GivenName[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!sameGivenName(a[i], b[i])) return false;
  return true;
}

/** How many given names two compatible lists share as full names (for choosing the best of several). */
export function givenNamesAgreement(a: readonly GivenName[], b: readonly GivenName[]): number {
  const n = Math.min(a.length, b.length);
  let score = 0;
  for (let i = 0; i < n; i++) if (!a[i].initial && !b[i].initial && sameGivenName(a[i], b[i])) score++;
  return score;
}

/** The fuller of two compatible lists, place by place: a full name wins over an initial. */
export function mergeGivenNames(a: readonly GivenName[], b: readonly GivenName[]): GivenName[] {
  const out: GivenName[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) out.push(y);
    else if (y === undefined) out.push(x);
    else out.push(x.initial && !y.initial ? y : x);
  }
  return out;
}

function foldedInitial(text: string): string {
  return text.normalize('NFD')[0]?.toLowerCase() ?? '';
}
