import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import type { Lang } from '../src/core/types.ts';

interface Shown {
  text: string;
  style: string;
  closed: boolean;
  depth: number;
  inner: string;
}

function quoteSpans(text: string, lang: Lang): Shown[] {
  const analysis = analyze(text, {}, { lang, until: 'quote-marks' });
  return analysis.quoteSpans.map((q) => ({
    text: text.slice(q.start, q.end),
    style: q.style,
    closed: q.closed,
    depth: q.depth,
    inner: text.slice(q.inner.start, q.inner.end),
  }));
}

const span = (text: string, style: string, inner: string, depth = 0, closed = true): Shown => ({ text, style, closed, depth, inner });

const rows: Array<[string, Lang, string, Shown[]]> = [
  ['curly double', 'nl', '“Wij gaan door”, zei de burgemeester.', [span('“Wij gaan door”', 'curly-double', 'Wij gaan door')]],
  ['curly single scare quotes', 'nl', 'Het zogeheten ‘plan’ en de ‘visie’.', [span('‘plan’', 'curly-single', 'plan'), span('‘visie’', 'curly-single', 'visie')]],
  ['typed Dutch ,, …', 'nl', ",,We komen terug,'' zegt ze.", [span(",,We komen terug,''", 'dutch-typed', 'We komen terug,')]],
  ['typed Dutch ,, … ”', 'nl', ',,We komen terug,” zegt ze.', [span(',,We komen terug,”', 'dutch-typed', 'We komen terug,')]],
  ['low double', 'nl', 'Hij riep „stop“ en liep weg.', [span('„stop“', 'low-double', 'stop')]],
  ['guillemets', 'nl', 'De krant «Het Dorp» verscheen.', [span('«Het Dorp»', 'guillemet', 'Het Dorp')]],
  ['straight double', 'en', 'She said "no" twice.', [span('"no"', 'straight-double', 'no')]],
  ['straight single', 'en', "The so-called 'deal' failed.", [span("'deal'", 'straight-single', 'deal')]],
  ['mixed: opened curly, closed straight', 'nl', "‘Parijs van het Oosten'", [span("‘Parijs van het Oosten'", 'mixed', 'Parijs van het Oosten')]],
  ['nested single in double', 'en', '“He called it ‘madness’ today,” she said.', [span('“He called it ‘madness’ today,”', 'curly-double', 'He called it ‘madness’ today,'), span('‘madness’', 'curly-single', 'madness', 1)]],
  ['apostrophes in words are not marks', 'nl', 'De camera’s van Poetins regime, zo\'n groot en it’s fine.', []],
  ['elisions are not marks', 'nl', "Hij kwam 's avonds uit 's-Hertogenbosch in de jaren '90 en ‘s morgens weer.", []],
  ['English contractions are not marks', 'en', "I don't know; it’s the ’80s and that's that.", []],
  ['possessive after s is no mark', 'en', "The parents' house and Jesus’ words.", []],
  ['quote inside a word-final apostrophe context', 'en', "'Twas the 'best' night.", [span("'best'", 'straight-single', 'best')]],
  ['unclosed quote runs to the end of its paragraph', 'nl', '“Eerst dit. En dan\n\n“Nog meer.”', [span('“Eerst dit. En dan', 'curly-double', 'Eerst dit. En dan', 0, false), span('“Nog meer.”', 'curly-double', 'Nog meer.')]],
  ['stray closing mark is ignored', 'en', 'He left” and came back.', []],
  ['closer of the other kind drops the inner opener', 'en', '“He said ‘no” and left.', [span('“He said ‘no”', 'curly-double', 'He said ‘no')]],
  ['spaced typed marks as in tokenised text', 'nl', ",, Ik ben blij . '' Zij lachte .", [span(",, Ik ben blij . ''", 'dutch-typed', ' Ik ben blij . ')]],
  ['spaced straight marks as in tokenised text open and close by turns', 'nl', 'Hij schreef : " Ik kom . " Zij zei " nee " .', [span('" Ik kom . "', 'straight-double', ' Ik kom . '), span('" nee "', 'straight-double', ' nee ')]],
];

for (const [name, lang, text, expected] of rows) {
  test(`quote marks: ${name}`, () => {
    assert.deepStrictEqual(quoteSpans(text, lang), expected);
  });
}

test('quote marks: open and close marks are the slices they claim to be', () => {
  const text = '„Ja”, zei ze, ‚toch‘ en “nee”.';
  const analysis = analyze(text, {}, { lang: 'nl', until: 'quote-marks' });
  for (const q of analysis.quoteSpans) {
    assert.equal(q.open.text, text.slice(q.open.start, q.open.end));
    if (q.close !== null) assert.equal(q.close.text, text.slice(q.close.start, q.close.end));
    assert.deepStrictEqual([q.open.start, q.close?.end], [q.start, q.end]);
  }
  assert.equal(analysis.quoteSpans.length, 3);
});

test('quote marks: 10,000 unbalanced marks in one paragraph neither throw nor blow up', () => {
  const marks = ['“', '‘', '"', "'", '„', '«', ',,', "''", '”', '’', '»'];
  let text = '';
  for (let i = 0; i < 10_000; i++) text += `${marks[(i * 7) % marks.length]}woord `;
  const analysis = analyze(text, {}, { lang: 'nl', until: 'quote-marks' });
  assert.ok(analysis.quoteSpans.length <= 10_000);
  for (const q of analysis.quoteSpans) assert.ok(q.depth < 8 && q.start < q.end);
  const openers = '“'.repeat(10_000);
  assert.equal(analyze(`${openers}x`, {}, { lang: 'en', until: 'quote-marks' }).quoteSpans.length, 8);
});
