import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Status } from '../../src/server/corpus-schemas.ts';
import { getJson } from './call-api.ts';
import { translator, type Locale } from './i18n/translate.ts';
import { AnalyzePage } from './pages/AnalyzePage.tsx';
import { DocumentPage } from './pages/DocumentPage.tsx';
import { DocumentsPage } from './pages/DocumentsPage.tsx';
import { EntityPage } from './pages/EntityPage.tsx';
import { FiguresPage } from './pages/FiguresPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { SpeakerPage } from './pages/SpeakerPage.tsx';
import { SpeakersPage } from './pages/SpeakersPage.tsx';
import { readRoute } from './read-route.ts';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** The shell: navigation, and the page the location hash names. */
export function App({ locale }: { readonly locale: Locale }) {
  const t = useMemo(() => translator(locale), [locale]);
  const hash = useHash();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    getJson<Status>('/api/status').then(setStatus, () => setStatus({ schemaVersion: '?', allowWrite: false, store: null }));
  }, []);
  // Pages start loading at once, beside the status request; only the default page and the
  // corpus links wait for it.
  const hasStore = status?.store != null;
  if (status === null && readRoute(hash, false).page === 'analyze' && !hash.startsWith('#/analyze')) return <p class="muted page">{t('common.loading')}</p>;
  const route = readRoute(hash, hasStore);
  const tab = route.page === 'document' ? 'documents' : route.page === 'speaker' || route.page === 'entity' ? 'speakers' : route.page;
  const links: ReadonlyArray<[string, string, string]> = [
    ['analyze', '#/analyze', t('nav.analyze')],
    ...(hasStore
      ? ([
          ['documents', '#/documents', t('nav.documents')],
          ['search', '#/search', t('nav.search')],
          ['speakers', '#/speakers', t('nav.speakers')],
          ['figures', '#/figures', t('nav.figures')],
        ] as Array<[string, string, string]>)
      : []),
  ];
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">
          <strong>{t('app.title')}</strong> <span class="muted">{t('app.tagline')}</span>
        </a>
        <nav>
          {links.map(([key, href, label]) => (
            <a key={key} href={href} class={tab === key ? 'active' : undefined} aria-current={tab === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <a href="/api/openapi.json">{t('nav.api')}</a>
        </nav>
        {status?.store ? <span class="muted store">{t('common.documents', { count: status.store.documents })}</span> : null}
      </header>
      <main class="page">
        {route.page === 'analyze' ? <AnalyzePage t={t} locale={locale} allowWrite={status?.allowWrite === true && hasStore} hasStore={hasStore} /> : null}
        {route.page === 'documents' ? <DocumentsPage t={t} /> : null}
        {route.page === 'document' ? <DocumentPage t={t} locale={locale} id={route.id} quote={route.quote} /> : null}
        {route.page === 'search' ? <SearchPage t={t} q={route.q} /> : null}
        {route.page === 'speakers' ? <SpeakersPage t={t} /> : null}
        {route.page === 'speaker' ? <SpeakerPage t={t} locale={locale} name={route.name} /> : null}
        {route.page === 'entity' ? <EntityPage t={t} id={route.id} /> : null}
        {route.page === 'figures' ? <FiguresPage t={t} locale={locale} about={route.about} conflicts={route.conflicts} /> : null}
      </main>
    </>
  );
}
