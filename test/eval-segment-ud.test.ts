import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentTask } from '../src/eval/segment.ts';
import { needShared, shared } from './helpers/shared-data.ts';

/**
 * Floors for sentence and token F1 on the UD dev files (measured, minus a small margin), so a
 * change that makes segmentation worse fails here. Raise them when the numbers improve.
 */
const floors: Array<[string, string[], number, number]> = [
  ['Dutch Alpino dev', ['data', 'ud', 'UD_Dutch-Alpino', 'nl_alpino-ud-dev.conllu.gz'], 0.995, 0.998],
  ['Dutch LassySmall dev', ['data', 'ud', 'UD_Dutch-LassySmall', 'nl_lassysmall-ud-dev.conllu.gz'], 0.952, 0.995],
  ['English GUM dev', ['data', 'ud', 'UD_English-GUM', 'en_gum-ud-dev.conllu.gz'], 0.955, 0.996],
  ['English EWT dev', ['data', 'ud', 'UD_English-EWT', 'en_ewt-ud-dev.conllu.gz'], 0.805, 0.991],
];

for (const [name, path, sentenceFloor, tokenFloor] of floors) {
  test(`eval segment on ${name}: sentence F1 ≥ ${sentenceFloor}, token F1 ≥ ${tokenFloor}`, { skip: needShared(...path) }, async () => {
    const result = await segmentTask.run(shared(...path), {});
    const metrics = result.metrics as { sentences: { f1: number }; tokens: { f1: number } };
    assert.ok(metrics.sentences.f1 >= sentenceFloor, `sentence F1 ${metrics.sentences.f1} < ${sentenceFloor}`);
    assert.ok(metrics.tokens.f1 >= tokenFloor, `token F1 ${metrics.tokens.f1} < ${tokenFloor}`);
  });
}
