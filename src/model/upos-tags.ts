import type { Upos } from '../core/types.ts';

/** The 17 universal POS tags (UD v2) in a fixed order: a tag's index is its class number in our models. */
export const UPOS_TAGS: readonly Upos[] = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
];

const INDEX = new Map<string, number>(UPOS_TAGS.map((tag, i) => [tag, i]));

export function isUpos(tag: string): tag is Upos {
  return INDEX.has(tag);
}

/** The class number of a tag, or −1 for anything that is not a UPOS tag. */
export function uposIndex(tag: string): number {
  return INDEX.get(tag) ?? -1;
}
