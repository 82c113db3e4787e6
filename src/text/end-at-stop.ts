import type { TextLexicon } from '../lang/text-lexicon.ts';
import { ABBREVIATION, FINAL_ABBREVIATION, classifyAbbreviation } from './classify-abbreviation.ts';
import { isUpperCode, isWordCode } from './char-class.ts';
import { OPENERS, firstCode, nextWord, startsSentence } from './peek-next-word.ts';

/** Marks and brackets that may follow the end of a sentence and belong to it. */
export const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', '«', ')', ']', '}', '“', '‘']);

/**
 * Where the chunk `text[start, end)` has . ! ? or … with only closing marks (or paired
 * closing quotation marks, whose ends are in `closeMarkEnds`) after it; -1 when it has none.
 */
export function finalStop(text: string, start: number, end: number, closeMarkEnds: ReadonlySet<number>): number {
  let last = end - 1;
  if (isWordCode(text.charCodeAt(last))) return -1; // most words
  while (last > start && (CLOSERS.has(text[last]) || closeMarkEnds.has(last + 1))) last--;
  const ch = text.charCodeAt(last);
  return ch === 0x2e || ch === 0x21 || ch === 0x3f || ch === 0x2026 ? last : -1;
}

/**
 * Whether the chunk that starts at `start` and has its final . ! ? or … at `last` ends a
 * sentence, given the next chunk at `next`: it does when the next word starts like a sentence
 * (not in lower case). After an abbreviation it depends: after an initial or a name in capitals
 * (J., U.S.) only a word that starts sentences ("eigenschap B. Maar …", "in the U.S. The …")
 * begins a new one; after an abbreviation that often closes a sentence (etc., Ltd., kg.) any
 * capital does; after the others (dr., d.w.z.) nothing does.
 */
export function endsAtStop(text: string, start: number, last: number, next: number, limit: number, lexicon: TextLexicon): boolean {
  const ch = text.charCodeAt(last);
  if (ch === 0x2e && !(last > start && text.charCodeAt(last - 1) === 0x2e)) {
    let wordStart = start;
    while (wordStart < last && OPENERS.has(text[wordStart])) wordStart++;
    const kind = classifyAbbreviation(text, wordStart, last, lexicon, firstCode(text, next, limit));
    if (kind === ABBREVIATION) return last - wordStart === 1 && lexicon.sentenceStarters.has(nextWord(text, next, limit));
    if (kind === FINAL_ABBREVIATION) {
      if (isCapitalInitials(text, wordStart, last)) return lexicon.sentenceStarters.has(nextWord(text, next, limit));
      return isUpperCode(firstCode(text, next, limit));
    }
  }
  return startsSentence(text, next, limit);
}

/** Capitals and full stops only: "U.S", "D.C", "N.V". */
function isCapitalInitials(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && !isUpperCode(code)) return false;
  }
  return true;
}
