import { useState } from 'preact/hooks';
import type { SearchResult } from '../../../src/server/corpus-schemas.ts';
import type { Translate } from '../i18n/translate.ts';
import { useApi } from '../use-api.ts';
import { QuoteItem } from './QuoteItem.tsx';
import { Snippet } from './Snippet.tsx';
import { Status } from './Status.tsx';

/** Full-text search over the articles and over what was said. */
export function SearchPage({ t, q }: { readonly t: Translate; readonly q: string }) {
  const [input, setInput] = useState(q);
  const loaded = useApi<SearchResult>(q.trim() ? '/api/search' : null, { q });
  return (
    <section>
      <h1>{t('search.heading')}</h1>
      <form
        class="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          location.hash = `#/search?q=${encodeURIComponent(input)}`;
        }}
      >
        <input type="search" name="q" value={input} placeholder={t('search.placeholder')} onInput={(event) => setInput(event.currentTarget.value)} />
        <button type="submit" class="primary">{t('search.submit')}</button>
      </form>
      {q.trim() && loaded.state !== 'done' ? <Status t={t} loaded={loaded} /> : null}
      {q.trim() && loaded.state === 'done' ? (
        <div class="columns">
          <div>
            <h2>{t('search.documents')} ({loaded.data.documents.length})</h2>
            {loaded.data.documents.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
            <ul class="hits">
              {loaded.data.documents.map((hit) => (
                <li key={hit.documentId}>
                  <a href={`#/doc/${hit.documentId}`}>{hit.title ?? hit.source ?? `#${hit.documentId}`}</a>{' '}
                  <span class="muted small">{[hit.outlet, hit.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
                  <div>
                    <Snippet text={hit.snippet} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2>{t('search.quotes')} ({loaded.data.quotes.length})</h2>
            {loaded.data.quotes.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
            <ul class="quotes">
              {loaded.data.quotes.map((quote) => (
                <QuoteItem key={`${quote.documentId}-${quote.quoteId}`} t={t} quote={quote} />
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </section>
  );
}
