import type { DocMeta } from '../core/types.ts';
import { isLang } from '../lang/index.ts';
import { failure, type ReadItem } from './article.ts';
import { normaliseDate } from './normalise-date.ts';

/** Field names read from a JSON record, in order of preference. */
const FIELDS = {
  text: ['text', 'body', 'content', 'article', 'maintext', 'fulltext'],
  html: ['html', 'content_html', 'body_html'],
  title: ['title', 'headline'],
  author: ['author', 'byline', 'authors', 'creator'],
  published: ['published', 'date', 'publishedAt', 'published_at', 'datePublished', 'pubDate', 'date_publish'],
  outlet: ['outlet', 'source', 'site', 'site_name', 'publisher', 'source_domain'],
  url: ['url', 'link'],
  id: ['id', 'guid', 'uuid'],
  lang: ['lang', 'language'],
} as const;

/**
 * An article from one JSON object: its text (`text`, `body`, `content`, … or HTML in `html`)
 * and metadata (`title`, `author`, `published`/`date`, `outlet`/`source`, `url`, `id`, `lang`).
 * `outlet` from the command line wins over the record's.
 */
export function articleFromRecord(record: unknown, source: string): ReadItem {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(source, 'json-not-object', `expected a JSON object with a "text" field, got ${Array.isArray(record) ? 'an array' : typeof record}`);
  }
  const fields = record as Record<string, unknown>;
  const text = pickString(fields, FIELDS.text);
  const page = text === undefined ? pickString(fields, FIELDS.html) : undefined;
  if (text === undefined && page === undefined) {
    return failure(source, 'json-no-text', `no text: expected one of the fields ${[...FIELDS.text, ...FIELDS.html].join(', ')} with a string`);
  }
  const meta: DocMeta = compact({
    id: pickString(fields, FIELDS.id) ?? pickNumber(fields, FIELDS.id),
    title: pickString(fields, FIELDS.title),
    author: pickString(fields, FIELDS.author),
    outlet: pickString(fields, FIELDS.outlet),
    url: pickString(fields, FIELDS.url),
    published: normaliseDate(pickString(fields, FIELDS.published)),
  });
  const lang = pickString(fields, FIELDS.lang)?.toLowerCase().slice(0, 2);
  const article = {
    source,
    meta,
    ...(lang !== undefined && isLang(lang) ? { lang } : {}),
    ...(text !== undefined ? { text } : /<(html|body)\b/i.test(page ?? '') ? { page } : { fragment: page }),
  };
  return { kind: 'article', article };
}

function pickString(fields: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0) return value.join(', ');
    if (typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  }
  return undefined;
}

function pickNumber(fields: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) if (typeof fields[name] === 'number') return String(fields[name]);
  return undefined;
}

/** The object without its undefined fields (so stored metadata has no empty keys). */
export function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
