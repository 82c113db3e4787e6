import { tagSpans } from '../model/bio-tags.ts';
import { prf } from './task.ts';

/**
 * Exact entity matching as conlleval counts it: an entity is right when its type, first and
 * last word all equal a gold entity's. Counts add up over sentences; `entityScores` turns them
 * into overall and per-type precision, recall and F1.
 */
export interface EntityCounts {
  /** Per type: [correct, predicted, gold]. */
  readonly byType: Map<string, [number, number, number]>;
}

export function newEntityCounts(): EntityCounts {
  return { byType: new Map() };
}

/** Adds one sentence; returns the gold entities missed and the predicted ones that are wrong. */
export function countEntityMatches(counts: EntityCounts, gold: readonly string[], predicted: readonly string[]): { missed: string[]; wrong: string[] } {
  if (gold.length !== predicted.length) throw new Error(`countEntityMatches: ${gold.length} gold tags but ${predicted.length} predicted`);
  const key = (s: { type: string; start: number; end: number }): string => `${s.start}:${s.end}:${s.type}`;
  const goldSpans = tagSpans(gold);
  const predictedSpans = tagSpans(predicted);
  const goldKeys = new Set(goldSpans.map(key));
  const predictedKeys = new Set(predictedSpans.map(key));
  const cell = (type: string): [number, number, number] => {
    let c = counts.byType.get(type);
    if (c === undefined) counts.byType.set(type, (c = [0, 0, 0]));
    return c;
  };
  for (const s of goldSpans) cell(s.type)[2]++;
  for (const s of predictedSpans) {
    const c = cell(s.type);
    c[1]++;
    if (goldKeys.has(key(s))) c[0]++;
  }
  return {
    missed: goldSpans.filter((s) => !predictedKeys.has(key(s))).map(key),
    wrong: predictedSpans.filter((s) => !goldKeys.has(key(s))).map(key),
  };
}

export interface EntityScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly correct: number;
  readonly predicted: number;
  readonly gold: number;
}

export function entityScores(counts: EntityCounts): { overall: EntityScore; byType: Record<string, EntityScore> } {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  const byType: Record<string, EntityScore> = {};
  for (const type of [...counts.byType.keys()].sort()) {
    const [c, p, g] = counts.byType.get(type)!;
    correct += c;
    predicted += p;
    gold += g;
    byType[type] = { ...prf(c, p, g), correct: c, predicted: p, gold: g };
  }
  return { overall: { ...prf(correct, predicted, gold), correct, predicted, gold }, byType };
}
