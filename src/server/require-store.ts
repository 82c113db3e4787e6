import type { Store } from '../store/store.ts';
import { ApiError } from './api-error.ts';

/** What the corpus routes are registered with. */
export interface CorpusOptions {
  readonly store: Store | null;
  readonly allowWrite: boolean;
}

/** The open store, or a 503 that says how to open one. */
export function requireStore(store: Store | null): Store {
  if (store === null) throw new ApiError(503, 'store-none', 'no corpus is open: start the server with `zegsman serve --db PATH`');
  return store;
}
