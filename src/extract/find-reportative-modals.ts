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
  if (lexicon.modals.size === 0 || !words.some((w) => lexicon.modals.has(w.lower))) return found;
  const isBreak = (w: Word): boolean => lexicon.clauseBreaks.includes(w.text) || lexicon.clauseBreaks.includes(` ${w.text} `);
  // One pass each over the sentence, so that a long sentence with many modals stays linear:
  // where each clause starts, where the next break, blocker and perfect auxiliary stand, and
  // how many conditionals come before each word.
  const n = words.length;
  const clauseStart: number[] = [];
  const conditionalsBefore: number[] = [0];
  for (let i = 0; i < n; i++) {
    clauseStart.push(i === 0 || isBreak(words[i - 1]) ? i : clauseStart[i - 1]);
    conditionalsBefore.push(conditionalsBefore[i] + (lexicon.conditionals.has(words[i].lower) ? 1 : 0));
  }
  const nextBreak = nextWhere(n, (k) => isBreak(words[k]));
  const nextBlocker = nextWhere(n, (k) => lexicon.blockers.some((phrase) => matchesAt(words, k, phrase)));
  const nextAux = nextWhere(n, (k) => lexicon.perfectAux.some((phrase) => matchesAt(words, k, phrase)));
  for (let i = 0; i < n; i++) {
    if (!lexicon.modals.has(words[i].lower)) continue;
    if (i === 0 || /^[‘“„"'(,]$/.test(words[i - 1].text)) continue;
    const from = clauseStart[i];
    const to = nextBreak[i + 1];
    if (conditionalsBefore[to] - conditionalsBefore[from] > 0) continue;
    const aux = nextAux[i + 1] < to;
    const blocked = nextBlocker[i + 1] < to;
    if (aux && !blocked) found.push(i);
  }
  return found;
}

/** For each index 0…n, the first index at or after it where `holds` is true (n where none is). */
function nextWhere(n: number, holds: (index: number) => boolean): number[] {
  const next: number[] = new Array(n + 1);
  next[n] = n;
  for (let k = n - 1; k >= 0; k--) next[k] = holds(k) ? k : next[k + 1];
  return next;
}
