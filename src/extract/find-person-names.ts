import type { Analysis, Mention } from '../core/types.ts';
import { isGroupWord, isRoleWord, type Words } from './classify-words.ts';

const INITIAL = /^(?:\p{Lu}\.)+$/u;
const UPPER = /^\p{Lu}/u;

/**
 * Person names for coreference when no NER stage has run: runs of capitalised words that
 * start with a known first name or an initial ("Antony Blinken", "J. van 't Hof"), that follow
 * a role or person noun ("president Tokajev", "jazzpianist Vikram Roezachoenov"), and single
 * words that repeat the last word of such a name ("Tokajev"). Institutions and places are
 * left out. A stand-in: the `entities` stage does this better.
 */
export function findPersonNames(analysis: Analysis, words: Words): Mention[] {
  const { tokens, lower, lexicon } = words;
  const runs: { readonly start: number; readonly end: number; person: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapital(words, i)) continue;
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && isCapital(words, j) && tokens[j].sentence === tokens[i].sentence) {
        j++;
        continue;
      }
      let k = j;
      while (k < tokens.length && lexicon.nameParticles.has(lower[k]) && k - j < 3) k++;
      if (k > j && k < tokens.length && isCapital(words, k) && tokens[k].sentence === tokens[i].sentence) {
        j = k;
        continue;
      }
      break;
    }
    const first = lower[i];
    const afterRole = i > 0 && (isRoleWord(lexicon, lower[i - 1]) || lexicon.personNouns.has(lower[i - 1])) && (!UPPER.test(tokens[i - 1].text) || words.sentenceInitial[i - 1] === 1);
    const named = lexicon.firstNames.has(first) || INITIAL.test(tokens[i].text);
    // "Van Alebeek", "Van 't Hof" (not "De" or "Den": "De Meern", "Den Haag" are places).
    const particle = j - i >= 2 && lexicon.nameParticles.has(first) && !lexicon.determiners.has(first) && first !== 'den';
    const institution = isGroupWord(lexicon, lower[j - 1]) && !particle && !named;
    runs.push({ start: i, end: j, person: !institution && (afterRole || particle || (named && j - i >= 2)) });
    i = j - 1;
  }
  // A longer name whose last word also stands alone elsewhere is a person ("Jans Koerts" … "Koerts").
  const alone = new Set<string>();
  // (alone: not after a determiner or adjective, as in "de tweede Slam")
  for (const run of runs) {
    const before = run.start > 0 ? lower[run.start - 1] : '';
    if (run.end - run.start === 1 && !lexicon.determiners.has(before) && !/e$/.test(before)) alone.add(lower[run.start]);
  }
  for (const run of runs) {
    if (run.end - run.start >= 2 && alone.has(lower[run.end - 1]) && !isGroupWord(lexicon, lower[run.end - 1]) && !words.sentenceInitial[run.start]) run.person = true;
  }
  const surnames = new Set<string>();
  for (const run of runs) if (run.person) surnames.add(lower[run.end - 1]);
  const out: Mention[] = [];
  for (const run of runs) {
    if (!run.person && !surnames.has(lower[run.end - 1])) continue;
    const start = tokens[run.start].start;
    const end = tokens[run.end - 1].end;
    out.push({ id: `pn${out.length + 1}`, start, end, text: analysis.text.slice(start, end), type: 'PER', confidence: 0.5, form: 'name' });
  }
  return out;
}

/** Whether a word starts with a capital: ASCII by its code, else by `\p{Lu}`. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/** A capitalised word that can be part of a name: not a sentence-initial function word, not a known noun. */
function isCapital(words: Words, i: number): boolean {
  const surface = words.tokens[i].text;
  if (!startsUpper(surface) || words.quoteOf[i] !== -1) return false;
  const word = words.lower[i];
  const lexicon = words.lexicon;
  const next = i + 1 < words.tokens.length ? words.tokens[i + 1].text : '';
  // A capitalised particle starts a name when a capital follows ("Van 't Hof", "De Rooij").
  if (lexicon.nameParticles.has(word) && (startsUpper(next) || lexicon.nameParticles.has(next.toLowerCase()))) return true;
  if (lexicon.personNouns.has(word) || lexicon.roles.has(word) || lexicon.pronouns.has(word) || lexicon.determiners.has(word)) return false;
  if (words.sentenceInitial[i] === 1 && (lexicon.stops.has(word) || lexicon.conjunctions.has(word) || lexicon.verbForms.has(word) || lexicon.according.some((m) => m[0] === word))) return false;
  return true;
}
