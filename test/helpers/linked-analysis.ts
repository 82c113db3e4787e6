import assert from 'node:assert/strict';
import { clusterMentions } from '../../src/link/cluster-mentions.ts';
import { emptyAnalysis } from '../../src/core/analysis.ts';
import { packs } from '../../src/lang/index.ts';
import type { Analysis, DocMeta, Lang, Quantity, Quote } from '../../src/core/types.ts';
import { markMentions } from './mark-mentions.ts';
import { spanOf } from './make-analysis.ts';

/** An article of our own, its mentions marked `[[name|TYPE]]`, with the quotes and figures it holds. */
export interface ArticleSketch {
  readonly marked: string;
  readonly lang: Lang;
  readonly meta: DocMeta;
  /** [what was said, the mention text of the speaker]. */
  readonly quotes?: readonly [string, string][];
  /** [figure text, value, unit, claimant or null]. */
  readonly figures?: readonly [string, number, string, string | null][];
}

/**
 * An analysis of a sketch: sentences at ". ", mentions linked by the real `link-entities` stage,
 * quotes (speaker entity from the stage) and figures as sketched.
 */
export function linkedAnalysis(sketch: ArticleSketch): Analysis {
  const { text, mentions } = markMentions(sketch.marked);
  const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, paragraph: 0, tokenStart: 0, tokenEnd: 0 }));
  const linked = clusterMentions({ ...emptyAnalysis({ text, lang: sketch.lang, meta: sketch.meta }), sentences, mentions }, { lang: sketch.lang, pack: packs[sketch.lang] });
  const quotes: Quote[] = (sketch.quotes ?? []).map(([content, speaker], i) => {
    const m = linked.mentions.find((x) => x.text === speaker);
    assert.ok(m !== undefined, speaker);
    const entity = linked.entities.find((e) => e.id === m.entity);
    return { id: `q${i + 1}`, kind: 'direct', content: spanOf(text, content), cue: null, speaker: { start: m.start, end: m.end, text: m.text }, speakerName: entity?.name ?? m.text, speakerEntity: m.entity ?? null, role: null, confidence: 0.9 };
  });
  const quantities: Quantity[] = (sketch.figures ?? []).map(([figure, value, unit, claimant]) => ({
    ...spanOf(text, figure), value, approx: 'exact', unit, claimedBy: claimant, quote: null, confidence: 0.8,
  }));
  return { ...linked, quotes, quantities };
}

/** Four short articles: Shoigu in Dutch, English, German and Cyrillic spelling; two Johnsons; two figures of troops that disagree. */
export const SHOIGU_ARTICLES: readonly ArticleSketch[] = [
  {
    lang: 'nl', meta: { outlet: 'Het Ochtendblad', published: '2022-01-20' },
    marked: '"Alle troepen zijn binnen een week thuis", zei [[Sergej Sjojgoe|PER]] in [[Moskou|LOC]]. Volgens [[Sjojgoe|PER]] gingen er 2030 militairen naar [[Kazachstan|LOC]].',
    quotes: [['Alle troepen zijn binnen een week thuis', 'Sergej Sjojgoe']],
    figures: [['2030 militairen', 2030, 'militairen', 'Sjojgoe']],
  },
  {
    lang: 'en', meta: { outlet: 'The Morning Courier', published: '2022-01-21' },
    marked: '"The mission is over," [[Sergei Shoigu|PER]] said. The president of [[Kazakhstan|LOC]], [[Kassym-Jomart Tokayev|PER]], said 2,500 troops had come.',
    quotes: [['The mission is over,', 'Sergei Shoigu']],
    figures: [['2,500 troops', 2500, 'troops', 'Kassym-Jomart Tokayev']],
  },
  {
    lang: 'en', meta: { outlet: 'Media Monitor', published: '2022-01-22' },
    marked: 'German papers quoted [[Schoigu|PER]]: "We kept our word." State TV showed [[Сергей Шойгу|PER]].',
    quotes: [['We kept our word.', 'Schoigu']],
  },
  {
    lang: 'en', meta: { outlet: 'The Morning Courier', published: '2023-03-14' },
    marked: '"I am no Lyndon Johnson," said [[Boris Johnson|PER]]. [[Lyndon B. Johnson|PER]] once said "We shall overcome."',
    quotes: [['I am no Lyndon Johnson,', 'Boris Johnson'], ['We shall overcome.', 'Lyndon B. Johnson']],
  },
];
