import type { EvalTask } from './task.ts';

/** Every `zegsman eval <task>`; each task is one file in this folder. */
export const evalTasks: readonly EvalTask[] = [
];
