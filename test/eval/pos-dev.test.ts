import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posTask } from '../../src/eval/pos.ts';
import { needShared, shared } from '../helpers/shared-data.ts';

// Accuracy is an eval, not a test; this guards the shipped Dutch tagger against falling below 95 % UPOS.
const devFiles = [
  'data/ud/UD_Dutch-Alpino/nl_alpino-ud-dev.conllu.gz',
  'data/ud/UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu.gz',
];

for (const file of devFiles) {
  test(`eval pos on ${file.split('/').pop()}: UPOS at least 95 %`, { skip: needShared(file) }, async () => {
    const { metrics } = await posTask.run(shared(file), {});
    assert.equal(metrics.lang, 'nl');
    assert.ok(typeof metrics.upos === 'number' && metrics.upos >= 0.95, `UPOS ${String(metrics.upos)} is below 0.95`);
  });
}
