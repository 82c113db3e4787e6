import type { Analysis, Quantity, Span } from '../core/types.ts';
import { firstEndingAfter } from '../core/span.ts';
import { figureConcepts } from '../lang/figure-concepts.ts';
import { foldLatin } from './fold-latin.ts';

/** What a figure is about, for comparing figures across articles: see `describeFigure`. */
export interface FigureSubject {
  /** The concept of the counted noun or unit ("soldiers" for "militairen" and "troops"), else its last word folded; null without a unit. */
  readonly unitKey: string | null;
  /**
   * Keys of the entities named in the figure's sentence, sorted, without repeats: "PER:key" for
   * a person, the bare key for an organisation or place (taggers mix the two up: "Moskou").
   */
  readonly entityKeys: readonly string[];
  /** The resolved time in the figure's sentence (ISO date), null when it has none. */
  readonly time: string | null;
}

/** Characters on either side of a figure searched when the analysis has no sentences. */
const WINDOW = 150;

/**
 * What a figure counts, which entities its sentence names and when: the things that must agree
 * before two figures from different articles are about the same thing.
 */
export function describeFigure(analysis: Analysis, quantity: Quantity): FigureSubject {
  const around = sentenceAround(analysis, quantity);
  const keyOf = new Map(analysis.entities.map((e) => [e.id, e.key ?? null]));
  const keys = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.start < around.start || m.end > around.end || m.entity === undefined) continue;
    const key = keyOf.get(m.entity);
    if (key !== null && key !== undefined && key !== '') keys.add(m.type === 'ORG' || m.type === 'LOC' ? key : `${m.type}:${key}`);
  }
  const time = analysis.times.find((t) => t.start >= around.start && t.end <= around.end && t.value !== null)?.value ?? null;
  return { unitKey: unitKey(quantity.unit), entityKeys: [...keys].sort(), time };
}

/** "ruim tweeduizend manschappen" → "soldiers"; "Oekraïense vluchtelingen" → "refugees"; "koeien" → "koeien". */
export function unitKey(unit: string | null): string | null {
  if (unit === null) return null;
  const words = unit.toLowerCase().trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  const whole = words.join(' ');
  const last = words[words.length - 1];
  return figureConcepts.conceptOf.get(whole) ?? figureConcepts.conceptOf.get(last) ?? foldLatin(last);
}

function sentenceAround(analysis: Analysis, span: Span): Span {
  const sentence = analysis.sentences[firstEndingAfter(analysis.sentences, span.start)];
  if (sentence !== undefined && sentence.start <= span.start && span.end <= sentence.end) return sentence;
  return { start: Math.max(0, span.start - WINDOW), end: Math.min(analysis.text.length, span.end + WINDOW) };
}
