import { deepStrictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterHashes, CLUSTER_PREFIXES } from '../../src/model/cluster-hashes.ts';
import { decodeModel, encodeModel } from '../../src/model/encode-model.ts';
import { hashString } from '../../src/model/hash-feature.ts';
import { PerceptronModel } from '../../src/model/perceptron.ts';
import { PosLexicon } from '../../src/model/pos-lexicon.ts';
import { uposIndex } from '../../src/model/upos-tags.ts';
import type { Upos } from '../../src/core/types.ts';

/**
 * A worker thread rebuilds the models it is given from their parts (`share-artifacts.ts`): the
 * rebuilt ones must answer exactly as the originals, and the big arrays must lie on shared memory.
 */
const FEATURES = ['w=zegt', 'w=zei', 'p=VERB', 'suffix=gt', 'w=minister'];
const KEYS = Uint32Array.from(FEATURES, hashString);

function scores(model: PerceptronModel): number[][] {
  return FEATURES.map((_, f) => {
    const keys = KEYS.subarray(f, f + 2);
    return Array.from(model.scoreKeys(keys, keys.length, new Float64Array(3)));
  });
}

test('a decoded model adopted from its parts scores as the original, sharing its memory (before and after its key table is built)', () => {
  const dense = new PerceptronModel(['A', 'B', 'C'], KEYS, Float32Array.from({ length: 15 }, (_, i) => ((i * 7) % 5) - 2 + i / 10));
  const decoded = decodeModel(encodeModel(dense)).model;
  const early = PerceptronModel.adopt(structuredClone(decoded.parts()));
  decoded.bestKeys(KEYS, KEYS.length); // builds the key table
  const parts = decoded.parts();
  const late = PerceptronModel.adopt(structuredClone(parts));
  deepStrictEqual(
    { early: scores(early), late: scores(late), best: late.bestKeys(KEYS, 3), shared: [parts.keys, parts.offsets, parts.cells, parts.table?.slots].map((a) => a?.buffer instanceof SharedArrayBuffer) },
    { early: scores(dense), late: scores(dense), best: dense.bestKeys(KEYS, 3), shared: [true, true, true, true] },
  );
});

test('POS clusters adopted from their parts give the same path ids, hashes and text', () => {
  const clusters = new ClusterHashes([['0101', ['zei', 'zegt']], ['0110', ['Anna', 'Piet']], ['1000', ['drie', 'zei']]], { test: true });
  const adopted = ClusterHashes.adopt(structuredClone(clusters.parts()));
  const read = (c: ClusterHashes): unknown => ({
    ids: ['zei', 'zegt', 'ANNA', 'piet', 'drie', 'vier'].map((w) => c.idOf(w)),
    hashes: [0, 1, 2, -1].map((id) => CLUSTER_PREFIXES.map((_, k) => c.hash(id, k))),
    words: c.wordCount,
    text: c.serialise(),
  });
  deepStrictEqual(read(adopted), read(clusters));
  deepStrictEqual((read(clusters) as { ids: number[] }).ids, [2, 0, 1, 1, 2, -1]);
});

test('a POS lexicon adopted from its parts gives the same classes, lemmas and entries', () => {
  const text = 'Zegt\tVERB\tzeggen\t3\nzegt\tVERB\tzeggen\t40\nzegt\tNOUN\t=\t1\nAnna\tPROPN\t=\t9\nanna\tPROPN\t=\t1\nDe\tDET\t~\t4\nde\tDET\t=\t90\nging\tVERB\tgaan\t12\n';
  const lexicon = PosLexicon.parse(text);
  const adopted = PosLexicon.adopt(structuredClone(lexicon.parts()));
  const read = (l: PosLexicon): unknown => ({
    lookup: ['zegt', 'anna', 'de', 'fiets'].map((w) => l.lookup(w)),
    cased: ['Zegt', 'Anna', 'De'].map((w) => l.casedAmbiguity(w)),
    lemmas: [['zegt', 'VERB'], ['zegt', 'NOUN'], ['Zegt', 'VERB'], ['anna', 'PROPN'], ['ging', 'VERB'], ['ging', 'NOUN']].map(([w, t]) => l.lemma(w, uposIndex(t as Upos))),
    has: [l.has('ging'), l.has('gaan')],
    text: l.serialise(),
  });
  deepStrictEqual(read(adopted), read(lexicon));
  deepStrictEqual([lexicon.serialise(), (read(lexicon) as { lemmas: unknown }).lemmas], [text, ['zeggen', 'zegt', 'zeggen', 'anna', 'gaan', undefined]]);
});
