import type { Words } from './classify-words.ts';
import { chunkBackward, chunkForward, type Phrase } from './chunk-noun-phrases.ts';
import type { Cue } from './find-speech-cues.ts';

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '-', '–', '—']);
const SKIP_LIMIT = 4;

/** Whether token `k` closes the clause before it (punctuation, a quotation mark). */
function isBreak(words: Words, k: number): boolean {
  return CLAUSE_BREAK.has(words.lower[k]) || words.classes[k] === 'quote' || words.classes[k] === 'punct';
}

/** Adverbs, time words and auxiliaries that may stand between a subject and its verb ("heeft zaterdag gezegd"). */
function isSkippable(words: Words, k: number): boolean {
  const cls = words.classes[k];
  if (words.lexicon.expletives.has(words.lower[k])) return false;
  if (words.lexicon.stops.has(words.lower[k]) && !words.lexicon.complementizers.has(words.lower[k]) && !words.lexicon.relativePronouns.has(words.lower[k])) {
    // ("Sanders on Tuesday said": a capitalised time word is skipped too.)
    return (cls !== 'name' || words.sentenceInitial[k] === 0) && cls !== 'pron' && cls !== 'det' && !(words.lexicon.ofWords.has(words.lower[k]));
  }
  return cls === 'adv' || (cls === 'verb' && !words.lexicon.verbForms.has(words.lower[k]));
}

/** First token of the clause that token `i` is in, not below `floor`. */
export function clauseStart(words: Words, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && !isBreak(words, k)) k--;
  return k + 1;
}

/**
 * The subject of a speech verb: the phrase before it when that phrase opens its clause ("De
 * politie meldt dat", "Stein said"), the antecedent of a relative or apposition between them
 * ("Simeon II, wiens partij … won, meent dat"; "een Kirgiziër, die ‘bekende’ dat"), else the
 * phrase after it (Dutch inversion: "Gisteren zei hij dat", "zegt ook president Tokajev").
 * `floor` and `limit` bound the search (the sentence).
 */
export function findCueSubject(words: Words, cue: Cue, floor: number, limit: number): Phrase | null {
  const before = findSubjectBefore(words, cue.start, floor);
  if (before !== null) return before;
  return findPhraseAfter(words, cue.end, limit);
}

/** The phrase right after `from`, past a few adverbs ("zegt ook president Tokajev"). */
export function findPhraseAfter(words: Words, from: number, limit: number): Phrase | null {
  let k = from;
  // A scare-quoted cue ends with its closing mark.
  while (k < limit && words.classes[k] === 'quote') k++;
  for (let skipped = 0; k < limit && skipped < SKIP_LIMIT; skipped++) {
    // "riep volgens overlevering een priester …": step over a marker and its phrase.
    const marker = words.lexicon.according.find((m) => m.every((word, j) => words.lower[k + j] === word));
    if (marker !== undefined) {
      const skippedPhrase = chunkForward(words, k + marker.length, limit);
      if (skippedPhrase === null) break;
      k = skippedPhrase.end;
      continue;
    }
    if (!isSkippable(words, k) || words.lexicon.pronouns.has(words.lower[k])) break;
    k++;
  }
  const phrase = chunkForward(words, k, limit);
  if (phrase === null) return null;
  return phrase;
}

function findSubjectBefore(words: Words, cueStart: number, floor: number): Phrase | null {
  let k = cueStart - 1;
  // A scare-quoted cue: step over its opening mark.
  while (k >= floor && words.classes[k] === 'quote') k--;
  for (let skipped = 0; k >= floor && skipped < SKIP_LIMIT && isSkippable(words, k); skipped++) k--;
  if (k < floor) return null;
  const { lexicon, lower } = words;
  // "…, die ‘bekende’ dat": a relative pronoun stands for the phrase before its comma.
  if (lexicon.relativePronouns.has(lower[k]) && k - 1 >= floor && lower[k - 1] === ',') {
    return chunkBackward(words, k - 2, floor);
  }
  // "Een man die ‘bekende’ dat …" (a restrictive relative, no comma).
  if (lexicon.relativePronouns.has(lower[k]) && k - 1 >= floor && !isBreak(words, k - 1)) {
    const antecedent = chunkBackward(words, k - 1, floor);
    if (antecedent !== null && antecedent.kind !== 'pronoun') return antecedent;
  }
  // "Rep. Stephen Lynch (D-Mass.) said": step back over a parenthesis.
  if (lower[k] === ')') {
    let open = k - 1;
    while (open > floor && lower[open] !== '(' && k - open < 12) open--;
    if (lower[open] !== '(') return null;
    k = open - 1;
    if (k < floor) return null;
  }
  // "Simeon II, wiens partij … won, meent dat": step back over an inserted clause.
  if (lower[k] === ',') {
    const open = findInsertionStart(words, k, floor);
    if (open === -1) return null;
    return chunkBackward(words, open - 1, floor);
  }
  if (isBreak(words, k)) return null;
  // "It says the campaign violated …" (a letter, a report).
  if (lexicon.expletives.has(lower[k]) && (k === floor || isBreak(words, k - 1) || lexicon.conjunctions.has(lower[k - 1]))) return { start: k, end: k + 1, kind: 'pronoun', name: null, head: k, role: null };
  const phrase = chunkBackward(words, k, floor);
  if (phrase === null) return null;
  // In a verb-second language the subject opens its clause; a phrase after anything else (a
  // preposition, a fronted adverbial) is not the subject, and the subject follows the verb.
  if (lexicon.verbSecond) {
    const start = clauseStart(words, phrase.start, floor);
    for (let j = start; j < phrase.start; j++) if (!lexicon.conjunctions.has(lower[j])) return null;
  }
  return phrase;
}

/** The comma that opens the inserted clause closed by the comma at `close`, or -1. */
function findInsertionStart(words: Words, close: number, floor: number): number {
  const { lexicon, lower, classes } = words;
  for (let k = close - 1; k > floor && close - k < 30; k--) {
    if (classes[k] === 'quote' || lower[k] === '.' || lower[k] === ';') return -1;
    if (lexicon.verbForms.has(lower[k])) return -1;
    if (lower[k] !== ',') continue;
    // The comma must follow the phrase the insertion is about ("Simeon II, wiens …", "Dianne
    // Feinstein, Democrat of California, …", "Hillary Clinton, at a press gaggle, …").
    return k - 1 > floor && (words.classes[k - 1] === 'name' || words.classes[k - 1] === 'noun' || words.classes[k - 1] === 'pron') ? k : -1;
  }
  return -1;
}
