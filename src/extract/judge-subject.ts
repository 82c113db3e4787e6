import { isRoleWord, type Words } from './classify-words.ts';

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
  // A plural noun right before the name makes a group ("De zusjes Williams"), not one person.
  const before = token - 1 >= sentenceStart ? words.lower[token - 1] : '';
  if (words.classes[token - 1] === 'noun' && /(?:s|en)$/.test(before) && !isRoleWord(words.lexicon, before)) return false;
  // From the start of its clause: the sentence start, or after a comma or semicolon ("De
  // toekomst is vaag, Koerts kijkt al verder") — but not a name set off by commas, an
  // apposition ("Haar dubbelpartner, Corina Morariu, werd …").
  let start = sentenceStart;
  for (let k = token - 1; k > sentenceStart; k--) {
    if (words.lower[k] === ',' || words.lower[k] === ';') {
      start = k + 1;
      if (k === token - 1 && (isApposition(words, token) || !verbFollows(words, token))) return false;
      break;
    }
  }
  for (let k = start; k < token; k++) {
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

/** A name between commas right after a noun: ", Corina Morariu," after "dubbelpartner". */
function isApposition(words: Words, token: number): boolean {
  let k = token;
  while (k < words.tokens.length && (words.classes[k] === 'name' || words.lexicon.nameParticles.has(words.lower[k]))) k++;
  const before = token - 2 >= 0 ? words.classes[token - 2] : 'punct';
  return k < words.tokens.length && words.lower[k] === ',' && (before === 'noun' || before === 'name');
}

/** A finite verb right after the name ("Koerts kijkt"), not a fragment ("…, Patty Schnyder."). */
function verbFollows(words: Words, token: number): boolean {
  let k = token;
  while (k < words.tokens.length && (words.classes[k] === 'name' || words.lexicon.nameParticles.has(words.lower[k]))) k++;
  return k < words.tokens.length && (isFiniteVerb(words, k) || words.lexicon.verbForms.has(words.lower[k]));
}
