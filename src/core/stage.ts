import type { Analysis, Lang } from './types.ts';
import type { LangPack } from '../lang/pack.ts';

/** What every stage may read besides the analysis so far. */
export interface StageContext {
  readonly lang: Lang;
  readonly pack: LangPack;
}

/**
 * A stage takes the analysis so far and returns it with one more layer filled in.
 * It never changes `analysis.text` and never does I/O.
 */
export type Stage = (analysis: Analysis, context: StageContext) => Analysis;

export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}
