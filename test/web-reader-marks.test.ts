import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectMarks } from '../web/src/reader/collect-marks.ts';
import { groupSpeakers } from '../web/src/reader/group-speakers.ts';
import { blocksOf, nestMarks, type Block, type MarkNode } from '../web/src/reader/nest-marks.ts';
import { emptyAnalysis } from '../src/core/analysis.ts';
import { FIXTURE_TEXT, fixtureAnalysis } from './helpers/reader-fixture.ts';

/** A tree as [kind, surface text, children]: what the reader draws, readable in a table. */
type Shape = [string, string, Shape[]] | [string, string];
function shape(text: string, nodes: readonly MarkNode[]): Shape[] {
  return nodes.map((node) => (node.children.length > 0 ? [node.mark.kind, text.slice(node.start, node.end), shape(text, node.children)] : [node.mark.kind, text.slice(node.start, node.end)]));
}

test('the speakers panel groups statements by entity or name, in order of first appearance', () => {
  const { groups } = groupSpeakers(fixtureAnalysis());
  assert.deepEqual(
    groups.map((g) => ({ index: g.index, key: g.key, name: g.name, role: g.role, quotes: g.quotes.map((q) => q.id) })),
    [
      { index: 0, key: 'e:e1', name: 'Anna Smit', role: 'dijkgraaf', quotes: ['q1'] },
      { index: 1, key: 'n:het waterschap', name: 'het waterschap', role: null, quotes: ['q2'] },
      { index: 2, key: 'e:e3', name: 'Karel Bos', role: 'gedeputeerde', quotes: ['q3'] },
    ],
  );
});

test('marks nest inside each paragraph: quotes outside, speaker and cue, entities, figures, hedges inside', () => {
  const analysis = fixtureAnalysis();
  const blocks = nestMarks(analysis.text, analysis.paragraphs, collectMarks(analysis, groupSpeakers(analysis)));
  assert.deepEqual(
    blocks.map((block: Block) => [block.kind, shape(analysis.text, block.children)]),
    [
      ['heading', []],
      ['paragraph', [
        ['quote', 'We moeten nu handelen'],
        ['cue', 'zei'],
        ['speaker', 'Anna Smit', [['entity', 'Anna Smit']]],
        ['time', 'woensdag'],
        ['entity', 'Gouda'],
        ['cue', 'Volgens'],
        ['speaker', 'waterschap', [['entity', 'waterschap']]],
        ['quote', 'kost het plan ruim 30 miljoen euro', [['figure', 'ruim 30 miljoen euro']]],
      ]],
      ['paragraph', [
        ['entity', 'provincie'],
        ['term', '‘paniekvoetbal’'],
        ['quote', 'Het plan zou mogelijk te duur zijn', [['hedge', 'zou mogelijk']]],
        ['cue', 'aldus'],
        ['speaker', 'Karel Bos', [['entity', 'Karel Bos']]],
      ]],
    ],
  );
});

test('a mark that crosses an outer one is cut into pieces; only the first piece starts the mark', () => {
  const text = 'Ze zei: dit is echt waar, zo klonk het.';
  const analysis = {
    ...emptyAnalysis({ text, lang: 'nl', meta: {} }),
    quotes: [{ id: 'q1', kind: 'direct' as const, content: { start: 8, end: 24, text: text.slice(8, 24) }, cue: null, speaker: null, speakerName: null, speakerEntity: null, role: null, confidence: 1 }],
    hedges: [{ start: 15, end: 29, text: text.slice(15, 29), kind: 'uncertain' as const, sentence: 0, covers: [] }],
  };
  const [block] = nestMarks(text, [], collectMarks(analysis, groupSpeakers(analysis)));
  assert.deepEqual(
    block.children.map((node) => [node.mark.kind, text.slice(node.start, node.end), node.first, node.children.map((c) => [c.mark.kind, text.slice(c.start, c.end), c.first])]),
    [
      ['quote', 'dit is echt waar', true, [['hedge', 'echt waar', true]]],
      ['hedge', ', zo ', false, []],
    ],
  );
});

test('without a paragraphs layer the text is split at blank lines; spans outside the text are dropped', () => {
  const rows: Array<[string, Array<[number, number]>]> = [
    ['Een.\n\nTwee.', [[0, 4], [6, 11]]],
    ['  Een.\n  \n\n Twee.  \n', [[2, 6], [12, 17]]],
    ['Een regel\nen nog een', [[0, 20]]],
    ['\n\n', []],
  ];
  for (const [text, expected] of rows) assert.deepEqual(blocksOf(text, []).map((b) => [b.start, b.end]), expected, JSON.stringify(text));
  const analysis = { ...fixtureAnalysis(), quotedTerms: [{ start: FIXTURE_TEXT.length - 2, end: FIXTURE_TEXT.length + 5, text: 'x', kind: 'scare' as const, confidence: 1 }] };
  assert.equal(collectMarks(analysis, groupSpeakers(analysis)).filter((mark) => mark.kind === 'term').length, 0);
});
