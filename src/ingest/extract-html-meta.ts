import type { DocMeta, Lang } from '../core/types.ts';
import { isLang } from '../lang/index.ts';
import { compact } from './article-from-record.ts';
import { normaliseDate } from './normalise-date.ts';

/** The DOM interface this needs (linkedom's document has it). */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  readonly documentElement: MetaElement | null;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** Where each field is looked for, in order: Open Graph and article tags, plain meta tags, schema.org. */
const SELECTORS = {
  title: ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]', 'meta[name="dc.title" i]'],
  author: ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="dc.creator" i]', 'meta[name="sailthru.author"]', '[itemprop="author"] [itemprop="name"]', '[rel="author"]'],
  published: [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]',
    'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date" i]', 'meta[name="dcterms.created" i]', 'time[itemprop="datePublished"]', 'time[datetime]',
  ],
  outlet: ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]', 'meta[name="dc.publisher" i]'],
  url: ['link[rel="canonical"]', 'meta[property="og:url"]'],
} as const;

/**
 * Title, author, publication date, outlet, URL and language of a news page, from its meta and
 * Open Graph tags, schema.org JSON-LD and `<html lang>`. Read before Readability changes the DOM.
 */
export function extractHtmlMeta(document: MetaDocument): { meta: DocMeta; lang?: Lang } {
  const ld = readJsonLd(document);
  const first = (selectors: readonly string[]): string | undefined => {
    for (const selector of selectors) {
      for (const element of Array.from(document.querySelectorAll(selector))) {
        const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('href') ?? element.textContent;
        const clean = value?.replace(/\s+/g, ' ').trim();
        if (clean) return clean;
      }
    }
    return undefined;
  };
  const author = first(SELECTORS.author) ?? ld.author;
  const meta = compact({
    title: first(SELECTORS.title) ?? ld.headline ?? clean(document.querySelector('title')?.textContent),
    // article:author is often a profile URL; a name is wanted.
    author: author !== undefined && /^https?:\/\//.test(author) ? ld.author : author,
    published: normaliseDate(first(SELECTORS.published) ?? ld.datePublished),
    outlet: first(SELECTORS.outlet) ?? ld.publisher,
    url: first(SELECTORS.url) ?? ld.url,
  });
  const lang = document.documentElement?.getAttribute('lang')?.toLowerCase().slice(0, 2);
  return lang !== undefined && isLang(lang) ? { meta, lang } : { meta };
}

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

interface LdFields {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
}

/** The first schema.org Article-like object in the page's JSON-LD blocks. */
function readJsonLd(document: MetaDocument): LdFields {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = ([] as unknown[]).concat(data, ...(Array.isArray(data) ? [] : [(data as { '@graph'?: unknown })?.['@graph'] ?? []]));
    for (const item of candidates.flat()) {
      if (typeof item !== 'object' || item === null) continue;
      const record = item as Record<string, unknown>;
      const type = ([] as unknown[]).concat(record['@type']).map(String);
      if (!type.some((t) => /Article|Posting|Report/.test(t))) continue;
      return compact({
        headline: stringOf(record.headline),
        author: nameOf(record.author),
        datePublished: stringOf(record.datePublished),
        publisher: nameOf(record.publisher),
        url: stringOf(record.url),
      });
    }
  }
  return {};
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function nameOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value)
    .map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? stringOf((v as { name?: unknown }).name) : undefined))
    .filter((v): v is string => v !== undefined && v.trim() !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}
