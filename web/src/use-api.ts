import { useLayoutEffect, useState } from 'preact/hooks';
import { getJson } from './call-api.ts';

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly message: string } | { readonly state: 'done'; readonly data: T };

/** GETs an API path with a query and re-fetches when either changes. */
export function useApi<T>(path: string | null, query: Readonly<Record<string, string | number | boolean | undefined>> = {}): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const key = `${path}?${JSON.stringify(query)}`;
  // A layout effect, so the request leaves before the browser paints the loading state.
  useLayoutEffect(() => {
    if (path === null) return;
    let live = true;
    setLoaded({ state: 'loading' });
    getJson<T>(path, query).then(
      (data) => live && setLoaded({ state: 'done', data }),
      (error: unknown) => live && setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}
