import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline.ts';
import { needShared, shared } from './helpers/shared-data.ts';

const skip = needShared('examples', 'nl-kazachstan.txt');
const load = () => {
  const text = readFileSync(shared('examples', 'nl-kazachstan.txt'), 'utf8');
  return { text, analysis: analyze(text, {}, { lang: 'nl', until: 'tokens' }) };
};

test('example article: 10 paragraphs and 2 headings', { skip }, () => {
  const { text, analysis } = load();
  const headings = analysis.paragraphs.filter((p) => p.kind === 'heading').map((p) => text.slice(p.start, p.end));
  assert.deepStrictEqual(
    { paragraphs: analysis.paragraphs.filter((p) => p.kind === 'paragraph').length, headings },
    { paragraphs: 10, headings: ['Inmenging', '‘Singapore van Centraal-Azië\''] },
  );
});

test('example article: every quotation mark is paired, the heading as ‘…\'', { skip }, () => {
  const { text, analysis } = load();
  const spans = analysis.quoteSpans.map((q) => [text.slice(q.start, q.end), q.style, q.closed]);
  assert.deepStrictEqual(spans, [
    [text.slice(0, text.indexOf('”') + 1), 'curly-double', true],
    ['‘buitenland’', 'curly-single', true],
    ['‘terroristen’', 'curly-single', true],
    ['‘bandieten’', 'curly-single', true],
    ['‘bekende’', 'curly-single', true],
    ['‘buitenlandse inmenging’', 'curly-single', true],
    ['‘buitenlands agent’', 'curly-single', true],
    ['‘kleurenrevoluties’', 'curly-single', true],
    ['‘Singapore van Centraal-Azië\'', 'mixed', true],
    ['‘Singapore van Centraal-Azië’', 'curly-single', true],
    ['‘vredesmacht’', 'curly-single', true],
  ]);
  // No mark is left over: apostrophes (camera’s) are not marks.
  const marks = [...text.matchAll(/[“”‘’']/g)].length;
  assert.equal(marks, analysis.quoteSpans.length * 2 + 1);
});

test('example article: the opening quote and its attribution are one sentence', { skip }, () => {
  const { text, analysis } = load();
  const first = analysis.sentences[0];
  assert.equal(text.slice(first.start, first.end), text.slice(0, text.indexOf('vrijdag.') + 'vrijdag.'.length));
  assert.equal(analysis.sentences.length, 35);
});

test('example article: tokens the issue names', { skip }, () => {
  const { analysis } = load();
  const forms = new Set(analysis.tokens.map((t) => t.text));
  for (const form of ['pot-verwijt-de-ketel-gehalte', 'camera’s', 'Kassim-Zjomart', 'CSTO-soldaten', 'Poetins', '20.000', '12.000', 'olie-', 'Centraal-Azië', 'pro-Russische']) {
    assert.ok(forms.has(form), `missing token ${form}`);
  }
});
