import type { QuoteList } from '../../../src/server/corpus-schemas.ts';
import type { EntityList } from '../../../src/server/entity-schemas.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { entityHref } from '../read-route.ts';
import { useApi } from '../use-api.ts';
import { MonthChart } from './MonthChart.tsx';
import { QuoteItem } from './QuoteItem.tsx';
import { Status } from './Status.tsx';

/** Every statement of one speaker, in date order across outlets and languages, and a chart of them over time. */
export function SpeakerPage({ t, name }: { readonly t: Translate; readonly locale: Locale; readonly name: string }) {
  const loaded = useApi<QuoteList>('/api/quotes', { speaker: name, limit: 1000 });
  // The corpus entity of this name (after `zegsman entities link`), for its spellings and evidence.
  const entities = useApi<EntityList>('/api/entities', { name, limit: 1 });
  const entity = entities.state === 'done' ? entities.data.entities[0] : undefined;
  const counts = new Map<string, number>();
  if (loaded.state === 'done') {
    for (const quote of loaded.data.quotes) {
      const month = quote.published?.slice(0, 7);
      if (month && /^\d{4}-\d{2}$/.test(month)) counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  }
  return (
    <section>
      <h1>{t('speaker.heading', { name })}</h1>
      {entity ? (
        <p>
          <a href={entityHref(entity.id)}>{t('speaker.entity', { name: entity.name })}</a>
        </p>
      ) : null}
      {loaded.state !== 'done' ? <Status t={t} loaded={loaded} /> : null}
      {loaded.state === 'done' ? (
        <>
          <p class="muted">{loaded.data.quotes.length === 1 ? t('common.statement') : t('common.statements', { count: loaded.data.quotes.length })}</p>
          <MonthChart counts={counts} label={t('speaker.chart')} />
          {loaded.data.quotes.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
          <ul class="quotes">
            {loaded.data.quotes.map((quote) => (
              <QuoteItem key={`${quote.documentId}-${quote.quoteId}`} t={t} quote={quote} showSpeaker={false} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
