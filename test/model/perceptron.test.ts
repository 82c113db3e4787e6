import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PerceptronTrainer } from '../../src/model/perceptron.ts';
import { decodeModel, encodeModel } from '../../src/model/encode-model.ts';
import { hashEnd, hashMix, hashStart, hashString } from '../../src/model/hash-feature.ts';
import { KeyTable } from '../../src/model/key-table.ts';

// Our own toy task: is a word a verb form of "zeggen", a name, or something else?
const examples: Array<[string[], string]> = [
  [['w=zei', 'suf=ei'], 'V'],
  [['w=zegt', 'suf=gt'], 'V'],
  [['w=Anna', 'cap'], 'N'],
  [['w=Piet', 'cap'], 'N'],
  [['w=het', 'suf=et'], 'O'],
  [['w=goed', 'suf=ed'], 'O'],
];
const classes = ['V', 'N', 'O'];

function train(): PerceptronTrainer {
  const trainer = new PerceptronTrainer(classes);
  const scores = new Float64Array(classes.length);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [features, label] of examples) {
      trainer.tick();
      const truth = classes.indexOf(label);
      let guess = 0;
      trainer.score(features, scores);
      for (let c = 1; c < classes.length; c++) if (scores[c] > scores[guess]) guess = c;
      trainer.update(truth, guess, features);
    }
  }
  return trainer;
}

test('perceptron learns a separable toy task and keeps it through encode/decode', () => {
  const model = train().finish();
  const predict = (m: typeof model, f: string[]) => classes[m.best(f)];
  const before = examples.map(([f]) => predict(model, f));
  assert.deepEqual(before, examples.map(([, label]) => label));
  const { model: loaded, header } = decodeModel(encodeModel(model, { seed: 1 }));
  assert.deepEqual({ classes: header.classes, meta: header.meta, count: loaded.featureCount }, { classes, meta: { seed: 1 }, count: model.featureCount });
  assert.deepEqual(examples.map(([f]) => predict(loaded, f)), before);
  // An unseen combination generalises through the shared features.
  assert.equal(predict(loaded, ['w=Marie', 'cap']), 'N');
});

test('string and key APIs reach the same rows', () => {
  const model = train().finish();
  const keys = Uint32Array.from(['w=zei', 'suf=ei'].map(hashString));
  assert.deepEqual(model.scoreKeys(keys, keys.length, new Float64Array(3)), model.score(['w=zei', 'suf=ei'], new Float64Array(3)));
});

test('feature keys are non-zero and depend on every part', () => {
  const key = (template: number, value: number) => hashEnd(hashMix(hashStart(template), value));
  const keys = [key(1, 1), key(1, 2), key(2, 1), key(2, 2), hashString(''), hashString('a')];
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(keys.every((k) => k > 0 && k <= 0xffffffff));
});

test('key table maps keys to rows in insertion order across growth', () => {
  const table = new KeyTable(4);
  const keys = Array.from({ length: 1000 }, (_, i) => hashString(`f${i}`));
  const rows = keys.map((k) => table.intern(k));
  // Key 0 marks an empty slot: asking for it finds nothing, not the row an empty slot holds.
  assert.deepEqual({ rows, again: keys.map((k) => table.get(k)), missing: table.get(hashString('nope')), zero: table.get(0), size: table.size }, {
    rows: keys.map((_, i) => i),
    again: keys.map((_, i) => i),
    missing: -1,
    zero: -1,
    size: 1000,
  });
});

test('a decoded model scores the same through its first lookups (searched) as through its key table (built later)', () => {
  const model = train().finish();
  const loaded = decodeModel(encodeModel(model)).model;
  const rows = examples.map(([f]) => Uint32Array.from([...f, 'unseen'].map(hashString)));
  const searched = rows.map((keys) => Array.from(loaded.scoreKeys(keys, keys.length, new Float64Array(3))));
  // Scoring strings needs the table; key scores read afterwards go through it.
  loaded.best(['w=zei']);
  const tabled = rows.map((keys) => Array.from(loaded.scoreKeys(keys, keys.length, new Float64Array(3))));
  const expected = rows.map((keys) => Array.from(model.scoreKeys(keys, keys.length, new Float64Array(3))));
  assert.deepEqual({ searched, tabled }, { searched: expected, tabled: expected });
});

test('decodeModel rejects a model with a byte too many or too few', () => {
  const bytes = encodeModel(train().finish());
  const longer = new Uint8Array(bytes.length + 1);
  longer.set(bytes);
  assert.throws(() => decodeModel(longer), /trailing or missing bytes/);
  assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - 1)), /trailing or missing bytes|truncated/);
});
