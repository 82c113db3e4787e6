import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import type { Lang } from '../src/core/types.ts';
import { ROOT } from './helpers/shared-data.ts';
import { spanProblems } from './helpers/span-problems.ts';

const samplesDir = join(ROOT, 'samples');
const samples: Array<[string, Lang, string]> = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name, name.startsWith('en-') ? 'en' : 'nl', readFileSync(join(samplesDir, name), 'utf8')]);

const strings: Array<[string, Lang, string]> = [
  ['marks and elisions', 'nl', "‘Kop met open einde'\r\n\r\n,,Zo'n 20.000 man,'' zei dr. J.F. de Wit 's avonds. “Nee ‘toch’”, riep ze… \n\n“Doorlopend citaat\n\n“dat hier verder gaat.”"],
  ['English contractions', 'en', "\"I don't know,\" Mr. Smith said at 5 p.m. in the U.S. It's $5.00 — e.g. the parents' share."],
  ['unbalanced marks', 'nl', '“ ‘ „ « " \' ,, \'\' ” ’ » ‚ ‹ › `` ` …'],
  ['surrogate pairs and odd spaces', 'en', 'Emoji 😀 here.\u00a0Next\u2009thin space.\u2028Line separator. Done'],
];

for (const [name, lang, text] of [...samples, ...strings]) {
  test(`every span equals its slice: ${name}`, () => {
    const analysis = analyze(text, {}, { lang });
    assert.equal(analysis.text, text, 'the text is never changed');
    assert.deepStrictEqual(spanProblems(analysis), []);
  });
}

test('the invariant check itself catches a wrong slice', () => {
  const analysis = analyze('Een zin.', {}, { lang: 'nl', until: 'tokens' });
  const broken = { ...analysis, tokens: [{ ...analysis.tokens[0], text: 'Twee' }] };
  assert.deepStrictEqual(spanProblems(broken), ['tokens[0]: text "Twee" but the slice is "Een"']);
});
