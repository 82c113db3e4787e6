import { emptyAnalysis } from '../../src/core/analysis.ts';
import type { Analysis, DocMeta, Lang, Quantity, Quote } from '../../src/core/types.ts';

/** The span of the first `needle` in `text` (after `from`), with its text; throws when absent. */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

export interface QuoteSketch {
  readonly content: string;
  readonly speaker: string;
  readonly speakerName: string;
  readonly role?: string;
  readonly cue?: string;
  readonly kind?: 'direct' | 'indirect';
}

export interface FigureSketch {
  readonly text: string;
  readonly value: number;
  readonly unit: string | null;
  readonly claimedBy?: string;
}

/**
 * An analysis of our own text with every layer filled from sketches, as the stages would:
 * one paragraph, sentences split at ". ", whitespace tokens, one mention and entity per
 * speaker, the quotes and figures given, a quoted term, a hedge and a time when asked.
 */
export function makeAnalysis(
  text: string,
  lang: Lang,
  meta: DocMeta,
  sketch: { quotes?: readonly QuoteSketch[]; figures?: readonly FigureSketch[]; term?: string; hedge?: string; time?: [string, string] } = {},
): Analysis {
  const base = emptyAnalysis({ text, lang, meta });
  const sentences: Array<{ start: number; end: number; paragraph: number; tokenStart: number; tokenEnd: number }> = [];
  const tokens: Array<{ start: number; end: number; text: string; sentence: number }> = [];
  for (const match of text.matchAll(/[^.]+\.?/g)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end <= start) continue;
    const tokenStart = tokens.length;
    for (const word of text.slice(start, end).matchAll(/\S+/g)) {
      tokens.push({ start: start + word.index, end: start + word.index + word[0].length, text: word[0], sentence: sentences.length });
    }
    sentences.push({ start, end, paragraph: 0, tokenStart, tokenEnd: tokens.length });
  }
  const quotes: Quote[] = (sketch.quotes ?? []).map((q, i) => {
    const content = spanOf(text, q.content);
    return {
      id: `q${i + 1}`,
      kind: q.kind ?? 'direct',
      content,
      cue: q.cue === undefined ? null : spanOf(text, q.cue),
      speaker: spanOf(text, q.speaker),
      speakerName: q.speakerName,
      speakerEntity: `e${i + 1}`,
      role: q.role ?? null,
      confidence: 0.9,
    };
  });
  const quantities: Quantity[] = (sketch.figures ?? []).map((f) => ({
    ...spanOf(text, f.text),
    value: f.value,
    approx: 'exact',
    unit: f.unit,
    claimedBy: f.claimedBy ?? null,
    quote: null,
    confidence: 0.8,
  }));
  return {
    ...base,
    paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }],
    sentences,
    tokens,
    mentions: quotes.map((q, i) => ({ ...(q.speaker as { start: number; end: number; text: string }), id: `m${i + 1}`, type: 'PER', confidence: 0.95, entity: `e${i + 1}` })),
    entities: quotes.map((q, i) => ({ id: `e${i + 1}`, type: 'PER', name: q.speakerName ?? '', aliases: [], mentions: [`m${i + 1}`], ...(q.role === null ? {} : { role: q.role }) })),
    quotes,
    quantities,
    quotedTerms: sketch.term === undefined ? [] : [{ ...spanOf(text, sketch.term), kind: 'scare', confidence: 0.7 }],
    hedges: sketch.hedge === undefined ? [] : [{ ...spanOf(text, sketch.hedge), kind: 'uncertain', sentence: 0, covers: quotes.map((q) => q.id) }],
    times: sketch.time === undefined ? [] : [{ ...spanOf(text, sketch.time[0]), value: sketch.time[1], granularity: 'day' }],
    messages: [{ ruleId: 'test-note', severity: 'info', message: 'made by the test' }],
  };
}
