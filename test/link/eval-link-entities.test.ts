import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../src/eval/conllu.ts';
import { readCorefNames } from '../../src/eval/read-coref-names.ts';
import { readConll2012Names } from '../../src/eval/read-conll2012-names.ts';
import { linkEntitiesTask, scoreLinking } from '../../src/eval/link-entities.ts';
import { needShared, shared } from '../helpers/shared-data.ts';

/** Our own two-document CoNLL-U with GUM-style coreference marks (`Entity=`). */
const CONLLU = `# newdoc id = doc-a
# text = Sergei Shoigu spoke. Shoigu left.
1	Sergei	Sergei	PROPN	_	_	2	compound	_	Entity=(1-person-new-_-_-1-_
2	Shoigu	Shoigu	PROPN	_	_	3	nsubj	_	Entity=1)
3	spoke	speak	VERB	_	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	_	_	3	punct	_	_
5	Shoigu	Shoigu	PROPN	_	_	6	nsubj	_	Entity=(1-person-giv-_-_-1-_)
6	left	leave	VERB	_	_	3	parataxis	_	SpaceAfter=No
7	.	.	PUNCT	_	_	3	punct	_	_

# newdoc id = doc-b
# text = The Kremlin and Kim Jong-un met Kim Jong-il.
1	The	the	DET	_	_	2	det	_	Entity=(2-organization-new-_-_-2-_
2	Kremlin	Kremlin	PROPN	_	_	6	nsubj	_	Entity=2)
3	and	and	CCONJ	_	_	4	cc	_	_
4	Kim	Kim	PROPN	_	_	2	conj	_	Entity=(3-person-new-_-_-1-_
5	Jong-un	Jong-un	PROPN	_	_	4	flat	_	Entity=3)
6	met	meet	VERB	_	_	0	root	_	_
7	Kim	Kim	PROPN	_	_	6	obj	_	Entity=(4-person-new-_-_-1-_
8	Jong-il	Jong-il	PROPN	_	_	7	flat	_	Entity=4)|SpaceAfter=No
9	.	.	PUNCT	_	_	6	punct	_	_
`;

test('coreference gold: the name mentions of each document, with their gold entity', () => {
  const docs = readCorefNames(parseConllu(CONLLU), 'en');
  assert.deepStrictEqual(docs.map((d) => [d.id, d.mentions.map((m) => `${m.text}/${m.type}/${d.gold.get(m.id)}`)]), [
    ['doc-a', ['Sergei Shoigu/PER/1', 'Shoigu/PER/1']],
    ['doc-b', ['Kremlin/ORG/2', 'Kim Jong-un/PER/3', 'Kim Jong-il/PER/4']],
  ]);
  for (const d of docs) for (const m of d.mentions) assert.equal(d.text.slice(m.start, m.end), m.text);
  const { metrics } = scoreLinking(docs);
  assert.deepStrictEqual([metrics.goldPairs, metrics.precision, metrics.recall, metrics.baselineEqualStrings.recall], [1, 1, 1, 0]);
});

test('eval link-entities on GUM dev keeps its floor', { skip: needShared('data', 'ud', 'UD_English-GUM') }, async () => {
  const result = await linkEntitiesTask.run(shared('data', 'ud', 'UD_English-GUM', 'en_gum-ud-dev.conllu.gz'), {});
  const m = result.metrics as { f1: number; precision: number; baselineEqualStrings: { f1: number } };
  assert.ok(m.f1 >= 0.87 && m.precision >= 0.96, `F1 ${m.f1}, precision ${m.precision}`);
  assert.ok(m.f1 > m.baselineEqualStrings.f1 + 0.1, 'well above linking equal strings only');
});

/** Our own CoNLL-2012 lines with CGN tags, entity and coreference columns, as OpenBoek has them. */
const CONLL2012 = [
  '#begin document (eigen); part 000',
  'eigen\t0\t0\tMinister\tN[soort,ev,basis,zijd,stan]\t*\t-\t-\t-\t-\t*\t(1',
  'eigen\t0\t1\tSergej\tSPEC[deeleigen]\t*\t-\t-\t-\t-\t(PER*\t-',
  'eigen\t0\t2\tSjojgoe\tSPEC[deeleigen]\t*\t-\t-\t-\t-\t*)\t1)',
  'eigen\t0\t3\tsprak\tWW[pv,verl,ev]\t*\t-\t-\t-\t-\t*\t-',
  'eigen\t0\t4\t.\tLET[]\t*\t-\t-\t-\t-\t*\t-',
  '',
  'eigen\t0\t0\tSjojgoe\tN[eigen,ev,basis,zijd,stan]\t*\t-\t-\t-\t-\t(PER)\t(1)',
  'eigen\t0\t1\tzweeg\tWW[pv,verl,ev]\t*\t-\t-\t-\t-\t*\t-',
  'eigen\t0\t2\tin\tVZ[init]\t*\t-\t-\t-\t-\t*\t-',
  'eigen\t0\t3\tMoskou\tN[eigen,ev,basis,onz,stan]\t*\t-\t-\t-\t-\t(LOC)\t(2)',
  '',
  '#end document',
].join('\n');

test('CoNLL-2012 coreference gold: titles in front left out, types from the entity column', () => {
  const docs = readConll2012Names(CONLL2012, 'nl');
  assert.deepStrictEqual(docs.map((d) => [d.id, d.mentions.map((m) => `${m.text}/${m.type}/${d.gold.get(m.id)}`)]), [
    ['eigen', ['Sergej Sjojgoe/PER/1', 'Sjojgoe/PER/1', 'Moskou/LOC/2']],
  ]);
  assert.deepStrictEqual(scoreLinking(docs).metrics.f1, 1);
});

test('eval link-entities on the Dutch OpenBoek novels keeps its floor', { skip: needShared('data', 'quotes', 'openboek-nl', 'coref') }, async () => {
  const result = await linkEntitiesTask.run(shared('data', 'quotes', 'openboek-nl', 'coref'), {});
  const m = result.metrics as { lang: string; f1: number; baselineEqualStrings: { f1: number } };
  assert.equal(m.lang, 'nl');
  assert.ok(m.f1 >= 0.88 && m.f1 > m.baselineEqualStrings.f1 + 0.04, `F1 ${m.f1}, equal strings ${m.baselineEqualStrings.f1}`);
});
