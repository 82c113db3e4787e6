/**
 * The matching rules of `../shared/gold/FORMAT.md` for attributed statements: a prediction
 * matches a gold statement of the same article when their contents overlap by at least half
 * of the gold content's length; each gold statement and each prediction is matched at most
 * once, largest overlaps first.
 */
import type { Span } from '../core/types.ts';
import { overlapLength } from '../core/span.ts';

/** What matching needs of either side. */
export interface Attribution {
  readonly content: readonly Span[];
}

/** Total length of a statement's pieces. */
export function lengthOf(pieces: readonly Span[]): number {
  let total = 0;
  for (const piece of pieces) total += piece.end - piece.start;
  return total;
}

/** Characters the pieces of `a` and `b` have in common. */
export function overlapOf(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += overlapLength(x, y);
  return total;
}

/** Pairs `[goldIndex, predictedIndex]`, each index at most once, largest overlap first. */
export function matchAttributions(gold: readonly Attribution[], predicted: readonly Attribution[]): [number, number][] {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    const need = lengthOf(g.content) / 2;
    predicted.forEach((p, pi) => {
      const overlap = overlapOf(g.content, p.content);
      if (overlap > 0 && overlap >= need) candidates.push({ g: gi, p: pi, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/**
 * The speaker rule of FORMAT.md: the names are equal after lower-casing, or one name's words
 * contain the other's surname (its last word): "Tokajev" matches "Kassim-Zjomart Tokajev".
 */
export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const a = nameWords(gold);
  const b = nameWords(predicted);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  return b.includes(a[a.length - 1]) || a.includes(b[b.length - 1]);
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s\u00a0]+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')).filter((word) => word !== '');
}
