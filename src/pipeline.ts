import { emptyAnalysis } from './core/analysis.ts';
import type { NamedStage } from './core/stage.ts';
import { DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT_MS, type Analysis, type AnalyzeOptions, type DocMeta, type Lang } from './core/types.ts';
import { LimitError } from './core/limit-error.ts';
import { packs } from './lang/index.ts';
import { detectLanguage } from './text/detect-language.ts';
import { findParagraphs } from './text/find-paragraphs.ts';
import { pairQuoteMarks } from './text/pair-quote-marks.ts';
import { splitSentences } from './text/split-sentences.ts';
import { tokenize } from './text/tokenize.ts';
import { tagTokens } from './extract/tag-tokens.ts';
import { findEntities } from './extract/find-entities.ts';
import { clusterMentions } from './link/cluster-mentions.ts';
import { resolveCoreference } from './extract/resolve-coreference.ts';
import { findQuotes } from './extract/find-quotes.ts';
import { findQuantities } from './extract/find-quantities.ts';
import { findQuotedTerms } from './extract/find-quoted-terms.ts';
import { findHedges } from './extract/find-hedges.ts';
import { findTimes } from './extract/find-times.ts';

/**
 * The whole algorithm, in order. Each stage is one file with one exported function that adds
 * one layer to the analysis (see `core/stage.ts`).
 */
export const stages: readonly NamedStage[] = [
  // Planned order (each engineer adds the line of their stage here, in this order):
  // paragraphs → quote-marks → sentences → tokens → tag → entities → link-entities → coreference → quotes
  // → quantities → quoted-terms → hedges → times
  { name: 'paragraphs', run: findParagraphs },
  { name: 'quote-marks', run: pairQuoteMarks },
  { name: 'sentences', run: splitSentences },
  { name: 'tokens', run: tokenize },
  { name: 'tag', run: tagTokens },
  { name: 'entities', run: findEntities },
  { name: 'link-entities', run: clusterMentions },
  { name: 'coreference', run: resolveCoreference },
  { name: 'quotes', run: findQuotes },
  { name: 'quantities', run: findQuantities },
  { name: 'quoted-terms', run: findQuotedTerms },
  { name: 'hedges', run: findHedges },
  { name: 'times', run: findTimes },
];

export { LimitError };

export class LanguageError extends Error {
  readonly ruleId = 'language-unsupported';
}

/** The language to analyse `text` in: the requested one, or the detected one. */
export function resolveLang(text: string, lang: Lang | 'auto' | undefined): Lang {
  if (lang !== undefined && lang !== 'auto') return lang;
  const guess = detectLanguage(text);
  if (guess.lang === null) {
    throw new LanguageError(`the text is not recognisably Dutch or English (${guess.words} words looked at); pass --lang nl or --lang en to analyse it anyway`);
  }
  return guess.lang;
}

/**
 * Analyses one article. The text is never changed; every annotation points into it. A text
 * longer than `options.maxChars`, or an analysis running past `options.timeLimitMs`, is a
 * `LimitError` (see `AnalyzeOptions` for the defaults).
 */
export function analyze(text: string, meta: DocMeta = {}, options: AnalyzeOptions = {}): Analysis {
  const started = performance.now();
  checkLength(text, options.maxChars ?? DEFAULT_MAX_CHARS);
  const timeLimit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const lang = resolveLang(text, options.lang);
  const context = { lang, pack: packs[lang] };
  let analysis = emptyAnalysis({ text, lang, meta });
  for (const stage of stages) {
    analysis = stage.run(analysis, context);
    if (stage.name === options.until) break;
    const elapsed = performance.now() - started;
    if (elapsed > timeLimit) {
      throw new LimitError('time-limit', `the analysis took ${Math.round(elapsed)} ms by the end of stage '${stage.name}', past the time limit of ${timeLimit} ms (AnalyzeOptions.timeLimitMs)`, stage.name);
    }
  }
  return analysis;
}

function checkLength(text: unknown, maxChars: number): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`text: expected a string, got ${text === null ? 'null' : typeof text}`);
  if (text.length > maxChars) {
    throw new LimitError('text-too-long', `text: ${text.length} characters, over the limit of ${maxChars} (AnalyzeOptions.maxChars); split the document or raise the limit`);
  }
}
