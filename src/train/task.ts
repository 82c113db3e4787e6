import type { Lang } from '../core/types.ts';

/** Options every `zegsman train <task>` understands. */
export interface TrainOptions {
  readonly lang: Lang;
  /** Seed of every random choice; default: the task's own (the one that made the shipped weights). */
  readonly seed?: number;
  /** Passes over the data; default: the task's own. */
  readonly epochs?: number;
  /** Folder to write the weights to; default: `models/` of the project. */
  readonly out?: string;
  /** Also train on non-commercial data where a task can (POS: English GUM); never for the shipped weights. */
  readonly nonCommercial?: boolean;
}

export interface TrainTask {
  readonly name: string;
  readonly description: string;
  /** Trains and writes the weights; `log` gets progress lines; returns the files written. */
  run(options: TrainOptions, log: (line: string) => void): Promise<readonly string[]> | readonly string[];
}
