import type { Analysis } from '../../../src/core/types.ts';
import type { DocumentBody } from '../../../src/server/corpus-schemas.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { speakerHref } from '../read-route.ts';
import { Reader } from '../reader/Reader.tsx';
import { useApi } from '../use-api.ts';
import { Status } from './Status.tsx';

/** One stored article in the reader; `quote` selects one statement (a link from a speaker's page). */
export function DocumentPage({ t, locale, id, quote }: { readonly t: Translate; readonly locale: Locale; readonly id: number; readonly quote: string | null }) {
  const loaded = useApi<DocumentBody>(`/api/documents/${id}`, { omit: 'tokens,sentences,quoteSpans' }); // the reader draws none of these
  if (loaded.state !== 'done') return <Status t={t} loaded={loaded} />;
  return <Reader analysis={loaded.data.analysis as Analysis} t={t} locale={locale} initialQuote={quote} speakerHref={(group) => (group.name ? speakerHref(group.name) : null)} />;
}
