import { parseFeed } from '@rowanmanning/feed-parser';
import { isLang } from '../lang/index.ts';
import { failure, type ReadItem } from './article.ts';
import { compact } from './article-from-record.ts';
import { normaliseDate } from './normalise-date.ts';

/**
 * The items of an RSS or Atom feed as articles: the full content (`content:encoded`, Atom
 * `content`) or else the description, as an HTML fragment; title, author, date and link of the
 * item; the feed's title as the outlet and its language.
 */
export function* readFeed(xml: string, source: string): Generator<ReadItem> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    yield failure(source, 'feed-invalid', `not a readable RSS or Atom feed (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const lang = feed.language?.toLowerCase().slice(0, 2);
  if (feed.items.length === 0) yield failure(source, 'feed-empty', 'the feed has no items');
  for (const [index, item] of feed.items.entries()) {
    const itemSource = `${source}#${index + 1}`;
    const html = item.content ?? item.description;
    if (html === null || html.trim() === '') {
      yield failure(itemSource, 'feed-item-empty', `item "${item.title ?? item.id ?? index + 1}" has no content`);
      continue;
    }
    const meta = compact({
      id: item.id ?? undefined,
      title: item.title ?? undefined,
      author: item.authors.map((author) => author.name).filter((name): name is string => !!name).join(', ') || undefined,
      outlet: feed.title ?? undefined,
      url: item.url ?? undefined,
      published: normaliseDate((item.published ?? item.updated)?.toISOString()),
    });
    yield { kind: 'article', article: { source: itemSource, meta, fragment: html, ...(lang !== undefined && isLang(lang) ? { lang } : {}) } };
  }
}
