import type { EvalTask } from './task.ts';
import { segmentTask } from './segment.ts';
import { quotesTask } from './quotes.ts';
import { posTask } from './pos.ts';
import { claimsTask } from './claims.ts';
import { nerEvalTask } from './ner.ts';
import { linkEntitiesTask } from './link-entities.ts';

/** Every `zegsman eval <task>`; each task is one file in this folder. */
export const evalTasks: readonly EvalTask[] = [
  segmentTask,
  quotesTask,
  posTask,
  claimsTask,
  nerEvalTask,
  linkEntitiesTask,
];
