import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { SCHEMA_VERSION, type Analysis } from '../src/core/types.ts';
import { emptyAnalysis } from '../src/core/analysis.ts';
import { ROOT } from './helpers/shared-data.ts';
import { analysisSchema as schema, schemaErrors } from './helpers/validate-analysis.ts';

function assertValid(analysis: unknown, label: string): void {
  const errors = schemaErrors(analysis);
  assert.ok(errors.length === 0, `${label}: ${JSON.stringify(errors, null, 1)}`);
}

test('the schema documents the current schemaVersion', () => {
  assert.match(SCHEMA_VERSION, new RegExp(schema.properties.schemaVersion.pattern));
});

test('real output of analyze validates against the JSON Schema', () => {
  const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt'));
  assert.ok(samples.length > 0, 'there are sample articles');
  for (const name of samples) {
    const text = readFileSync(join(ROOT, 'samples', name), 'utf8');
    assertValid(analyze(text, { id: name, published: '2026-03-10' }), name);
  }
  assertValid(analyze('“Het gaat goed”, zei de minister. Volgens hem kwamen er 20.000 mensen.', {}, { lang: 'nl' }), 'nl sentence');
  assertValid(analyze('"It is fine," the minister said on Friday. About 2,000 people came.', {}, { lang: 'en' }), 'en sentence');
});

test('an analysis with every layer filled validates, and a broken one does not', () => {
  const text = '“Ja”, zei Jan ‘ruim’ 20 keer.';
  const full: Analysis = {
    ...emptyAnalysis({ text, lang: 'nl', meta: { published: '2026-01-02' } }),
    paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }],
    sentences: [{ start: 0, end: text.length, paragraph: 0, tokenStart: 0, tokenEnd: 1 }],
    tokens: [{ start: 0, end: 1, text: '“', sentence: 0, upos: 'PUNCT', lemma: '“' }],
    quoteSpans: [{ start: 0, end: 4, style: 'curly-double', inner: { start: 1, end: 3 }, open: { start: 0, end: 1, text: '“' }, close: { start: 3, end: 4, text: '”' }, closed: true, depth: 0 }],
    mentions: [{ id: 'm1', start: 10, end: 13, text: 'Jan', type: 'PER', confidence: 0.9, entity: 'e1' }],
    entities: [{ id: 'e1', type: 'PER', name: 'Jan', aliases: [], mentions: ['m1'], key: 'jan', gender: 'm' }],
    quotes: [{ id: 'q1', kind: 'direct', content: { start: 1, end: 3, text: 'Ja' }, cue: { start: 6, end: 9, text: 'zei' }, speaker: { start: 10, end: 13, text: 'Jan' }, speakerName: 'Jan', speakerEntity: 'e1', role: null, confidence: 0.9 }],
    quantities: [{ start: 21, end: 28, text: '20 keer', value: 20, approx: 'exact', unit: 'keer', claimedBy: null, quote: null, confidence: 0.8 }],
    quotedTerms: [{ start: 14, end: 20, text: '‘ruim’', kind: 'scare', confidence: 0.6 }],
    hedges: [],
    times: [{ start: 0, end: 0, text: '', value: null, granularity: null }],
    messages: [{ ruleId: 'x', severity: 'info', message: 'ok' }],
  };
  assertValid(full, 'full');
  const broken = { ...full, quotes: [{ ...full.quotes[0], kind: 'rumour' }] };
  assert.notDeepEqual(schemaErrors(broken), []);
});
