import type { Command } from 'commander';
import { analyze } from '../../pipeline.ts';
import type { Lang } from '../../core/types.ts';
import { formatText } from '../format-text.ts';
import { DEFAULT_MAX_BYTES, readInput } from '../read-input.ts';
import { parseLangOption, parseDateOption, parsePositiveInt } from '../options.ts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article and print its sourced record')
    .argument('[file]', 'a UTF-8 text file, or - for standard input', '-')
    .option('--lang <lang>', 'nl, en or auto', parseLangOption, 'auto')
    .option('--published <date>', 'publication date (YYYY-MM-DD), to resolve "vrijdag", "gisteren"', parseDateOption)
    .option('--format <format>', 'json or text', 'text')
    .option('--max-bytes <n>', 'largest input accepted', parsePositiveInt, DEFAULT_MAX_BYTES)
    .action((file: string, options: { lang: Lang | 'auto'; published?: string; format: string; maxBytes: number }) => {
      if (options.format !== 'json' && options.format !== 'text') {
        throw new Error(`--format: expected json or text, got "${options.format}"`);
      }
      const text = readInput(file, options.maxBytes);
      const meta = { id: file === '-' ? undefined : file, ...(options.published ? { published: options.published } : {}) };
      const analysis = analyze(text, meta, { lang: options.lang });
      process.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify(analysis, null, 2)}\n`
          : `${formatText(analysis, { colour: process.stdout.isTTY === true && !process.env.NO_COLOR })}\n`,
      );
    });
}
