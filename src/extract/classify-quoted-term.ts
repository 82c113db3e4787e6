import type { QuotedTermKind } from '../core/types.ts';
import type { QuotedTermLexicon } from '../lang/claims-lexicon.ts';
import { matchesBefore, type Word } from './scan-words.ts';

/** The kind of a quoted term and how sure the rule that decided it is. */
export interface TermReading {
  readonly kind: QuotedTermKind;
  readonly confidence: number;
}

/** What the classifier reads around one quoted phrase. */
export interface TermContext {
  /** The words before the opening mark, nearest last. */
  readonly before: readonly Word[];
  /** The phrase between the marks. */
  readonly inner: string;
  /** The text right after the closing mark. */
  readonly after: string;
  /** The opening mark begins a sentence, a heading or a paragraph. */
  readonly sentenceInitial: boolean;
  /** The phrase was said earlier in a direct quote. */
  readonly echoesQuote: boolean;
}

/**
 * Decides whether a quoted phrase is a scare quote, a term mentioned as a phrase, or a name:
 * a cue right before the mark decides first ("de formulering", "het stempel" → term;
 * "zogenaamde", "so-called" → scare; "bijgenaamd", "het album" → name); then a title followed
 * by a year in brackets, or a phrase that starts with a capital where no sentence starts
 * (or has two capitalised words) → name; a phrase echoing an earlier quote → scare; else scare.
 */
export function classifyQuotedTerm(context: TermContext, lexicon: QuotedTermLexicon): TermReading {
  for (const cue of lexicon.cues) {
    if (matchesBefore(context.before, context.before.length, cue.words)) return { kind: cue.value, confidence: 0.9 };
  }
  if (/^\s*\(\s*\d{4}\s*\)/.test(context.after)) return { kind: 'name', confidence: 0.8 };
  const capitalised = context.inner.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  if (/^\p{Lu}/u.test(context.inner) && (!context.sentenceInitial || capitalised >= 2)) return { kind: 'name', confidence: 0.7 };
  if (context.echoesQuote) return { kind: 'scare', confidence: 0.7 };
  return { kind: 'scare', confidence: 0.6 };
}
