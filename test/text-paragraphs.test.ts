import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import type { Lang } from '../src/core/types.ts';

/** Each paragraph as its surface text and kind. */
function paragraphs(text: string, lang: Lang): Array<[string, string]> {
  const analysis = analyze(text, {}, { lang, until: 'paragraphs' });
  return analysis.paragraphs.map((p) => [text.slice(p.start, p.end), p.kind]);
}

const rows: Array<[string, Lang, string, Array<[string, string]>]> = [
  ['one paragraph', 'nl', 'De wethouder opende de brug. Het regende.', [['De wethouder opende de brug. Het regende.', 'paragraph']]],
  ['blank line with \\n', 'nl', 'Eerste alinea.\n\nTweede alinea.', [['Eerste alinea.', 'paragraph'], ['Tweede alinea.', 'paragraph']]],
  ['blank line with \\r\\n', 'en', 'First part.\r\n\r\nSecond part.', [['First part.', 'paragraph'], ['Second part.', 'paragraph']]],
  ['old Mac \\r', 'en', 'First part.\r\rSecond part.', [['First part.', 'paragraph'], ['Second part.', 'paragraph']]],
  ['white-space line is blank', 'nl', '  Eerste alinea.  \n \t \n\tTweede alinea.\n', [['Eerste alinea.', 'paragraph'], ['Tweede alinea.', 'paragraph']]],
  ['single line break stays inside', 'nl', 'Een regel\ndie doorloopt.', [['Een regel\ndie doorloopt.', 'paragraph']]],
  ['heading', 'nl', 'Inspraak\n\nDe raad vergaderde tot laat.', [['Inspraak', 'heading'], ['De raad vergaderde tot laat.', 'paragraph']]],
  ['quoted heading with a mixed close', 'nl', '‘Venetië van het Noorden\'\n\nDe stad wil meer toeristen.', [['‘Venetië van het Noorden\'', 'heading'], ['De stad wil meer toeristen.', 'paragraph']]],
  ['short line ending in a full stop is no heading', 'en', 'He left.\n\nShe stayed on.', [['He left.', 'paragraph'], ['She stayed on.', 'paragraph']]],
  ['line ending in a colon is no heading', 'nl', 'Dit zei ze:\n\n‘Nee.’', [['Dit zei ze:', 'paragraph'], ['‘Nee.’', 'paragraph']]],
  ['more than ten words is no heading', 'en', 'One two three four five six seven eight nine ten eleven\n\nNext.', [['One two three four five six seven eight nine ten eleven', 'paragraph'], ['Next.', 'paragraph']]],
  ['two lines are no heading', 'en', 'Weather\nToday\n\nRain.', [['Weather\nToday', 'paragraph'], ['Rain.', 'paragraph']]],
  ['empty text', 'en', '', []],
  ['only white space', 'en', ' \n\n \t', []],
];

for (const [name, lang, text, expected] of rows) {
  test(`paragraphs: ${name}`, () => {
    assert.deepStrictEqual(paragraphs(text, lang), expected);
  });
}
