import type { HedgeLexicon } from '../lang/claims-lexicon.ts';
import { matchesAt, type Word } from './scan-words.ts';

/**
 * Finds the reportative "zou"/"zouden" of one sentence: the modal by which the writer passes on
 * what others claim ("Hij zou ten onder zijn gegaan", "die betrokken zouden zijn geweest",
 * "Vrouwenwijding zou een gevolg zijn van …"), told apart from the conditional and the future in
 * the past as far as words allow: the clause after the modal must hold "hebben" or "zijn"
 * and no other verb that makes it modal ("zou … kunnen", "zou … moeten worden"); a modal that
 * opens the sentence ("Zouden ze dat doen, dan …") or a clause with "als"/"indien" is conditional.
 * Returns the word indexes of the modals.
 */
export function findReportativeModals(words: readonly Word[], lexicon: HedgeLexicon['reportative']): number[] {
  const found: number[] = [];
  if (lexicon.modals.size === 0) return found;
  const isBreak = (w: Word): boolean => lexicon.clauseBreaks.includes(w.text) || lexicon.clauseBreaks.includes(` ${w.text} `);
  for (let i = 0; i < words.length; i++) {
    if (!lexicon.modals.has(words[i].lower)) continue;
    if (i === 0 || /^[‘“„"'(,]$/.test(words[i - 1].text)) continue;
    let from = i;
    while (from > 0 && !isBreak(words[from - 1])) from--;
    let to = i + 1;
    while (to < words.length && !isBreak(words[to])) to++;
    const clause = words.slice(from, to);
    if (clause.some((w) => lexicon.conditionals.has(w.lower))) continue;
    const after = i + 1;
    let aux = false;
    let blocked = false;
    for (let k = after; k < to; k++) {
      if (lexicon.blockers.some((phrase) => matchesAt(words, k, phrase))) blocked = true;
      if (lexicon.perfectAux.some((phrase) => matchesAt(words, k, phrase))) aux = true;
    }
    if (aux && !blocked) found.push(i);
  }
  return found;
}
