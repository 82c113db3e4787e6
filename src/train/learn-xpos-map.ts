import type { Upos } from '../core/types.ts';
import type { ConlluSentence } from '../eval/conllu.ts';
import { isUpos } from '../model/upos-tags.ts';

/**
 * Learns how CGN/D-Coi tags (the XPOS of UD Dutch, `VNW|bez|det|…`) map to UPOS from
 * annotated sentences — the UD Dutch dev files, which is what dev data is for: tuning how we
 * read the training data. The majority UPOS of an (XPOS, lemma) pair seen often enough wins,
 * then that of the XPOS, then that of ever shorter prefixes of it (`VNW|bez|det` → `VNW|bez`
 * → `VNW`), since about 400 Alpino tags never occur in dev.
 */
export interface XposMap {
  /** The UPOS for a pipe-separated XPOS and a lemma; null when even the coarse tag is unknown. */
  upos(xpos: string, lemma: string): Upos | null;
}

/** How often an (XPOS, lemma) pair must occur before its own majority overrides the XPOS majority. */
const MIN_LEMMA_COUNT = 3;

export function learnXposMap(sentences: Iterable<ConlluSentence>): XposMap {
  const byTag = new Map<string, Map<Upos, number>>();
  const byTagLemma = new Map<string, Map<Upos, number>>();
  const count = (table: Map<string, Map<Upos, number>>, key: string, upos: Upos): void => {
    let row = table.get(key);
    if (row === undefined) table.set(key, (row = new Map()));
    row.set(upos, (row.get(upos) ?? 0) + 1);
  };
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!isUpos(word.upos) || word.xpos === '_' || word.xpos === '') continue;
      const parts = word.xpos.split('|');
      for (let k = 1; k <= parts.length; k++) count(byTag, parts.slice(0, k).join('|'), word.upos);
      count(byTagLemma, `${word.xpos}\t${word.lemma}`, word.upos);
    }
  }
  const majority = (row: Map<Upos, number> | undefined, min = 1): Upos | null => {
    if (row === undefined) return null;
    let best: Upos | null = null;
    let bestCount = 0;
    let total = 0;
    for (const [upos, n] of row) {
      total += n;
      if (n > bestCount || (n === bestCount && best !== null && upos < best)) [best, bestCount] = [upos, n];
    }
    return total >= min ? best : null;
  };
  return {
    upos(xpos: string, lemma: string): Upos | null {
      const own = majority(byTagLemma.get(`${xpos}\t${lemma}`), MIN_LEMMA_COUNT);
      if (own !== null) return own;
      const parts = xpos.split('|');
      for (let k = parts.length; k >= 1; k--) {
        const found = majority(byTag.get(parts.slice(0, k).join('|')));
        if (found !== null) return found;
      }
      return null;
    },
  };
}

/** Alpino writes `VNW(bez,det,stan)`; UD's XPOS column writes `VNW|bez|det|stan`. */
export function alpinoTagToXpos(postag: string): string {
  const open = postag.indexOf('(');
  if (open === -1) return postag;
  const inner = postag.slice(open + 1, postag.lastIndexOf(')'));
  return inner === '' ? postag.slice(0, open) : `${postag.slice(0, open)}|${inner.split(',').join('|')}`;
}
