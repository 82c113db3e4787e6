import type { Word } from './scan-words.ts';

const OPENERS = new Set(['.', '!', '?', ':', ';', '‘', '“', '„', '"', "'", '(', '«', '»', '‚', '-', '–', '—']);

/** Whether `words[index]` begins a sentence, a paragraph, a quotation or a bracket. */
export function isSentenceInitial(text: string, words: readonly Word[], index: number, sentenceStarts: ReadonlySet<number>): boolean {
  const word = words[index];
  if (word === undefined) return false;
  if (index === 0 || sentenceStarts.has(word.start)) return true;
  const previous = words[index - 1];
  if (text.slice(previous.end, word.start).includes('\n')) return true;
  if (OPENERS.has(previous.text)) return true;
  // The Dutch typed opening mark ",,".
  return previous.text === ',' && words[index - 2]?.text === ',' && words[index - 2].end === previous.start;
}
