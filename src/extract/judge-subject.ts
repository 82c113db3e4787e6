import type { Words } from './classify-words.ts';

/**
 * Whether the phrase starting at `token` is the subject of its sentence, as far as word order
 * tells: a subject pronoun ("hij", "she"), a phrase with nothing before it in the sentence but
 * determiners, adjectives, role words and conjunctions ("De 24-jarige Canas kent …"), or, in a
 * verb-second language, the phrase right after the first finite verb ("Toen had Canas …").
 */
export function isSentenceSubject(words: Words, token: number, sentenceStart: number): boolean {
  const pronoun = words.lexicon.pronouns.get(words.lower[token]);
  if (pronoun !== undefined) return pronoun.subject;
  // Verb second: "Tot halverwege de koers had Van Alebeek moeite" — right after the first finite verb.
  if (words.lexicon.verbSecond && token - 1 > sentenceStart && isFiniteVerb(words, token - 1)) {
    let first = true;
    for (let k = sentenceStart; k < token - 1; k++) if (isFiniteVerb(words, k)) first = false;
    if (first) return true;
  }
  for (let k = sentenceStart; k < token; k++) {
    const cls = words.classes[k];
    if (cls === 'quote' || cls === 'det' || cls === 'adj' || cls === 'num' || cls === 'noun' || cls === 'name') continue;
    if (words.lexicon.conjunctions.has(words.lower[k]) || words.lexicon.determiners.has(words.lower[k])) continue;
    return false;
  }
  return true;
}

function isFiniteVerb(words: Words, k: number): boolean {
  return words.lexicon.auxiliaries.has(words.lower[k]) || (words.tagged && words.classes[k] === 'verb');
}
