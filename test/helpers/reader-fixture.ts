import { emptyAnalysis } from '../../src/core/analysis.ts';
import type { Analysis, DocMeta, Lang, TextSpan } from '../../src/core/types.ts';

/** Our own sentences, with every layer the reader draws filled in by hand (offsets from indexOf). */
export const FIXTURE_TEXT = [
  'Dijken onder druk',
  '',
  '„We moeten nu handelen”, zei dijkgraaf Anna Smit woensdag in Gouda. Volgens het waterschap kost het plan ruim 30 miljoen euro.',
  '',
  'De provincie spreekt van ‘paniekvoetbal’. Het plan zou mogelijk te duur zijn, aldus gedeputeerde Karel Bos.',
].join('\n');

function span(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`fixture: "${needle}" not in the text`);
  return { start, end: start + needle.length, text: needle };
}

/** The fixture analysis; `meta` and `lang` may be changed to store several variants. */
export function fixtureAnalysis(meta: DocMeta = { title: 'Fixture: Dijken onder druk', published: '2026-02-03', outlet: 'Testkrant' }, lang: Lang = 'nl', text = FIXTURE_TEXT): Analysis {
  const p1 = text.indexOf('„We');
  const p2 = text.indexOf('De provincie');
  const smit = span(text, 'Anna Smit');
  const bos = span(text, 'Karel Bos');
  const gouda = span(text, 'Gouda');
  const waterschap = span(text, 'waterschap');
  const provincie = span(text, 'provincie');
  return {
    ...emptyAnalysis({ text, lang, meta }),
    paragraphs: [
      { start: 0, end: text.indexOf('\n'), kind: 'heading' },
      { start: p1, end: text.indexOf('\n', p1), kind: 'paragraph' },
      { start: p2, end: text.length, kind: 'paragraph' },
    ],
    mentions: [
      { id: 'm1', type: 'PER', confidence: 0.9, entity: 'e1', ...smit },
      { id: 'm2', type: 'LOC', confidence: 0.9, entity: 'e2', ...gouda },
      { id: 'm3', type: 'ORG', confidence: 0.8, ...waterschap },
      { id: 'm4', type: 'ORG', confidence: 0.8, ...provincie },
      { id: 'm5', type: 'PER', confidence: 0.9, entity: 'e3', ...bos },
    ],
    entities: [
      { id: 'e1', type: 'PER', name: 'Anna Smit', aliases: [], mentions: ['m1'], role: 'dijkgraaf' },
      { id: 'e2', type: 'LOC', name: 'Gouda', aliases: [], mentions: ['m2'] },
      { id: 'e3', type: 'PER', name: 'Karel Bos', aliases: [], mentions: ['m5'], role: 'gedeputeerde' },
    ],
    quotes: [
      { id: 'q1', kind: 'direct', content: span(text, 'We moeten nu handelen'), cue: span(text, 'zei'), speaker: smit, speakerName: 'Anna Smit', speakerEntity: 'e1', role: 'dijkgraaf', confidence: 0.9 },
      { id: 'q2', kind: 'indirect', content: span(text, 'kost het plan ruim 30 miljoen euro'), cue: span(text, 'Volgens'), speaker: waterschap, speakerName: 'het waterschap', speakerEntity: null, role: null, confidence: 0.7 },
      { id: 'q3', kind: 'indirect', content: span(text, 'Het plan zou mogelijk te duur zijn'), cue: span(text, 'aldus'), speaker: bos, speakerName: 'Karel Bos', speakerEntity: 'e3', role: 'gedeputeerde', confidence: 0.8 },
    ],
    quantities: [{ ...span(text, 'ruim 30 miljoen euro'), value: 30_000_000, approx: 'more-than', unit: 'euro', claimedBy: 'het waterschap', quote: 'q2', confidence: 0.9 }],
    quotedTerms: [{ ...span(text, '‘paniekvoetbal’'), kind: 'scare', confidence: 0.8 }],
    hedges: [{ ...span(text, 'zou mogelijk'), kind: 'uncertain', sentence: 3, covers: ['q3'] }],
    times: [{ ...span(text, 'woensdag'), value: '2026-02-04', granularity: 'day' }],
  };
}
