import type { Analysis } from '../../../src/core/types.ts';
import type { DocumentBody } from '../../../src/server/corpus-schemas.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { speakerHref } from '../read-route.ts';
import { Reader } from '../reader/Reader.tsx';
import { useApi } from '../use-api.ts';
import { Status } from './Status.tsx';

/** One stored article in the reader. */
export function DocumentPage({ t, locale, id }: { readonly t: Translate; readonly locale: Locale; readonly id: number }) {
  const loaded = useApi<DocumentBody>(`/api/documents/${id}`);
  if (loaded.state !== 'done') return <Status t={t} loaded={loaded} />;
  return <Reader analysis={loaded.data.analysis as Analysis} t={t} locale={locale} speakerHref={(group) => (group.name ? speakerHref(group.name) : null)} />;
}
