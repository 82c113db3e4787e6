import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../../core/types.ts';
import { isLang } from '../../lang/index.ts';
import { trainTasks } from '../../train/index.ts';
import { parsePositiveInt } from '../options.ts';

function parseTrainLang(value: string): Lang {
  if (isLang(value)) return value;
  throw new InvalidArgumentError(`expected nl or en, got "${value}"`);
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${value}"`);
  return n;
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description(`train a model from ../shared/data and write its weights to models/: ${trainTasks.map((t) => t.name).join(', ')}`)
    .argument('<task>', 'which model to train')
    .requiredOption('--lang <lang>', 'nl or en', parseTrainLang)
    .option('--seed <n>', 'random seed (default: the one of the shipped weights)', parseSeed)
    .option('--epochs <n>', 'passes over the data (default: the one of the shipped weights)', parsePositiveInt)
    .option('--out <dir>', 'write the weights here instead of models/')
    .option('--non-commercial', 'also use non-commercial training data where the task can (never for shipped weights)')
    .action(async (name: string, options: { lang: Lang; seed?: number; epochs?: number; out?: string; nonCommercial?: boolean }) => {
      const task = trainTasks.find((t) => t.name === name);
      if (!task) throw new Error(`train: unknown task "${name}"; known tasks: ${trainTasks.map((t) => t.name).join(', ')}`);
      const files = await task.run(options, (line) => process.stderr.write(`${line}\n`));
      process.stdout.write(`${files.join('\n')}\n`);
    });
}
