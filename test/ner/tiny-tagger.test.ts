import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidBio } from '../../src/model/bio-tags.ts';
import { EntityTagger } from '../../src/model/entity-tagger.ts';
import type { NerResources } from '../../src/model/ner-features.ts';
import { loadModel, saveModel } from '../../src/model/weights-file.ts';
import { buildEntityLexicon } from '../../src/lang/entity-lexicon.ts';
import { learnEntityTagger, type TrainingDocument } from '../../src/train/learn-entity-tagger.ts';
import { learnTwoStageTagger } from '../../src/train/learn-two-stage-tagger.ts';

/** Our own little corpus: [words, tags] per sentence, a few sentences per article. */
const corpus: Array<Array<[string, string]>> = [
  [['Minister', 'O'], ['Jansen', 'B-PER'], ['bezocht', 'O'], ['Gent', 'B-LOC'], ['.', 'O']],
  [['Volgens', 'O'], ['Piet', 'B-PER'], ['de', 'I-PER'], ['Vries', 'I-PER'], ['is', 'O'], ['Gent', 'B-LOC'], ['mooi', 'O'], ['.', 'O']],
  [['De', 'O'], ['Belgische', 'B-MISC'], ['bank', 'O'], ['Fortis', 'B-ORG'], ['groeit', 'O'], ['.', 'O']],
  [['Jansen', 'B-PER'], ['werkt', 'O'], ['voor', 'O'], ['Fortis', 'B-ORG'], ['in', 'O'], ['Brussel', 'B-LOC'], ['.', 'O']],
  [['President', 'O'], ['Anna', 'B-PER'], ['Peeters', 'I-PER'], ['sprak', 'O'], ['in', 'O'], ['Antwerpen', 'B-LOC'], ['.', 'O']],
  [['Het', 'O'], ['Europees', 'B-ORG'], ['Parlement', 'I-ORG'], ['stemde', 'O'], ['.', 'O']],
];

function documents(): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (let d = 0; d < corpus.length; d += 2) {
    docs.push({ sentences: corpus.slice(d, d + 2).map((s) => ({ words: s.map(([w]) => w), tags: s.map(([, t]) => t) })) });
  }
  return docs;
}

const lexicon = buildEntityLexicon(
  [{ city: ['Gent', 'Brussel', 'Antwerpen'], 'first-name': ['Piet', 'Anna'] }],
  [{ 'person-title': ['minister', 'president'], 'org-word': ['bank'] }],
  { _source: 'test', splitForTagging: [], trimEndings: ['s'] },
);
const resources: NerResources = { lexicon, clusters: null };
const options = { types: ['PER', 'ORG', 'LOC', 'MISC'], epochs: 8, seed: 3 };
const dir = mkdtempSync(join(tmpdir(), 'zegsman-ner-'));

function tagsOf(tagger: EntityTagger): string[][] {
  return documents().flatMap((doc) => tagger.tagDocument(doc.sentences).map((s) => [...s.tags]));
}

test('a tiny tagger learns its training sentences and tags them the same after a save and load', () => {
  const tagger = learnEntityTagger(documents(), resources, false, options);
  assert.deepStrictEqual(tagsOf(tagger), corpus.map((s) => s.map(([, t]) => t)));
  const path = join(dir, 'tiny.zpm.gz');
  saveModel(path, tagger.model);
  const loaded = new EntityTagger(loadModel(path).model, resources, { usesPos: false });
  assert.deepStrictEqual(tagsOf(loaded), tagsOf(tagger));
});

test('a two-stage tiny tagger round-trips through its two model files', () => {
  const tagger = learnTwoStageTagger(documents(), resources, false, { ...options, folds: 3 });
  assert.ok(tagger.firstPass !== null);
  saveModel(join(dir, 'second.zpm.gz'), tagger.model);
  saveModel(join(dir, 'first.zpm.gz'), tagger.firstPass.model);
  const first = new EntityTagger(loadModel(join(dir, 'first.zpm.gz')).model, resources, { usesPos: false });
  const loaded = new EntityTagger(loadModel(join(dir, 'second.zpm.gz')).model, resources, { usesPos: false, firstPass: first });
  assert.deepStrictEqual(tagsOf(loaded), tagsOf(tagger));
});

test('every tag sequence the tagger puts out is valid BIO, and confidences are probabilities', () => {
  const tagger = learnEntityTagger(documents(), resources, false, options);
  const vocabulary = corpus.flatMap((s) => s.map(([w]) => w)).concat(['de', 'van', 'Onbekend', 'XYZ', '2024', '-', 'zei']);
  let state = 11;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let round = 0; round < 100; round++) {
    const sentences = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      words: Array.from({ length: 1 + Math.floor(next() * 15) }, () => vocabulary[Math.floor(next() * vocabulary.length)]),
    }));
    for (const s of tagger.tagDocument(sentences)) {
      assert.ok(isValidBio(s.tags), s.tags.join(' '));
      for (const e of s.entities) assert.ok(e.confidence >= 0 && e.confidence <= 1, String(e.confidence));
    }
  }
});
