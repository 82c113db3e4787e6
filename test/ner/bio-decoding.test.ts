import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bioTags, isValidBio, tagSpans } from '../../src/model/bio-tags.ts';
import { bioTransitions, Posterior, viterbi } from '../../src/model/decode-bio.ts';

/** A fixed sequence of numbers in [0, 1) for the random cases. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

test('bioTags lists O then B-/I- per type', () => {
  assert.deepStrictEqual(bioTags(['PER', 'LOC']), ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC']);
});

const spanCases: Array<[string[], Array<{ type: string; start: number; end: number }>, boolean]> = [
  [['O', 'B-PER', 'I-PER', 'O'], [{ type: 'PER', start: 1, end: 3 }], true],
  [['B-PER', 'B-PER'], [{ type: 'PER', start: 0, end: 1 }, { type: 'PER', start: 1, end: 2 }], true],
  [['B-ORG', 'I-ORG', 'I-ORG'], [{ type: 'ORG', start: 0, end: 3 }], true],
  // conlleval reads a stray I- as the start of an entity
  [['O', 'I-LOC', 'I-LOC'], [{ type: 'LOC', start: 1, end: 3 }], false],
  [['B-PER', 'I-LOC'], [{ type: 'PER', start: 0, end: 1 }, { type: 'LOC', start: 1, end: 2 }], false],
  [['O', 'O'], [], true],
];

for (const [tags, spans, valid] of spanCases) {
  test(`tagSpans and isValidBio: ${tags.join(' ')}`, () => {
    assert.deepStrictEqual({ spans: tagSpans(tags), valid: isValidBio(tags) }, { spans, valid });
  });
}

test('viterbi returns valid BIO even when the best tag of every word alone is not', () => {
  const tags = bioTags(['PER', 'ORG', 'LOC', 'MISC']);
  const k = tags.length;
  const random = seededRandom(7);
  const t = bioTransitions(tags);
  for (let round = 0; round < 200; round++) {
    const n = 1 + Math.floor(random() * 12);
    const emissions = Float64Array.from({ length: n * k }, () => random() * 10 - 5);
    // Make I- tags the locally best choice often, so that an unconstrained decoder would break BIO.
    for (let i = 0; i < n; i++) emissions[i * k + 2 + 2 * Math.floor(random() * 4)] += 6;
    const path = Array.from(viterbi(emissions, n, t), (c) => tags[c]);
    assert.ok(isValidBio(path), path.join(' '));
  }
});

test('viterbi follows the transition scores', () => {
  const tags = bioTags(['PER']);
  const scores = new Float64Array(4 * 3);
  // From B-PER, going on with I-PER is worth a lot.
  scores[1 * 3 + 2] = 10;
  const emissions = Float64Array.from([0, 5, 0, /* word 2 */ 1, 0, 0]);
  assert.deepStrictEqual(Array.from(viterbi(emissions, 2, bioTransitions(tags, scores)), (c) => tags[c]), ['B-PER', 'I-PER']);
});

test('posterior: the probabilities of the entities a word can start add up with O to one', () => {
  const tags = bioTags(['PER', 'LOC']);
  const random = seededRandom(3);
  const n = 5;
  const emissions = Float64Array.from({ length: n * tags.length }, () => random() * 4);
  const posterior = new Posterior(emissions, n, bioTransitions(tags));
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let c = 0; c < tags.length; c++) total += posterior.marginal(i, c);
    assert.ok(Math.abs(total - 1) < 1e-9, `word ${i}: ${total}`);
    // P(word i is B-PER) = sum over the lengths of the PER entity starting there.
    let spans = 0;
    for (let end = i + 1; end <= n; end++) spans += posterior.spanProbability(i, end, 1, 2);
    assert.ok(Math.abs(spans - posterior.marginal(i, 1)) < 1e-9, `word ${i}: ${spans} vs ${posterior.marginal(i, 1)}`);
  }
});
