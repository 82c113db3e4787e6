/** An article read from a dropped or chosen file: its text and what the file says about it. */
export interface ArticleFile {
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly outlet?: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

function metaContent(doc: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    const element = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = element?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The readable text of an HTML page: the text of its block elements, one paragraph each.
 * DOMParser builds an inert document — no script runs and nothing is fetched — and only text
 * is taken out of it.
 */
export function readHtml(html: string): ArticleFile {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll('script, style, noscript, template, nav, header, footer, aside, form')) element.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const paragraphs: string[] = [];
  for (const element of root?.querySelectorAll(BLOCKS) ?? []) {
    if (element.querySelector(BLOCKS)) continue; // its inner blocks are taken one by one
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  const text = paragraphs.length > 0 ? paragraphs.join('\n\n') : (root?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  const published = metaContent(doc, ['article:published_time', 'date', 'pubdate', 'dc.date'])?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const title = metaContent(doc, ['og:title']) ?? doc.querySelector('title')?.textContent?.trim() ?? undefined;
  const outlet = metaContent(doc, ['og:site_name']);
  return { text, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(outlet ? { outlet } : {}) };
}

/** Reads a .txt or .html file; anything else is refused (null). */
export async function readArticleFile(file: File): Promise<ArticleFile | null> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.txt') || file.type === 'text/plain') return { text: await file.text() };
  if (name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html') return readHtml(await file.text());
  return null;
}
