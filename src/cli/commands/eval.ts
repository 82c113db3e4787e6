import type { Command } from 'commander';
import { evalTasks } from '../../eval/index.ts';
import { parseLangOption } from '../options.ts';
import type { Lang } from '../../core/types.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score a task against gold data: ${evalTasks.map((t) => t.name).join(', ') || '(none yet)'}`)
    .argument('<task>', 'which task to score')
    .requiredOption('--gold <path>', 'gold file or folder (.gz read transparently)')
    .option('--format <format>', 'gold format, where the task reads more than one')
    .option('--lang <lang>', 'language of the gold data', parseLangOption)
    .option('--errors <n>', 'list this many errors with their sentences', (v) => Number(v), 0)
    .option('--json', 'print one JSON object')
    .action(async (name: string, options: { gold: string; format?: string; lang?: Lang | 'auto'; errors: number; json?: boolean }) => {
      const task = evalTasks.find((t) => t.name === name);
      if (!task) throw new Error(`eval: unknown task "${name}"; known tasks: ${evalTasks.map((t) => t.name).join(', ')}`);
      const lang = options.lang === 'auto' ? undefined : options.lang;
      const result = await task.run(options.gold, { format: options.format, lang, errors: options.errors });
      process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${task.format(result)}\n`);
    });
}
