import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.ts';
import { matchAttributions, sameSpeaker } from '../../src/eval/match-attributions.ts';
import { needShared, shared } from '../helpers/shared-data.ts';

// The defining example (../shared/examples/nl-kazachstan.*) against its gold record, read at run
// time: no text of it is kept in the repository.
const EXAMPLE = ['examples', 'nl-kazachstan.gold.json'] as const;

interface GoldQuote {
  readonly kind: 'direct' | 'indirect';
  readonly content: { readonly start: number; readonly end: number; readonly text: string };
  readonly cue: { readonly text: string } | null;
  readonly speakerName: string | null;
}

test('the example article: all ten statements with the right speaker, Tokajev through "volgens", Sjojgoe with his role, ‘bekende’ resolved to Roezachoenov', { skip: needShared(...EXAMPLE) }, () => {
  const gold = JSON.parse(readFileSync(shared(...EXAMPLE), 'utf8')) as { text: string; quotes: GoldQuote[] };
  const analysis = analyze(gold.text, { published: '2022-01-14' }, { lang: 'nl', until: 'quotes' });
  const predicted = analysis.quotes;
  const pairs = matchAttributions(gold.quotes.map((q) => ({ content: [q.content] })), predicted.map((q) => ({ content: [q.content] })));
  const found = new Map(pairs);
  // Per gold statement: its kind, cue and source as found, side by side with the gold's.
  const rows = gold.quotes.map((g, i) => {
    const p = found.has(i) ? predicted[found.get(i) as number] : null;
    return { kind: p?.kind ?? null, cue: p?.cue?.text ?? null, sameSpeaker: p !== null && sameSpeaker(g.speakerName, p.speakerName) };
  });
  assert.deepStrictEqual(rows, gold.quotes.map((g) => ({ kind: g.kind, cue: g.cue?.text ?? null, sameSpeaker: true })));
  assert.equal(predicted.length, gold.quotes.length, 'no statements beyond the gold ones');

  const byCue = (cue: string, name: string) => predicted.find((q) => q.cue?.text === cue && q.speakerName === name);
  assert.ok(byCue('volgens', 'Kassim-Zjomart Tokajev'), 'Tokajev through "volgens Tokajev", by his full name');
  assert.equal(byCue('zegt', 'Sergej Sjojgoe')?.role, 'Russische minister van defensie');
  assert.equal(byCue('zei', 'Antony Blinken')?.role, 'Amerikaanse minister van buitenlandse zaken');
  assert.equal(byCue('zegt', 'Kassim-Zjomart Tokajev')?.role, 'president');
  const confessed = byCue('bekende', 'Vikram Roezachoenov');
  assert.ok(confessed, 'the Kirgiziër’s ‘bekende’ resolved to Vikram Roezachoenov');
  assert.equal(confessed.content.text, gold.text.slice(confessed.content.start, confessed.content.end));
});
