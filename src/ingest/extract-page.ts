import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocMeta, Lang } from '../core/types.ts';
import { extractHtmlMeta, type MetaDocument } from './extract-html-meta.ts';
import { htmlToText, type TextNode } from './html-to-text.ts';

/** Fewer characters of main text than this and the page is not taken for an article. */
const MIN_TEXT = 80;

export interface ExtractedPage {
  readonly text: string;
  readonly meta: DocMeta;
  readonly lang?: Lang;
}

/** Why a page gave no article; the ingest records it as the failure of that file. */
export class PageError extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The main text of a news page (by Readability, on a linkedom DOM) with its paragraphs, and
 * its title, author, date, outlet and URL from meta and Open Graph tags.
 */
export function extractPage(html: string): ExtractedPage {
  if (!/<[a-z!?]/i.test(html)) throw new PageError('html-invalid', 'not HTML: no tags found');
  const { document } = parseHTML(html);
  const found = extractHtmlMeta(document as unknown as MetaDocument);
  let article: ReturnType<Readability<string>['parse']>;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_TEXT }).parse();
  } catch (error) {
    throw new PageError('html-invalid', `the HTML could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (article === null || typeof article.content !== 'string') throw new PageError('html-no-article', 'no article text found in the HTML');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = htmlToText(content.body as unknown as TextNode);
  if (text.length < MIN_TEXT) throw new PageError('html-no-article', `no article text found in the HTML (only ${text.length} characters of main text)`);
  const meta: DocMeta = {
    ...found.meta,
    ...(found.meta.title === undefined && article.title ? { title: article.title } : {}),
    ...(found.meta.author === undefined && article.byline ? { author: article.byline.trim() } : {}),
    ...(found.meta.outlet === undefined && article.siteName ? { outlet: article.siteName } : {}),
  };
  return { text, meta, ...(found.lang !== undefined ? { lang: found.lang } : {}) };
}

/** The text of an HTML fragment (a feed item's content), paragraphs kept. */
export function fragmentToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return htmlToText(document.body as unknown as TextNode);
}
