import { deepStrictEqual, throws } from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterHashes, CLUSTER_PREFIXES } from '../../src/model/cluster-hashes.ts';
import { PosLexicon } from '../../src/model/pos-lexicon.ts';
import { uposIndex } from '../../src/model/upos-tags.ts';
import type { Upos } from '../../src/core/types.ts';

/**
 * The start-up parsers walk the file text and fill their tables straight from it (no entry
 * objects, no split lines): they must read exactly what the object-built models hold.
 */
const readClusters = (c: ClusterHashes): unknown => ({
  ids: ['zei', 'zegt', 'Anna', 'piet', 'drie', 'vier', ''].map((w) => c.idOf(w)),
  hashes: [0, 1, 2].map((id) => CLUSTER_PREFIXES.map((_, k) => c.hash(id, k))),
  paths: c.paths,
  meta: c.meta,
  words: c.wordCount,
});

test('ClusterHashes.parse reads the same as the clusters built from groups (header, blank line, a word in two paths keeps the last)', () => {
  const text = '# pos-clusters {"test":true}\n0101\tzei zegt\n\n0110\tAnna Piet\n1000\tdrie zei\n';
  const built = new ClusterHashes([['0101', ['zei', 'zegt']], ['0110', ['Anna', 'Piet']], ['1000', ['drie', 'zei']]], { test: true });
  deepStrictEqual(readClusters(ClusterHashes.parse(text)), readClusters(built));
  deepStrictEqual(ClusterHashes.parse(text).serialise(), built.serialise());
});

test('ClusterHashes.parse names the file and line of a line without a tab', () => {
  throws(() => ClusterHashes.parse('# pos-clusters {}\n0101\tzei\n0110 Anna\n', 'pos-clusters-xx.tsv.gz'), { message: 'pos-clusters-xx.tsv.gz:3: expected a path, a tab and words separated by spaces' });
});

const readLexicon = (l: PosLexicon): unknown => ({
  lookup: ['zegt', 'anna', 'de', 'fiets'].map((w) => l.lookup(w)),
  cased: ['Zegt', 'Anna', 'De'].map((w) => l.casedAmbiguity(w)),
  lemmas: [['zegt', 'VERB'], ['Zegt', 'VERB'], ['De', 'DET'], ['Liep', 'VERB'], ['fiets', 'NOUN']].map(([w, t]) => l.lemma(w, uposIndex(t as Upos))),
  verbs: [...l.lemmasOfTag(uposIndex('VERB'))].sort(),
  entries: l.entries,
});

test('PosLexicon.parse reads the same as the lexicon built from entries, and lemmasOfTag gives the distinct lemmas of one tag', () => {
  const text = 'Zegt\tVERB\tzeggen\t3\nzegt\tVERB\tzeggen\t40\nzegt\tNOUN\t=\t1\nAnna\tPROPN\t=\t9\n\nDe\tDET\t~\t4\nde\tDET\t=\t90\nLiep\tVERB\tlopen\t2\nging\tVERB\tgaan\t12';
  const built = new PosLexicon([
    { form: 'Zegt', upos: 'VERB', lemma: 'zeggen', count: 3 },
    { form: 'zegt', upos: 'VERB', lemma: 'zeggen', count: 40 },
    { form: 'zegt', upos: 'NOUN', lemma: 'zegt', count: 1 },
    { form: 'Anna', upos: 'PROPN', lemma: 'Anna', count: 9 },
    { form: 'De', upos: 'DET', lemma: 'de', count: 4 },
    { form: 'de', upos: 'DET', lemma: 'de', count: 90 },
    { form: 'Liep', upos: 'VERB', lemma: 'lopen', count: 2 },
    { form: 'ging', upos: 'VERB', lemma: 'gaan', count: 12 },
  ]);
  const parsed = PosLexicon.parse(text);
  deepStrictEqual(readLexicon(parsed), readLexicon(built));
  deepStrictEqual((readLexicon(parsed) as { verbs: string[]; lemmas: unknown }).verbs, ['gaan', 'lopen', 'zeggen']);
  deepStrictEqual((readLexicon(parsed) as { lemmas: unknown }).lemmas, ['zeggen', 'zeggen', 'de', 'lopen', undefined]);
});

test('PosLexicon.parse names the file and line of a malformed line', () => {
  throws(() => PosLexicon.parse('zegt\tVERB\tzeggen\t40\nzei\tVERB\n', 'lexicon-xx.tsv.gz'), { message: 'lexicon-xx.tsv.gz:2: expected form, UPOS tag, lemma and count separated by tabs' });
  throws(() => PosLexicon.parse('zegt\tWERKWOORD\tzeggen\t40\n', 'lexicon-xx.tsv.gz'), { message: 'lexicon-xx.tsv.gz:1: expected form, UPOS tag, lemma and count separated by tabs' });
});
