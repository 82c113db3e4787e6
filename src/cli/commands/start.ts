import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../pipeline.ts';
import { formatText } from '../format-text.ts';

/** The bundled sample article `npm start` shows (written by us; see samples/README.md). */
export const SAMPLE_ARTICLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples', 'nl-havenstaking.txt');

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job: analyse the bundled sample article and print the readable view')
    .action(() => {
      const text = readFileSync(SAMPLE_ARTICLE, 'utf8');
      const analysis = analyze(text, { id: 'samples/nl-havenstaking.txt', title: 'Sample: Staking legt haven van Rotterdam stil', published: '2026-03-10' }, { lang: 'nl' });
      process.stdout.write(`${formatText(analysis, { colour: process.stdout.isTTY === true && !process.env.NO_COLOR })}\n`);
    });
}
