import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocMeta, Lang } from '../src/core/types.ts';
import { analyze } from '../src/pipeline.ts';
import { ROOT } from './helpers/shared-data.ts';
import { spanProblems } from './helpers/span-problems.ts';
import { schemaErrors } from './helpers/validate-analysis.ts';

/**
 * Property-based fuzzing of `analyze` in both languages: random Unicode, control characters,
 * lone surrogates, quotation marks of every style, the words of our own lexicons, numbers,
 * right-to-left and mixed scripts, with random metadata. For every input: no exception, the
 * text unchanged, every span of every layer inside the text and equal to its slice, and output
 * valid against schema/analysis.schema.json.
 *
 * CI size: 2,000 cases per language. Nightly size: ZEGSMAN_FUZZ_RUNS=100000 npm test -- …
 * (see the README); ZEGSMAN_FUZZ_SEED replays a run (fast-check prints the seed and the
 * shrunk counterexample of a failure).
 */
const RUNS = Number(process.env.ZEGSMAN_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.ZEGSMAN_FUZZ_SEED ?? 20_240_611);

/** Every short string in the language's lexicons (src/lang/<code>/*.json), so new lists are fuzzed too. */
function lexiconWords(lang: Lang): string[] {
  const words = new Set<string>();
  const collect = (value: unknown, key: string): void => {
    if (key.startsWith('_')) return;
    if (typeof value === 'string') {
      if (value.length > 0 && value.length <= 40) words.add(value);
    } else if (Array.isArray(value)) value.forEach((item) => collect(item, ''));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.length <= 40 && !k.startsWith('_')) words.add(k);
        collect(v, k);
      }
    }
  };
  const dir = join(ROOT, 'src', 'lang', lang);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    collect(JSON.parse(readFileSync(join(dir, name), 'utf8')), '');
  }
  return [...words].sort();
}

const MARKS = ['“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '"', "'", ',,', "''", '`', '``', '「', '」'];
const PIECES = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\u2028', '\u2029',
  '.', '.', ',', ':', ';', '!', '?', '…', '...', '-', '–', '—', '(', ')', '[', ']', '/', '&', '%', '$', '€', '@', '#', '*', '+',
  '0', '7', '12', '2024', '1.000', '1,5', '20.000', '3,2 miljoen', '10 à 15', '22.30', '5%', "'90", '1e5', '0x1F', '١٢٣',
  'Jan', 'de Vries', 'J.', 'A.B.', 'Mr.', 'dr.', 'U.S.', 'e.g.', 'St.-Jan', "'s", "zo'n", "don't", "parents'",
  'zei', 'said', 'volgens', 'according to', 'aldus', 'dat', 'that', 'hij', 'zij', 'he', 'she', 'de minister', 'the president',
  'vrijdag', 'gisteren', 'Friday', 'last week', 'maart', 'May', 'naar verluidt', 'reportedly', 'zou hebben', 'mogelijk',
  'שלום', 'مرحبا', 'Москва', '東京', 'Αθήνα', '😀', '👩‍👩‍👧', 'e\u0301', '\u200b', '\u200d', '\ufeff', '\ufffd',
  '\u202e', '\u202c', '\u2067', '\u2069', '\u200e', '\u200f', 'http://x.nl/a?b=c', 'a@b.nl', '<b>', '&amp;', '- ', '• ',
];

/** Figure phrases built from parts: ranges, nought and huge ends ("0 tot en met 8.000 fietsen" once looped for ever). */
const NUMBERS = ['0', '00', '0,0', '-0', '1', '30', '8.000', '36.000', '1.000.000', '999999999999999999999', '1e308', 'nul', 'zero', 'twintig', 'duizend', 'miljoen'];
const JOINERS = ['tot', 'tot en met', 'à', '-', '–', 'en', 'to', 'and', 'or', 'of'];
const figurePhrase = fc
  .tuple(fc.constantFrom('', 'tussen', 'between', 'ruim', 'about', '€', '$'), fc.constantFrom(...NUMBERS), fc.constantFrom(...JOINERS), fc.constantFrom(...NUMBERS), fc.constantFrom('', 'fietsen', 'people', 'procent', 'euro', 'km'))
  .map((parts) => parts.filter((part) => part !== '').join(' '));

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((code) => String.fromCharCode(code));

function textArbitrary(lang: Lang): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
    { arbitrary: fc.constantFrom(...MARKS), weight: 4 },
    { arbitrary: fc.constantFrom(...lexiconWords(lang)), weight: 6 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
    { arbitrary: loneSurrogate, weight: 1 },
    { arbitrary: control, weight: 1 },
    { arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/), weight: 2 },
    { arbitrary: fc.nat().map(String), weight: 1 },
    { arbitrary: figurePhrase, weight: 2 },
  );
  return fc.oneof(
    { arbitrary: fc.array(piece, { maxLength: 160 }).map((pieces) => pieces.join(pieces.length % 3 === 0 ? '' : ' ')), weight: 8 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
    { arbitrary: fc.array(fc.constantFrom(...MARKS, ' ', 'a', '\n'), { maxLength: 400 }).map((marks) => marks.join('')), weight: 1 },
  );
}

const metaArbitrary: fc.Arbitrary<DocMeta> = fc.record({
  published: fc.oneof(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2024-02-30', '2024-13-45', '0000-00-00', '9999-99-99T99:99', '2024-01-01garbage'),
  ),
  timeZone: fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'Asia/Kathmandu', 'UTC', 'Mars/Olympus', ''),
  title: fc.string({ maxLength: 20 }),
}, { requiredKeys: [] });

/** The invariants of one analysis; throws (an assertion) on the first broken one. */
function checkAnalysis(text: string, meta: DocMeta, lang: Lang): void {
  const analysis = analyze(text, meta, { lang });
  assert.equal(analysis.text, text, 'the text is never changed');
  assert.deepStrictEqual(spanProblems(analysis), []);
  assert.deepStrictEqual(schemaErrors(analysis), []);
}

(['nl', 'en'] as const).forEach((lang, index) => {
  test(`fuzz ${lang}: ${RUNS} random texts — no exception, every span equals its slice, output valid`, { timeout: Math.max(600_000, RUNS * 100) }, () => {
    fc.assert(fc.property(textArbitrary(lang), metaArbitrary, (text, meta) => checkAnalysis(text, meta, lang)), { numRuns: RUNS, seed: SEED + index });
  });
});

test('the fuzz check itself fails on a broken span', () => {
  const broken = (text: string): void => {
    const analysis = analyze(text, {}, { lang: 'nl', until: 'tokens' });
    assert.deepStrictEqual(spanProblems({ ...analysis, tokens: analysis.tokens.map((t) => ({ ...t, end: t.end + 1 })) }), []);
  };
  assert.throws(() => fc.assert(fc.property(fc.constantFrom('Een zin.', 'Nog een.'), broken), { numRuns: 5, seed: SEED }), /Property failed/);
});
