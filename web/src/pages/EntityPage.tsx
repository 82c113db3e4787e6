import type { EntityBody } from '../../../src/server/entity-schemas.ts';
import type { Translate } from '../i18n/translate.ts';
import { useApi } from '../use-api.ts';
import { QuoteItem } from './QuoteItem.tsx';
import { Status } from './Status.tsx';

/** One corpus entity: its spellings, key and type, each article's entity linked into it with the evidence, and its statements. */
export function EntityPage({ t, id }: { readonly t: Translate; readonly id: string }) {
  const loaded = useApi<EntityBody>(`/api/entities/${encodeURIComponent(id)}`, { limit: 1000 });
  if (loaded.state !== 'done') return <section><h1>{id}</h1><Status t={t} loaded={loaded} /></section>;
  const entity = loaded.data;
  return (
    <section>
      <h1>
        {t('entity.heading', { name: entity.name })} <span class="tag">{entity.type}</span>
      </h1>
      <p class="muted">
        {t('entity.key')}: <code>{entity.keys.join(' · ')}</code> · {t('common.documents', { count: entity.documents })}
      </p>
      <h2>{t('entity.names')}</h2>
      <p>{entity.names.map((n) => `${n.name} (${n.documents})`).join(', ')}</p>
      <h2>{t('entity.links')}</h2>
      <table class="list">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('speakers.name')}</th>
            <th>{t('entity.reason')}</th>
            <th class="num">%</th>
          </tr>
        </thead>
        <tbody>
          {entity.links.map((link) => (
            <tr key={`${link.documentId}-${link.entityId}`}>
              <td>
                <a href={`#/doc/${link.documentId}`}>{link.documentId}</a>
              </td>
              <td>{link.name}</td>
              <td>{link.reason}</td>
              <td class="num">{Math.round(link.confidence * 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('entity.statements')}</h2>
      {entity.quotes.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
      <ul class="quotes">
        {entity.quotes.map((quote) => (
          <QuoteItem key={`${quote.documentId}-${quote.quoteId}`} t={t} quote={quote} />
        ))}
      </ul>
    </section>
  );
}
