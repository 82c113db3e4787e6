import { names } from '../lang/names/index.ts';
import { nameKey } from './name-key.ts';

/**
 * Where the name of an organisation or place starts and ends in `text`: a leading article
 * ("de", "the", "l'") and a final genitive 's left out.
 */
export function organisationNameSpan(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const elided = /^[lL]['’](?=\p{L})/u.exec(text);
  const first = /^(\S+)\s+/u.exec(text);
  if (elided !== null) start = elided[0].length;
  else if (first !== null && names.articles.has(first[1].toLowerCase())) start = first[0].length;
  const genitive = /['’]s?$/u.exec(text);
  if (genitive !== null && genitive.index > start) end = genitive.index;
  return { start, end };
}

/** The key of an organisation's or place's name: its words' keys without a leading article. */
export function organisationKey(text: string): string {
  const { start, end } = organisationNameSpan(text);
  return nameKey(text.slice(start, end));
}
