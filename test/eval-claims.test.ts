import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsTask } from '../src/eval/claims.ts';
import { needShared, shared } from './helpers/shared-data.ts';

type Block = Record<'quantities' | 'quotedTerms' | 'hedges', Record<string, number>>;

// Floors on the dev gold (the targets), measured with the gold statements in place of
// the quotes stage's so that they test the claims stages themselves; the pipeline numbers are
// what `zegsman eval claims` reports first.
test('eval claims on nl-dev stays above the targets', { skip: needShared('gold', 'nl-dev') }, async () => {
  const result = await claimsTask.run(shared('gold', 'nl-dev'), {});
  const own = (result.metrics as { withGoldQuotes: Block }).withGoldQuotes;
  const floors = {
    quantities: { f1: 0.9, value: 0.95, claimedBy: 0.85 },
    quotedTerms: { f1: 0.9, kind: 0.8 },
    hedges: { f1: 0.75 },
  } as const;
  for (const [layer, metrics] of Object.entries(floors) as [keyof Block, Record<string, number>][]) {
    for (const [name, floor] of Object.entries(metrics)) {
      assert.ok(own[layer][name] >= floor, `${layer}.${name} ${own[layer][name]} < ${floor}`);
    }
  }
});

test('eval claims names the file of a broken gold record', () => {
  assert.throws(() => claimsTask.run('/nonexistent/gold.json', {}), /\/nonexistent\/gold\.json: no such gold file or folder/);
});
