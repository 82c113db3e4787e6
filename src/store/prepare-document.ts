import type { Analysis, Sentence } from '../core/types.ts';
import { firstEndingAfter } from '../core/span.ts';
import { hashText } from './hash-text.ts';
import { speakerKeyOf } from '../link/speaker-key.ts';
import { describeFigure } from '../link/describe-figure.ts';
import type { DocumentRows, PreparedDocument } from './store.ts';

/** Characters of text kept on either side of a figure when the analysis has no sentences. */
const CONTEXT_WINDOW = 100;

/**
 * Flattens an analysis into the rows the store keeps, with its content hash and JSON.
 * Pure: runs in a worker thread, so the thread that writes only writes.
 */
export function prepareDocument(analysis: Analysis, source: string | null, pipelineVersion: string): PreparedDocument {
  const { text, ...rest } = analysis;
  return {
    hash: hashText(text),
    source,
    lang: analysis.lang,
    meta: analysis.meta,
    text,
    pipelineVersion,
    schemaVersion: analysis.schemaVersion,
    analysisJson: JSON.stringify(rest),
    rows: flattenLayers(analysis),
  };
}

/** The analysis back from what the store keeps (the inverse of `prepareDocument`'s JSON). */
export function restoreAnalysis(analysisJson: string, text: string): Analysis {
  return { ...(JSON.parse(analysisJson) as Omit<Analysis, 'text'>), text };
}

function flattenLayers(analysis: Analysis): DocumentRows {
  const mentionCount = new Map<string, number>();
  for (const mention of analysis.mentions) {
    if (mention.entity !== undefined) mentionCount.set(mention.entity, (mentionCount.get(mention.entity) ?? 0) + 1);
  }
  return {
    quotes: analysis.quotes.map((quote) => ({
      quoteId: quote.id,
      kind: quote.kind,
      start: quote.content.start,
      end: quote.content.end,
      content: quote.content.text,
      cue: quote.cue?.text ?? null,
      speaker: quote.speaker?.text ?? null,
      speakerName: quote.speakerName,
      speakerEntity: quote.speakerEntity,
      role: quote.role,
      confidence: quote.confidence,
      speakerKey: speakerKeyOf(analysis, quote),
    })),
    mentions: analysis.mentions.map((mention) => ({
      mentionId: mention.id,
      type: mention.type,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      entity: mention.entity ?? null,
      confidence: mention.confidence,
    })),
    entities: analysis.entities.map((entity) => ({
      entityId: entity.id,
      type: entity.type,
      name: entity.name,
      key: entity.key ?? null,
      role: entity.role ?? null,
      gender: entity.gender ?? null,
      aliases: entity.aliases,
      mentionCount: mentionCount.get(entity.id) ?? entity.mentions.length,
    })),
    quantities: analysis.quantities.map((quantity) => ({
      start: quantity.start,
      end: quantity.end,
      text: quantity.text,
      value: quantity.value,
      valueMax: quantity.valueMax ?? null,
      approx: quantity.approx,
      unit: quantity.unit,
      claimedBy: quantity.claimedBy,
      quoteId: quantity.quote,
      confidence: quantity.confidence,
      context: contextOf(analysis.text, analysis.sentences, quantity.start, quantity.end),
      ...describeFigure(analysis, quantity),
    })),
    quotedTerms: analysis.quotedTerms.map((term) => ({
      start: term.start,
      end: term.end,
      text: term.text,
      kind: term.kind,
      confidence: term.confidence,
    })),
    hedges: analysis.hedges.map((hedge) => ({
      start: hedge.start,
      end: hedge.end,
      text: hedge.text,
      kind: hedge.kind,
      sentence: hedge.sentence,
      covers: hedge.covers,
    })),
    times: analysis.times.map((time) => ({
      start: time.start,
      end: time.end,
      text: time.text,
      value: time.value,
      valueEnd: time.valueEnd ?? null,
      granularity: time.granularity,
    })),
  };
}

/** The sentence around `[start, end)`, or a window of text snapped to white space. */
function contextOf(text: string, sentences: readonly Sentence[], start: number, end: number): string {
  const index = firstEndingAfter(sentences, start);
  const sentence = sentences[index];
  if (sentence !== undefined && sentence.start <= start && end <= sentence.end) return text.slice(sentence.start, sentence.end);
  let from = Math.max(0, start - CONTEXT_WINDOW);
  let to = Math.min(text.length, end + CONTEXT_WINDOW);
  if (from > 0) from = nextSpace(text, from, start);
  if (to < text.length) to = previousSpace(text, to, end);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

function nextSpace(text: string, from: number, limit: number): number {
  const found = text.slice(from, limit).search(/\s/);
  return found === -1 ? from : from + found + 1;
}

function previousSpace(text: string, to: number, limit: number): number {
  const found = text.slice(limit, to).search(/\s\S*$/);
  return found === -1 ? to : limit + found;
}
