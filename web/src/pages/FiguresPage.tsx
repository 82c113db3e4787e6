import { useState } from 'preact/hooks';
import type { FigureList, FigureRecordBody } from '../../../src/server/corpus-schemas.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { useApi } from '../use-api.ts';
import { Status } from './Status.tsx';

function formatValue(figure: FigureRecordBody, locale: Locale): string {
  const format = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 });
  return figure.valueMax !== null ? `${format(figure.value)}–${format(figure.valueMax)}` : format(figure.value);
}

function FigureCard({ t, locale, figure }: { readonly t: Translate; readonly locale: Locale; readonly figure: FigureRecordBody }) {
  return (
    <div class="figure-card">
      <div class="figure-value">
        <span class="m-fig">{formatValue(figure, locale)}</span> {figure.unit ?? ''}
      </div>
      <div class="small">
        {t('figures.claimant')}: <strong>{figure.claimedBy ?? t('common.writer')}</strong>
      </div>
      <div class="muted small">
        <a href={`#/doc/${figure.documentId}`}>{figure.title ?? `#${figure.documentId}`}</a> · {[figure.outlet, figure.published?.slice(0, 10)].filter(Boolean).join(' · ')}
      </div>
      <div class="small context">{figure.context}</div>
    </div>
  );
}

/** Figures and who claims them; with conflicts on, groups of figures for the same thing that disagree, side by side. */
export function FiguresPage({ t, locale, about, conflicts }: { readonly t: Translate; readonly locale: Locale; readonly about: string; readonly conflicts: boolean }) {
  const [input, setInput] = useState(about);
  const loaded = useApi<FigureList>('/api/figures', { about: about || undefined, conflicts, limit: 500 });
  const go = (nextAbout: string, nextConflicts: boolean) => {
    location.hash = `#/figures?about=${encodeURIComponent(nextAbout)}&conflicts=${nextConflicts}`;
  };
  return (
    <section>
      <h1>{t('figures.heading')}</h1>
      <form
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          go(input, conflicts);
        }}
      >
        <label>
          {t('figures.about')} <input type="search" name="about" value={input} onInput={(event) => setInput(event.currentTarget.value)} />
        </label>
        <label>
          <input type="checkbox" name="conflicts" checked={conflicts} onChange={(event) => go(input, event.currentTarget.checked)} /> {t('figures.conflicts')}
        </label>
        <button type="submit" class="primary">{t('search.submit')}</button>
      </form>
      {loaded.state !== 'done' ? <Status t={t} loaded={loaded} /> : null}
      {loaded.state === 'done' && conflicts ? (
        <>
          {loaded.data.conflicts.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
          {loaded.data.conflicts.map((group) => (
            <div class="conflict" key={`${group.unitKey}-${group.entityKeys.join(',')}-${group.from}`}>
              <h2>
                {group.unitKey} · {group.entityKeys.join(', ')} <span class="muted small">{group.from === group.to ? group.from : `${group.from} – ${group.to}`} · {t('figures.claims', { count: group.figures.length })}</span>
              </h2>
              <div class="side-by-side">
                {group.figures.map((figure) => (
                  <FigureCard key={`${figure.documentId}-${figure.start}`} t={t} locale={locale} figure={figure} />
                ))}
              </div>
            </div>
          ))}
        </>
      ) : null}
      {loaded.state === 'done' && !conflicts ? (
        <>
          {loaded.data.figures.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
          <div class="side-by-side">
            {loaded.data.figures.map((figure) => (
              <FigureCard key={`${figure.documentId}-${figure.start}`} t={t} locale={locale} figure={figure} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
