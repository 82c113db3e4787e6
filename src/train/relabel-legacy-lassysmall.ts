import type { Upos } from '../core/types.ts';
import type { ConlluSentence } from '../eval/conllu.ts';
import type { DutchUdConversion } from '../lang/nl/ud-conversion.ts';
import { isUpos } from '../model/upos-tags.ts';
import type { TaggedSentence } from '../model/tagged-sentence.ts';

/**
 * The 2017 LassySmall train file (UD 1.x Dutch) with its tags moved to the current guidelines:
 * possessives DET → PRON, ordinals NUM → ADJ, "als" ADP → SCONJ, and AUX only for the
 * auxiliaries of today (zijn/worden/hebben and the modals in an aux or cop relation; the
 * modals also where the old file has VERB); laten, gaan, blijven, willen and copular worden
 * become VERB. Capitalised words of multiword names become PROPN. (Function words inside names,
 * "van der" in "Van der Schans", are PROPN in both the old file and today's dev data.)
 */
export function relabelLegacyLassySmall(sentences: readonly ConlluSentence[], conversion: DutchUdConversion): TaggedSentence[] {
  const rules = conversion.legacy;
  return sentences.map((sentence) => {
    const tags: Upos[] = [];
    const lemmas: string[] = [];
    for (const word of sentence.words) {
      const lower = word.form.toLowerCase();
      let upos: Upos = isUpos(word.upos) ? word.upos : 'X';
      if (upos === 'DET' && rules.possessives.has(lower)) upos = 'PRON';
      else if (upos === 'NUM' && (rules.ordinalWords.has(lower) || rules.ordinalDigits.test(lower))) upos = 'ADJ';
      else if (upos === 'ADP' && rules.sconjFromAdp.has(lower)) upos = 'SCONJ';
      else if (upos === 'AUX' || upos === 'VERB') upos = verbTag(upos, word.lemma, word.deprel, rules);
      tags.push(upos);
      lemmas.push(word.lemma);
    }
    const words = sentence.words.map((w) => w.form);
    relabelNames(words, tags);
    return { words, tags, lemmas };
  });
}

const NAME_PARTS = new Set<Upos>(['NOUN', 'ADJ', 'NUM', 'VERB', 'PROPN']);

/**
 * Words of a multiword name ("Vlaams Gewest", "Tweede Wereldoorlog") are PROPN in today's
 * LassySmall, their ordinary tag in the old file: a capitalised word inside the sentence next to
 * another capitalised one becomes PROPN (measured on dev: LassySmall +0.27, Alpino ±0, two seeds).
 */
function relabelNames(words: readonly string[], tags: Upos[]): void {
  const capital = (i: number): boolean => i >= 0 && i < words.length && /^\p{Lu}\p{Ll}/u.test(words[i]) && NAME_PARTS.has(tags[i]);
  const change: number[] = [];
  for (let i = 1; i < words.length; i++) {
    if (tags[i] === 'PROPN' || !capital(i)) continue;
    if ((i > 1 && capital(i - 1)) || capital(i + 1)) change.push(i);
  }
  for (const i of change) tags[i] = 'PROPN';
}

function verbTag(upos: Upos, lemma: string, deprel: string, rules: DutchUdConversion['legacy']): Upos {
  const relation = deprel.startsWith('aux') ? deprel : deprel.split(':')[0];
  const auxiliaries = rules.auxiliariesByRelation.get(relation);
  if (auxiliaries !== undefined) return auxiliaries.has(lemma) ? 'AUX' : 'VERB';
  return upos === 'VERB' && rules.modals.has(lemma) ? 'AUX' : 'VERB';
}
