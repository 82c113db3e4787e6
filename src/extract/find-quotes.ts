import type { Stage } from '../core/stage.ts';
import { attachSpeakers } from './attach-speakers.ts';
import { classifyWords } from './classify-words.ts';
import { findDirectQuotes } from './find-direct-quotes.ts';
import { findReportedSpeech } from './find-reported-speech.ts';
import { findSpeechCues, type Cue } from './find-speech-cues.ts';
import { settleQuoteOverlaps } from './settle-quote-overlaps.ts';

/**
 * Who said what. Finds the speech cues of every sentence (speech verbs, "volgens", "aldus"),
 * proposes direct quotes (quotation marks with their attribution, or standing alone) and
 * reported speech ("X zegt dat …", "…, zegt X", "volgens X …"), keeps one record per stretch
 * of text, and attaches each record's source: the speaker phrase, the fullest name of the
 * entity it refers to, and the role. Works from POS tags, mentions and entities where earlier
 * stages filled them, and from the speech lexicon alone where they did not.
 */
export const findQuotes: Stage = (analysis, context) => {
  const words = classifyWords(analysis, context.pack.speech);
  const cuesBySentence = analysis.sentences.map((sentence) => findSpeechCues(words, sentence, analysis.quoteSpans));
  const cueAt = new Map<number, Cue>();
  for (const cues of cuesBySentence) for (const cue of cues) cueAt.set(cue.start, cue);
  const direct = findDirectQuotes(analysis, words, cueAt);
  const reported = findReportedSpeech(analysis, words, cuesBySentence);
  const quotes = attachSpeakers(analysis, words, settleQuoteOverlaps(direct, reported, analysis.tokens));
  return { ...analysis, quotes };
};
