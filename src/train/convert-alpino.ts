import type { Upos } from '../core/types.ts';
import type { DutchUdConversion } from '../lang/nl/ud-conversion.ts';
import type { AlpinoSentence } from './read-alpino.ts';
import { alpinoTagToXpos, type XposMap } from './learn-xpos-map.ts';
import type { TaggedSentence } from '../model/tagged-sentence.ts';

/**
 * An Alpino treebank sentence as UD would tag it: each leaf's CGN tag through the XPOS map
 * learned from dev, then the two things UD decides by syntax, read off the tree: a verb is AUX
 * when its lemma is an auxiliary and its parent has the right complement (a `vc`, or a
 * `predc` for zijn); punctuation inside a multiword unit or with a syntactic role ("2 - 1") is
 * SYM. Returns null for a sentence with a word the tree does not cover.
 */
export function convertAlpinoSentence(sentence: AlpinoSentence, map: XposMap, conversion: DutchUdConversion): TaggedSentence | null {
  const tags: Upos[] = [];
  const lemmas: string[] = [];
  for (const leaf of sentence.leaves) {
    if (leaf === null) return null;
    const xpos = alpinoTagToXpos(leaf.postag);
    let upos = map.upos(xpos, leaf.lemma) ?? 'X';
    if (upos === 'VERB' || upos === 'AUX') {
      const rels = conversion.auxiliaries.get(leaf.lemma);
      upos = rels !== undefined && leaf.siblingRels.some((r) => rels.includes(r)) ? 'AUX' : 'VERB';
    } else if (upos === 'PUNCT' && leaf.rel !== '--') {
      upos = 'SYM';
    }
    tags.push(upos);
    lemmas.push(leaf.lemma);
  }
  return { words: sentence.words, tags, lemmas };
}
