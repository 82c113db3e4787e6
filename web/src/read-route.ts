/** The page to show, read from the location hash (`#/speaker/Jansen`, `#/search?q=haven`). */
export type Route =
  | { readonly page: 'analyze' }
  | { readonly page: 'documents' }
  | { readonly page: 'document'; readonly id: number; readonly quote: string | null }
  | { readonly page: 'search'; readonly q: string }
  | { readonly page: 'speakers' }
  | { readonly page: 'speaker'; readonly name: string }
  | { readonly page: 'entity'; readonly id: string }
  | { readonly page: 'figures'; readonly about: string; readonly conflicts: boolean };

export function readRoute(hash: string, hasStore: boolean): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [page = '', ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  switch (page) {
    case 'analyze':
      return { page: 'analyze' };
    case 'documents':
      return { page: 'documents' };
    case 'doc':
      return /^\d+$/.test(arg) ? { page: 'document', id: Number(arg), quote: params.get('quote') } : { page: 'documents' };
    case 'search':
      return { page: 'search', q: params.get('q') ?? '' };
    case 'speakers':
      return { page: 'speakers' };
    case 'speaker':
      return arg ? { page: 'speaker', name: arg } : { page: 'speakers' };
    case 'entity':
      return arg ? { page: 'entity', id: arg } : { page: 'speakers' };
    case 'figures':
      return { page: 'figures', about: params.get('about') ?? '', conflicts: params.get('conflicts') !== 'false' };
    default:
      return hasStore ? { page: 'documents' } : { page: 'analyze' };
  }
}

export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function speakerHref(name: string): string {
  return `#/speaker/${encodeURIComponent(name)}`;
}
