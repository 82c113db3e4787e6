import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../src/core/types.ts';
import { analyze } from '../src/pipeline.ts';
import { spanProblems } from './helpers/span-problems.ts';
import { schemaErrors } from './helpers/validate-analysis.ts';

/**
 * Large hostile inputs, analysed whole under the default limits (so a hang is a time-limit
 * error, not a stuck test): 10,000 quotation marks of every style, nested, unclosed or closing
 * only; and a single line of news sentences (our own) without a line break: 1 MB in the CI-size
 * run, 5 MB in the nightly-size run (ZEGSMAN_FUZZ_RUNS ≥ 100000; see test/fuzz-analyze.test.ts).
 * No exception; every span equals its slice; the smaller ones also validate against the schema.
 */
const NIGHTLY = Number(process.env.ZEGSMAN_FUZZ_RUNS ?? 0) >= 100_000;
const LINE_CHARS = NIGHTLY ? 5_000_000 : 1_000_000;
const STYLES: ReadonlyArray<readonly [string, string, string]> = [
  ['curly double', '“', '”'], ['curly single', '‘', '’'], ['low double', '„', '”'], ['low single', '‚', '‘'],
  ['guillemets', '«', '»'], ['reversed guillemets', '»', '«'], ['single guillemets', '‹', '›'], ['straight double', '"', '"'],
  ['straight single', "'", "'"], ['Dutch typed', ',,', "''"], ['back-ticks', '``', "''"],
];

const MARKS = 10_000;

function check(text: string, lang: Lang, schema = true, timeLimitMs?: number): void {
  const analysis = analyze(text, { published: '2024-03-01' }, { lang, ...(timeLimitMs !== undefined ? { timeLimitMs } : {}) });
  assert.equal(analysis.text, text);
  assert.deepStrictEqual(spanProblems(analysis), []);
  if (schema) assert.deepStrictEqual(schemaErrors(analysis), []);
}

for (const [name, open, close] of STYLES) {
  test(`${MARKS.toLocaleString('en')} ${name} quotation marks: nested, unclosed, closing only, alternating`, () => {
    const half = MARKS / 2;
    check(`${open}a `.repeat(half) + `b${close} `.repeat(half), 'nl');
    check(open.repeat(MARKS), 'en');
    check(`${open}Hij zei ${open}dat `.repeat(half / 2), 'nl');
    check(`${close}x `.repeat(MARKS), 'en');
    check(`${open}${close}`.repeat(half), 'nl');
  });
}

test('10,000 marks of every style mixed, unbalanced', () => {
  const all = STYLES.flatMap(([, open, close]) => [open, close]);
  let text = '';
  for (let i = 0; i < MARKS; i++) text += all[(i * 7) % all.length] + (i % 3 === 0 ? ' ' : 'w');
  check(text, 'nl');
  check(text, 'en');
});

/** Sentences of our own, in both languages, with speech, names, roles, figures, hedges and times. */
const SENTENCES: Readonly<Record<Lang, readonly string[]>> = {
  nl: [
    '“We gaan door met het plan”, zei burgemeester Anna de Vries dinsdag tegen de raad.',
    'Volgens de provincie kost de nieuwe brug ruim 20 miljoen euro.',
    'De minister van Infrastructuur zou het besluit vorige week al hebben genomen, meldt de NOS.',
    'Jan Smit, woordvoerder van Rijkswaterstaat, liet weten dat de werkzaamheden op 12 maart 2024 beginnen.',
    'Het zogenoemde ‘noodplan’ is volgens critici te duur.',
    'Zij zei dat ongeveer 3.500 mensen de petitie hebben getekend.',
  ],
  en: [
    '"We will go ahead with the plan," Mayor Anna Smith told the council on Tuesday.',
    'According to the county, the new bridge will cost more than $20 million.',
    'The transport secretary reportedly took the decision last week, the BBC said.',
    'John Brown, a spokesman for the highways agency, said the work would begin on 12 March 2024.',
    'Critics say the so-called "emergency plan" is too expensive.',
    'She said that about 3,500 people had signed the petition.',
  ],
};

/** One line of about `chars` characters: the sentences over and over, with varied numbers and no line break. */
function longLine(lang: Lang, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const sentence = SENTENCES[lang][i % SENTENCES[lang].length].replace(/\d+/, String(1 + (i % 997)));
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

for (const lang of ['nl', 'en'] as const) {
  test(`a single ${LINE_CHARS / 1_000_000} MB line of ${lang} news sentences`, { timeout: 600_000 }, () => {
    const text = longLine(lang, LINE_CHARS);
    assert.equal(text.includes('\n'), false);
    // A hang is still an error, but a loaded machine gets five minutes for five megabytes.
    check(text, lang, false, NIGHTLY ? 300_000 : undefined);
  });
}
