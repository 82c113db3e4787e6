import type { SpeakerList } from '../../../src/server/corpus-schemas.ts';
import type { Translate } from '../i18n/translate.ts';
import { speakerHref } from '../read-route.ts';
import { useApi } from '../use-api.ts';
import { Status } from './Status.tsx';

/** Who is quoted most: statements, articles, roles and outlets per speaker. */
export function SpeakersPage({ t }: { readonly t: Translate }) {
  const loaded = useApi<SpeakerList>('/api/speakers', { limit: 200 });
  return (
    <section>
      <h1>{t('speakers.heading')}</h1>
      {loaded.state !== 'done' ? <Status t={t} loaded={loaded} /> : null}
      {loaded.state === 'done' && loaded.data.speakers.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
      {loaded.state === 'done' && loaded.data.speakers.length > 0 ? (
        <table class="list">
          <thead>
            <tr>
              <th>{t('speakers.name')}</th>
              <th>{t('speakers.role')}</th>
              <th class="num">{t('speakers.count')}</th>
              <th>{t('speakers.outlets')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.speakers.map((speaker) => (
              <tr key={speaker.name}>
                <td>
                  <a href={speakerHref(speaker.name)}>{speaker.name}</a>
                </td>
                <td>{speaker.roles.join(', ')}</td>
                <td class="num">
                  <span class="count-bar" style={{ width: `${Math.round((speaker.quotes / loaded.data.speakers[0].quotes) * 60) + 2}px` }} /> {speaker.quotes}
                </td>
                <td>{speaker.outlets.map((o) => `${o.outlet ?? '—'} (${o.quotes})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
