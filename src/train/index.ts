import { posTrainTask } from './pos.ts';
import { nerTrainTask } from './train-ner.ts';
import { clustersTrainTask } from './train-clusters.ts';
import type { TrainTask } from './task.ts';

/** Every `zegsman train <task>`; each task is one file in this folder, added here with one line. */
export const trainTasks: readonly TrainTask[] = [
  posTrainTask,
  clustersTrainTask,
  nerTrainTask,
];
