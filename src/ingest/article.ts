import type { DocMeta, Lang } from '../core/types.ts';

/**
 * One article as a reader found it, before analysis. Exactly one of `text`, `page` and
 * `fragment` is set: plain text, a whole HTML page (its main text is found by Readability in
 * the worker), or an HTML fragment such as a feed item's content.
 */
export interface RawArticle {
  /** `path`, or `path#N` for the N-th item (from 1) of a feed, JSON array or JSONL file. */
  readonly source: string;
  readonly meta: DocMeta;
  /** The language the source declares (`lang` field, `<html lang>`, feed language), if nl or en. */
  readonly lang?: Lang;
  readonly text?: string;
  readonly page?: string;
  readonly fragment?: string;
}

/** What a reader yields: an article, or an item it could not read (kept, reported, not fatal). */
export type ReadItem =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'failure'; readonly source: string; readonly ruleId: string; readonly reason: string };

export function failure(source: string, ruleId: string, reason: string): ReadItem {
  return { kind: 'failure', source, ruleId, reason };
}
