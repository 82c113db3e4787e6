import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import type { Analysis, Lang } from '../src/core/types.ts';
import { ROOT } from './helpers/shared-data.ts';

/**
 * Every span of every kind, in every layer (also layers added later): offsets within the text,
 * start ≤ end, and a `text` field equal to the slice it points at. Walks the analysis
 * generically so that new stages are covered without changing this test.
 */
function spanProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  const { text } = analysis;
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      const { start, end } = record;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
        problems.push(`${path}: bad offsets [${start}, ${end}) for a text of ${text.length}`);
      } else if (typeof record.text === 'string' && record.text !== text.slice(start, end)) {
        problems.push(`${path}: text ${JSON.stringify(record.text)} but the slice is ${JSON.stringify(text.slice(start, end))}`);
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
  };
  for (const [key, layer] of Object.entries(analysis)) {
    if (key === 'text' || key === 'meta') continue;
    visit(layer, key);
  }
  return problems;
}

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
