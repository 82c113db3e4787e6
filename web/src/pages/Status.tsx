import type { Translate } from '../i18n/translate.ts';
import type { Loaded } from '../use-api.ts';

/** "Loading…" or the error of a request that is not done. */
export function Status<T>({ t, loaded }: { readonly t: Translate; readonly loaded: Loaded<T> }) {
  if (loaded.state === 'loading') return <p class="muted">{t('common.loading')}</p>;
  if (loaded.state === 'error') return <p class="error" role="alert">{t('common.error', { message: loaded.message })}</p>;
  return null;
}
