import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, TextSpan } from '../../src/core/types.ts';
import { analyseQuotes } from '../helpers/who-said-what.ts';
import { needShared, shared } from '../helpers/shared-data.ts';

/** Every span of every quote and of every coreference mention is the slice of the text it points to. */
function checkSpans(analysis: Analysis): void {
  const check = (span: TextSpan | null, what: string): void => {
    if (span === null) return;
    assert.ok(span.start >= 0 && span.start < span.end && span.end <= analysis.text.length, `${what} [${span.start}, ${span.end}) inside the text`);
    assert.equal(span.text, analysis.text.slice(span.start, span.end), what);
  };
  const entities = new Set(analysis.entities.map((e) => e.id));
  for (const q of analysis.quotes) {
    check(q.content, `${q.id}.content`);
    check(q.cue, `${q.id}.cue`);
    check(q.speaker, `${q.id}.speaker`);
    assert.ok(q.confidence > 0 && q.confidence <= 1, `${q.id}.confidence`);
    if (q.speakerEntity !== null) assert.ok(entities.has(q.speakerEntity), `${q.id}.speakerEntity is an entity`);
  }
  for (const m of analysis.mentions) {
    check(m, `mention ${m.id}`);
    if (m.entity !== undefined) assert.ok(entities.has(m.entity), `mention ${m.id} points to an entity`);
  }
}

const OURS: readonly [string, 'nl' | 'en'][] = [
  ["Trainer Piet Zand was niet tevreden. ,,We speelden slordig'', zegt de trainer. ,,Dat moet beter.''\n\n,,Veel beter.", 'nl'],
  ['Volgens de politie is de schade groot. De brandweer zegt dat het vuur uit is.', 'nl'],
  ['“We will win,” said Senator Maria Lopez. She added that the race was close.', 'en'],
];

test('quote and mention spans are slices of the text (our sentences)', () => {
  for (const [text, lang] of OURS) checkSpans(analyseQuotes(text, lang));
});

test('quote and mention spans are slices of the text (nl-dev gold texts)', { skip: needShared('gold', 'nl-dev') }, () => {
  const folder = shared('gold', 'nl-dev');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    const record = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { text: string };
    checkSpans(analyseQuotes(record.text, 'nl'));
  }
});
