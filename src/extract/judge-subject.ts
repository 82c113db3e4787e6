import type { Words } from './classify-words.ts';

/**
 * Whether the phrase starting at `token` is the subject of its sentence, as far as word order
 * tells: a subject pronoun ("hij", "she"), or a phrase with nothing before it in the sentence
 * but determiners, adjectives, role words and conjunctions ("De 24-jarige Canas kent …").
 */
export function isSentenceSubject(words: Words, token: number, sentenceStart: number): boolean {
  const pronoun = words.lexicon.pronouns.get(words.lower[token]);
  if (pronoun !== undefined) return pronoun.subject;
  for (let k = sentenceStart; k < token; k++) {
    const cls = words.classes[k];
    if (cls === 'quote' || cls === 'det' || cls === 'adj' || cls === 'num' || cls === 'noun' || cls === 'name') continue;
    if (words.lexicon.conjunctions.has(words.lower[k]) || words.lexicon.determiners.has(words.lower[k])) continue;
    return false;
  }
  return true;
}
