import type { Stage } from '../core/stage.ts';
import type { Token } from '../core/types.ts';
import { posTagger } from '../model/load-pos-tagger.ts';

/**
 * The `tag` stage: a UPOS tag and a lemma on every token, sentence by sentence, from the trained
 * tagger of the language (`model/pos-tagger.ts`). A token that UD writes as two words — English
 * "don't", "it's", by the clitics of the language pack — is tagged as those words and takes the
 * tag and lemma of the first ("do", AUX; "it", PRON), so the tagger sees what it was trained on.
 */
export const tagTokens: Stage = (analysis, context) => {
  if (analysis.tokens.length === 0) return analysis;
  const tagger = posTagger(context.lang);
  const clitics = context.pack.pos.clitics;
  const tokens: Token[] = analysis.tokens.map((t) => ({ start: t.start, end: t.end, text: t.text, sentence: t.sentence, upos: t.upos, lemma: t.lemma }));
  const ranges = analysis.sentences.length > 0
    ? analysis.sentences.map((s) => [s.tokenStart, s.tokenEnd] as const)
    : [[0, tokens.length] as const];
  const words: string[] = [];
  const host: number[] = [];
  for (const [start, end] of ranges) {
    words.length = 0;
    host.length = 0;
    for (let t = start; t < end; t++) {
      const parts = splitClitic(tokens[t].text, clitics);
      for (const part of parts) {
        words.push(part);
        host.push(t);
      }
    }
    if (words.length === 0) continue;
    const tagged = tagger.tagWords(words);
    for (let w = words.length - 1; w >= 0; w--) {
      // Walking backwards leaves each token with the tag of its first word.
      const token = tokens[host[w]];
      token.upos = tagged.upos[w];
      token.lemma = tagged.lemmas[w];
    }
  }
  return { ...analysis, tokens };
};

/** The token as its UD words: host + clitic where it ends in one ("don't" → "do" + "n't", "can't" → "ca" + "n't", as UD English splits them), else itself. */
function splitClitic(word: string, clitics: readonly string[]): readonly string[] {
  if (clitics.length === 0 || word.length < 3) return [word];
  const lower = word.toLowerCase();
  for (const clitic of clitics) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      const cut = word.length - clitic.length;
      return [word.slice(0, cut), word.slice(cut)];
    }
  }
  return [word];
}
