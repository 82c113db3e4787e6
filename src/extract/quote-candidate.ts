import type { QuoteKind, Span } from '../core/types.ts';
import type { Phrase } from './chunk-noun-phrases.ts';
import type { Cue } from './find-speech-cues.ts';

/**
 * A proposed attributed statement, before speakers are resolved to names and overlaps are
 * settled. `via` says how the source was found; the quote stage turns it into a `Quote`.
 */
export interface QuoteCandidate {
  readonly kind: QuoteKind;
  /** Character offsets of what was said. */
  readonly content: Span;
  readonly cue: Cue | null;
  /** The source phrase in the text; null for a quote whose source is carried over from context. */
  readonly speaker: Phrase | null;
  readonly via: 'frame' | 'name-colon' | 'continuation' | 'carried' | 'subject' | 'inversion' | 'according' | 'closing';
  readonly confidence: number;
  /** Index in `Analysis.quoteSpans` of a direct quote's marks, else -1. */
  readonly quoteSpan: number;
}
