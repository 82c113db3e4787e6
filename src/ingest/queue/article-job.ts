import type { Lang } from '../../core/types.ts';
import type { RawArticle } from '../article.ts';

/** What one queued job carries: an article, with the `--lang` and `--outlet` of the enqueue applied. */
export interface ArticleJob {
  readonly article: RawArticle;
}

/** The article as the worker must analyse it: a forced language becomes its declared one, a forced outlet its outlet. */
export function toArticleJob(article: RawArticle, lang: Lang | 'auto' | undefined, outlet: string | undefined): ArticleJob {
  return {
    article: {
      ...article,
      ...(lang !== undefined && lang !== 'auto' ? { lang } : {}),
      ...(outlet !== undefined ? { meta: { ...article.meta, outlet } } : {}),
    },
  };
}
