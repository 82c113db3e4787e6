import type { Lang } from '../core/types.ts';
import { analyze, LanguageError, LimitError } from '../pipeline.ts';
import { prepareDocument } from '../store/prepare-document.ts';
import type { PreparedDocument } from '../store/store.ts';
import type { RawArticle } from './article.ts';
import { extractPage, fragmentToText, PageError } from './extract-page.ts';

export interface AnalyzeArticleOptions {
  /** `auto` (default): the language the source declares, else the detected one. */
  readonly lang?: Lang | 'auto';
  /** Overrides the outlet the source names (`--outlet`). */
  readonly outlet?: string;
  readonly pipelineVersion: string;
  /** Stop the pipeline after this stage (benchmarks of the corpus machinery); default: run it all. */
  readonly until?: string;
}

/** Why an article could not be analysed; becomes its failure record. */
export class ArticleError extends Error {
  constructor(
    readonly source: string,
    readonly ruleId: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
  }
}

/**
 * Turns one raw article into a stored-ready document: the main text out of HTML, the
 * language, the whole analysis, its rows and content hash. Runs in a worker thread.
 */
export function analyzeArticle(article: RawArticle, options: AnalyzeArticleOptions): PreparedDocument {
  let text: string;
  let meta = article.meta;
  let declared = article.lang;
  try {
    if (article.page !== undefined) {
      const page = extractPage(article.page);
      text = page.text;
      meta = { ...page.meta, ...meta };
      declared ??= page.lang;
    } else if (article.fragment !== undefined) {
      text = fragmentToText(article.fragment);
    } else {
      text = article.text ?? '';
    }
  } catch (error) {
    if (error instanceof PageError) throw new ArticleError(article.source, error.ruleId, error.message);
    throw error;
  }
  if (text.trim() === '') throw new ArticleError(article.source, 'input-empty', 'empty: there is no text to analyse');
  if (options.outlet !== undefined) meta = { ...meta, outlet: options.outlet };
  const lang = options.lang !== undefined && options.lang !== 'auto' ? options.lang : declared ?? 'auto';
  try {
    return prepareDocument(analyze(text, meta, { lang, ...(options.until !== undefined ? { until: options.until } : {}) }), article.source, options.pipelineVersion);
  } catch (error) {
    if (error instanceof LanguageError || error instanceof LimitError) throw new ArticleError(article.source, error.ruleId, error.message);
    throw new ArticleError(article.source, 'analysis-failed', `the analysis failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
