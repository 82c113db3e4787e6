import type { DocumentList } from '../../../src/server/corpus-schemas.ts';
import type { Translate } from '../i18n/translate.ts';
import { useApi } from '../use-api.ts';
import { Status } from './Status.tsx';

/** The stored articles, newest first. */
export function DocumentsPage({ t }: { readonly t: Translate }) {
  const loaded = useApi<DocumentList>('/api/documents', { limit: 200 });
  return (
    <section>
      <h1>{t('documents.heading')}</h1>
      {loaded.state !== 'done' ? <Status t={t} loaded={loaded} /> : null}
      {loaded.state === 'done' && loaded.data.documents.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
      {loaded.state === 'done' && loaded.data.documents.length > 0 ? (
        <table class="list">
          <thead>
            <tr>
              <th>{t('documents.date')}</th>
              <th>{t('documents.title')}</th>
              <th>{t('documents.outlet')}</th>
              <th class="num">{t('documents.quotes')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.documents.map((doc) => (
              <tr key={doc.id}>
                <td class="date">{doc.published?.slice(0, 10) ?? '—'}</td>
                <td>
                  <a href={`#/doc/${doc.id}`}>{doc.title ?? doc.source ?? `#${doc.id}`}</a> <span class="tag">{doc.lang}</span>
                </td>
                <td>{doc.outlet ?? '—'}</td>
                <td class="num">{doc.quotes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
