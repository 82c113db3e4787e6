import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateNumberParts, parseDigits, parseNumberWord } from '../../src/extract/parse-number-words.ts';
import { packs } from '../../src/lang/index.ts';

const word = (text: string, lang: 'nl' | 'en'): number | null => {
  const parts = parseNumberWord(text, packs[lang].claims.numbers);
  return parts === null ? null : evaluateNumberParts(parts);
};

test('number words: Dutch compounds and English words; non-numbers are null', () => {
  const rows: [string, 'nl' | 'en', number | null][] = [
    ['zes', 'nl', 6], ['achttien', 'nl', 18], ['vijfenzeventig', 'nl', 75], ['tweeëntwintig', 'nl', 22],
    ['honderdvijftig', 'nl', 150], ['tweeduizend', 'nl', 2000], ['twintigduizend', 'nl', 20000],
    ['tweeduizendvijfhonderd', 'nl', 2500], ['driehonderdduizend', 'nl', 300000],
    ['tweede', 'nl', null], ['Achterhoek', 'nl', null], ['vieren', 'nl', null], ['honderden', 'nl', null], ['Tienen', 'nl', null],
    ['seven', 'en', 7], ['twenty-one', 'en', 21], ['seventeen', 'en', 17], ['often', 'en', null], ['twentyone', 'en', null],
  ];
  assert.deepStrictEqual(rows.map(([w, lang]) => [w, word(w, lang)]), rows.map(([w, , v]) => [w, v]));
});

test('digits in each language’s convention', () => {
  const rows: [string, 'nl' | 'en', number | null][] = [
    ['20.000', 'nl', 20000], ['1.200.000', 'nl', 1200000], ['3,5', 'nl', 3.5], ['1.89', 'nl', 1.89], ['1.234,5', 'nl', 1234.5],
    ['20,000', 'en', 20000], ['3.5', 'en', 3.5], ['1,234.5', 'en', 1234.5], ['2000', 'en', 2000], ['1.2.3', 'nl', null],
  ];
  assert.deepStrictEqual(rows.map(([d, lang]) => [d, parseDigits(d, packs[lang].claims.numbers)]), rows.map(([d, , v]) => [d, v]));
});
