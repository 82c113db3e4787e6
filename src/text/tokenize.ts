import type { Stage } from '../core/stage.ts';
import type { Sentence, Token } from '../core/types.ts';
import { scanTokens } from './scan-words.ts';

/**
 * Cuts each sentence into tokens (see `scan-words.ts` for what a token is) and records on each
 * sentence the range of its tokens. Tokens follow the UD conventions of the language: Dutch
 * keeps hyphenated words and apostrophe forms whole ('s-Hertogenbosch, zo'n, olie-), English
 * splits hyphens and possessive 's but keeps contractions as one surface token (don't).
 */
export const tokenize: Stage = (analysis, context) => {
  const text = analysis.text;
  const lexicon = context.pack.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const offsets: number[] = [];
  const closeMarks = new Set<number>();
  for (const span of analysis.quoteSpans) if (span.close !== null) closeMarks.add(span.close.start);
  for (let s = 0; s < analysis.sentences.length; s++) {
    const sentence = analysis.sentences[s];
    offsets.length = 0;
    scanTokens(text, sentence.start, sentence.end, lexicon, closeMarks, offsets);
    const tokenStart = tokens.length;
    for (let k = 0; k < offsets.length; k += 2) {
      const start = offsets[k];
      const end = offsets[k + 1];
      tokens.push({ start, end, text: text.slice(start, end), sentence: s });
    }
    sentences.push({ ...sentence, tokenStart, tokenEnd: tokens.length });
  }
  return { ...analysis, sentences, tokens };
};
