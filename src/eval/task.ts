import type { Lang } from '../core/types.ts';

/** Options every eval task understands. */
export interface EvalOptions {
  /** Gold format where a task reads more than one; default: the task's own. */
  readonly format?: string;
  /** Language of the gold data; default: the task guesses from the data or the path. */
  readonly lang?: Lang;
  /** How many errors (false positives and negatives, with their sentences) to list; default 0. */
  readonly errors?: number;
}

/** What every eval task returns: numbers first, then the errors a developer reads next. */
export interface EvalResult {
  readonly task: string;
  readonly gold: string;
  readonly metrics: Readonly<Record<string, unknown>>;
  readonly errors?: readonly unknown[];
}

export interface EvalTask {
  readonly name: string;
  readonly description: string;
  run(gold: string, options: EvalOptions): EvalResult | Promise<EvalResult>;
  /** A human-readable report of a result. */
  format(result: EvalResult): string;
}

/** Precision, recall and F1 from counts, as fractions rounded to four places. */
export function prf(truePositives: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round4(precision), recall: round4(recall), f1: round4(f1) };
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
