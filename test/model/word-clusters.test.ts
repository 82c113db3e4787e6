import { deepStrictEqual, throws } from 'node:assert/strict';
import { test } from 'node:test';
import { adoptClusters, clusterPath, formatClusters, parseClusters, type WordClusters } from '../../src/model/word-clusters.ts';

test('parseClusters reads meta, paths and counts, skipping empty lines', () => {
  const clusters = parseClusters('# clusters {"lang":"nl"}\nfiets\t0110\t12\n\nauto\t0110\t7\nrijdt\t10\t3\n');
  deepStrictEqual(
    { meta: clusters.meta, paths: [...clusters.paths], counts: [...clusters.counts] },
    {
      meta: { lang: 'nl' },
      paths: [['fiets', '0110'], ['auto', '0110'], ['rijdt', '10']],
      counts: [['fiets', 12], ['auto', 7], ['rijdt', 3]],
    },
  );
});

test('parseClusters without a meta line, and without a final newline', () => {
  const clusters = parseClusters('Utrecht\t111\t4');
  deepStrictEqual({ meta: clusters.meta, paths: [...clusters.paths], counts: [...clusters.counts] }, { meta: {}, paths: [['Utrecht', '111']], counts: [['Utrecht', 4]] });
});

test('parseClusters names the file and line of a malformed line', () => {
  const cases: Array<[string, RegExp]> = [
    ['# clusters {}\nfiets\t0110\n', /^Error: f:2: expected word, path and count/],
    ['fiets 0110 12\n', /^Error: f:1: expected word, path and count/],
    ['fiets\t0110\t1\n\t0110\t2\n', /^Error: f:2: expected word, path and count/],
    ['fiets\t0110\nauto\t0110\t2\n', /^Error: f:1: expected word, path and count/],
  ];
  for (const [text, message] of cases) throws(() => parseClusters(text, 'f'), (error: unknown) => message.test(String(error)), text);
});

test('formatClusters writes what parseClusters reads; clusterPath tries the word as written, lower case, capitalised', () => {
  const text = '# clusters {"k":2}\nde\t00\t9\nAmsterdam\t11\t5\nzegt\t01\t3\n';
  const clusters = parseClusters(text);
  deepStrictEqual(formatClusters(clusters), text);
  deepStrictEqual(['de', 'DE', 'amsterdam', 'ZEGT', 'fiets'].map((w) => clusterPath(clusters, w)), ['00', '00', '11', '01', undefined]);
});

test('parseClusters keeps the last path and count of a word listed twice, in the place of its first line; adopted parts read the same', () => {
  const clusters = parseClusters('fiets\t0110\t12\nauto\t10\t7\nfiets\t0111\t5\n');
  const adopted = adoptClusters(structuredClone(clusters.parts()));
  const read = (c: WordClusters): unknown => ({ paths: [...c.paths], counts: [...c.counts.entries()], has: [c.paths.has('auto'), c.counts.has('Auto')], size: c.paths.size, get: c.counts.get('fiets') });
  const expected = { paths: [['fiets', '0111'], ['auto', '10']], counts: [['fiets', 5], ['auto', 7]], has: [true, false], size: 2, get: 5 };
  deepStrictEqual([read(clusters), read(adopted)], [expected, expected]);
});
