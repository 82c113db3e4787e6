import type { Analysis, EntityType, HedgeKind, QuoteKind, QuotedTermKind } from '../../../src/core/types.ts';
import { speakerKey, type SpeakerIndex } from './group-speakers.ts';

/** One drawable annotation of the article: a span of the text and what it is. */
export type Mark =
  | { readonly kind: 'quote'; readonly start: number; readonly end: number; readonly quote: string; readonly speaker: number; readonly quoteKind: QuoteKind }
  | { readonly kind: 'hedge'; readonly start: number; readonly end: number; readonly hedgeKind: HedgeKind }
  | { readonly kind: 'speaker'; readonly start: number; readonly end: number; readonly quote: string; readonly speaker: number }
  | { readonly kind: 'cue'; readonly start: number; readonly end: number; readonly quote: string }
  | { readonly kind: 'entity'; readonly start: number; readonly end: number; readonly type: EntityType; readonly name: string }
  | { readonly kind: 'figure'; readonly start: number; readonly end: number; readonly claimedBy: string | null; readonly unit: string | null; readonly value: number; readonly valueMax?: number; readonly approx: string }
  | { readonly kind: 'term'; readonly start: number; readonly end: number; readonly termKind: QuotedTermKind }
  | { readonly kind: 'time'; readonly start: number; readonly end: number; readonly value: string | null };

export type MarkKind = Mark['kind'];

/** Which mark encloses which when two cover the same text: lower ranks are drawn outside. */
export const MARK_RANK: Readonly<Record<MarkKind, number>> = { quote: 0, hedge: 1, speaker: 2, cue: 3, entity: 4, figure: 5, term: 6, time: 7 };

/** Every layer of the analysis that the reader draws, as marks (empty spans are dropped). */
export function collectMarks(analysis: Analysis, speakers: SpeakerIndex): Mark[] {
  const marks: Mark[] = [];
  const entityName = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
  for (const quote of analysis.quotes) {
    const speaker = speakers.indexOf.get(speakerKey(quote)) ?? 0;
    marks.push({ kind: 'quote', start: quote.content.start, end: quote.content.end, quote: quote.id, speaker, quoteKind: quote.kind });
    if (quote.cue) marks.push({ kind: 'cue', start: quote.cue.start, end: quote.cue.end, quote: quote.id });
    if (quote.speaker) marks.push({ kind: 'speaker', start: quote.speaker.start, end: quote.speaker.end, quote: quote.id, speaker });
  }
  for (const hedge of analysis.hedges) marks.push({ kind: 'hedge', start: hedge.start, end: hedge.end, hedgeKind: hedge.kind });
  for (const mention of analysis.mentions) {
    const name = (mention.entity !== undefined ? entityName.get(mention.entity) : undefined) ?? mention.text;
    marks.push({ kind: 'entity', start: mention.start, end: mention.end, type: mention.type, name });
  }
  for (const q of analysis.quantities) {
    marks.push({ kind: 'figure', start: q.start, end: q.end, claimedBy: q.claimedBy, unit: q.unit, value: q.value, approx: q.approx, ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}) });
  }
  for (const term of analysis.quotedTerms) marks.push({ kind: 'term', start: term.start, end: term.end, termKind: term.kind });
  for (const time of analysis.times) marks.push({ kind: 'time', start: time.start, end: time.end, value: time.value });
  return marks.filter((mark) => mark.end > mark.start && mark.start >= 0 && mark.end <= analysis.text.length);
}
