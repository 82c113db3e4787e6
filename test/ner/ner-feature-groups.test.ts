import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureGroupsOf } from '../../src/model/load-entity-tagger.ts';
import { extractDocumentFeatures, extractFirstPassFeatures, type NerFeatureGroup, type NerResources, type NerSentenceInput, type SentenceKeys } from '../../src/model/ner-features.ts';

/**
 * Optional NER feature groups are switched on per language (NER_CORPORA, the model's meta): a
 * model trained without a group must see exactly the keys it was trained with, and a group
 * that is on must change what it is meant to look at. Our own sentences; no lexicon or
 * clusters, so the keys depend on the words alone.
 */
const resources = (groups: readonly NerFeatureGroup[]): NerResources => ({ lexicon: null, clusters: null, ...(groups.length > 0 ? { groups: new Set(groups) } : {}) });

const doc = (...lines: string[]): NerSentenceInput[] => lines.map((line) => ({ words: line.split(' ') }));

/** The keys of word `w` of sentence `s`, as a plain list. */
function wordKeysOf(keys: readonly SentenceKeys[], s: number, w: number): number[] {
  return Array.from(keys[s].keys.subarray(keys[s].offsets[w], keys[s].offsets[w + 1]));
}

test('ner feature groups: without groups the keys are those of resources that name none', () => {
  const sentences = doc('Het bedrijf Velmora groeit snel .', 'Velmora meldt winst .');
  assert.deepStrictEqual(extractDocumentFeatures(sentences, resources([])), extractDocumentFeatures(sentences, { lexicon: null, clusters: null, groups: new Set() }));
  const tags = [['O', 'O', 'B-ORG', 'O', 'O', 'O'], ['B-ORG', 'O', 'O', 'O']];
  assert.deepStrictEqual(extractFirstPassFeatures(sentences, tags, resources([])), extractFirstPassFeatures(sentences, tags, { lexicon: null, clusters: null, groups: new Set() }));
});

test('ner feature groups: doc-context tells a name what stands around its other occurrences', () => {
  // The second sentence is always the same; whether its Velmora gets the keys it gets after the first row's sentence.
  const reference = 'Het bedrijf Velmora groeit snel .';
  const cases: Array<{ first: string; same: boolean }> = [
    // The word before Velmora differs, or the word after.
    { first: 'De heer Velmora groeit snel .', same: false },
    { first: 'Het bedrijf Velmora daalt snel .', same: false },
    // Only words further away differ (and no trigger or name list is on): the same context.
    { first: 'Ons bedrijf Velmora groeit hard .', same: true },
  ];
  const second = 'Gisteren meldde Velmora winst .';
  const keysOf = (first: string, groups: readonly NerFeatureGroup[]) => wordKeysOf(extractDocumentFeatures(doc(first, second), resources(groups)), 1, 2);
  assert.deepStrictEqual(
    cases.map((c) => ({ first: c.first, same: JSON.stringify(keysOf(c.first, ['doc-context'])) === JSON.stringify(keysOf(reference, ['doc-context'])) })),
    cases,
  );
  // Off, the first sentence does not reach the second's Velmora.
  assert.deepStrictEqual(keysOf(cases[0].first, []), keysOf(reference, []));
  // A word the article also writes in lower case gets no context of the article.
  const lowered = extractDocumentFeatures(doc('Het bedrijf Velmora groeit .', 'de velmora groeit .'), resources(['doc-context']));
  const plain = extractDocumentFeatures(doc('Het bedrijf Velmora groeit .', 'de velmora groeit .'), resources([]));
  assert.deepStrictEqual(wordKeysOf(lowered, 0, 2), wordKeysOf(plain, 0, 2));
});

test('ner feature groups: first-pass-neighbours reads the first pass tags of the words beside', () => {
  const sentences = doc('Jan Velmora lacht .');
  // The keys of "lacht", which is tagged O either way; only the tag of the word before it differs.
  const keys = (tags: string[], groups: readonly NerFeatureGroup[]) => wordKeysOf(extractFirstPassFeatures(sentences, [tags], resources(groups)), 0, 2);
  const person = ['B-PER', 'I-PER', 'O', 'O'];
  const split = ['B-PER', 'B-ORG', 'O', 'O'];
  const same = (a: number[], b: number[]) => JSON.stringify(a) === JSON.stringify(b);
  assert.deepStrictEqual(
    [
      { groups: 'none', keys: keys(person, []).length, same: same(keys(person, []), keys(split, [])) },
      { groups: 'first-pass-neighbours', keys: keys(person, ['first-pass-neighbours']).length, same: same(keys(person, ['first-pass-neighbours']), keys(split, ['first-pass-neighbours'])) },
    ],
    [
      { groups: 'none', keys: 1, same: true },
      { groups: 'first-pass-neighbours', keys: 3, same: false },
    ],
  );
});

test('ner feature groups: a model meta names its groups, and one this code does not know is an error naming the file', () => {
  const read = (featureGroups: unknown): unknown => {
    try {
      const groups = featureGroupsOf(featureGroups === undefined ? {} : { featureGroups }, 'models/ner-xx.zpm.gz');
      return groups === undefined ? 'none' : [...groups];
    } catch (error) {
      return (error as Error).message;
    }
  };
  const rows: Array<[unknown, unknown]> = [
    [undefined, 'none'],
    [[], []],
    [['doc-context', 'cluster-neighbours'], ['doc-context', 'cluster-neighbours']],
    ['doc-context', 'models/ner-xx.zpm.gz: featureGroups must be a list'],
    [['doc-context', 'doc-kontext'], 'models/ner-xx.zpm.gz: unknown NER feature group "doc-kontext"'],
  ];
  assert.deepStrictEqual(rows.map(([groups]) => read(groups)), rows.map(([, answer]) => answer));
});
