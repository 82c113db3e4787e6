import { isGroupWord, isPersonWord, isRoleWord, type Words } from './classify-words.ts';
import type { Phrase, TokenRange } from './chunk-noun-phrases.ts';

/**
 * The text of tokens `[range.start, range.end)` as a description: a capital that is only there
 * because the phrase opens its sentence is lowered ("Een woordvoerster" → "een woordvoerster",
 * "Getuigen" → "getuigen", "Minister" → "minister"); names keep theirs.
 */
export function describeTokens(words: Words, range: TokenRange): string {
  const text = words.text.slice(words.tokens[range.start].start, words.tokens[range.end - 1].end);
  const first = words.lower[range.start];
  const lexicon = words.lexicon;
  const common = words.classes[range.start] === 'det' || lexicon.determiners.has(first) || isRoleWord(lexicon, first) || isPersonWord(lexicon, first) || isGroupWord(lexicon, first);
  // ("Secretary of State" keeps its capitals: a title written in title case.)
  const titleCase = range.end - range.start > 1 && /^\p{Lu}/u.test(words.tokens[range.end - 1].text);
  if (words.sentenceInitial[range.start] === 1 && common && !titleCase) return first.slice(0, 1) + text.slice(1);
  return text;
}

/** The whole phrase as a description of its source ("het Kremlin", "een woordvoerder van de politie"). */
export function describePhrase(words: Words, phrase: Phrase): string {
  return describeTokens(words, phrase);
}

/** The role a description gives, without its determiner ("een woordvoerster van de politie" → "woordvoerster van de politie"). */
export function roleOfDescription(words: Words, phrase: Phrase): string | null {
  let start = phrase.start;
  if (words.classes[start] === 'det' || words.lexicon.determiners.has(words.lower[start])) start++;
  if (start >= phrase.end) return null;
  return describeTokens(words, { start, end: phrase.end });
}

/** The role words before a name ("Amerikaanse minister van buitenlandse zaken"), if the phrase has them. */
export function roleBeforeName(words: Words, phrase: Phrase): string | null {
  return phrase.role ? describeTokens(words, phrase.role) : null;
}
