import type { TextLexicon } from '../lang/text-lexicon.ts';
import { ABBREVIATION, FINAL_ABBREVIATION, classifyAbbreviation } from './classify-abbreviation.ts';
import { DIGIT, LOWER, charClass, isDigitCode, isLetterCode, isSpaceCode, isWordCode } from './char-class.ts';

/**
 * The token scanner shared by `split-sentences` and `tokenize`: it cuts `text[start, end)` into
 * tokens and pushes each as a pair of offsets onto `out` (start, end, start, end, …). One pass
 * over the characters, no regular expressions.
 *
 * A token is a word (letters and digits, joined inside by hyphens, full stops, apostrophes and,
 * between digits, commas, colons and slashes), a run of the same punctuation ("...", "--",
 * "?!"), the typed Dutch quotation marks ",," and "''", a URL or e-mail address, or one other
 * character. A full stop after an abbreviation is part of it ("d.w.z.", "U.S.", "dr.").
 */
export function scanTokens(text: string, start: number, end: number, lexicon: TextLexicon, out: number[]): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    let chunkEnd = i + 1;
    while (chunkEnd < end && !isSpaceCode(text.charCodeAt(chunkEnd))) chunkEnd++;
    scanChunk(text, i, chunkEnd, end, lexicon, out);
    i = chunkEnd;
  }
}

/** Tokens of one run of non-space characters; `limit` is the end of the sentence. */
function scanChunk(text: string, start: number, end: number, limit: number, lexicon: TextLexicon, out: number[]): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    i = charClass(code) >= LOWER ? scanWord(text, i, i, end, limit, lexicon, out) : scanPunctuation(text, i, end, limit, lexicon, out);
  }
}

const RUN_MARKS = new Set([0x2e, 0x21, 0x3f]); // . ! ? : mixed runs are one token ("...", "?!")
const REPEATABLE = new Set([0x2d, 0x3d, 0x2a, 0x5f, 0x7e, 0x2b, 0x23, 0x3e, 0x3c, 0x2f, 0x2014, 0x2013]); // - = * _ ~ + # > < / — –

function scanPunctuation(text: string, i: number, end: number, limit: number, lexicon: TextLexicon, out: number[]): number {
  const code = text.charCodeAt(i);
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  // ,, '' `` typed quotation marks
  if ((code === 0x2c || code === 0x27 || code === 0x60) && next === code) {
    // ",,," is a comma and then ,, (",'' zei hij,,,maar")
    if (code === 0x2c && i + 2 < end && text.charCodeAt(i + 2) === code) return push(out, i, i + 1);
    return push(out, i, i + 2);
  }
  // 's 't '90: an apostrophe that elides is part of its word
  if ((code === 0x27 || code === 0x2019 || code === 0x2018) && isElision(text, i + 1, end, lexicon) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) {
    return scanWord(text, i, i + 1, end, limit, lexicon, out);
  }
  // #hashtag
  if (code === 0x23 && next !== -1 && isLetterCode(next)) return scanWord(text, i, i + 1, end, limit, lexicon, out);
  if (RUN_MARKS.has(code)) {
    let j = i + 1;
    while (j < end && RUN_MARKS.has(text.charCodeAt(j))) j++;
    return push(out, i, j);
  }
  if (REPEATABLE.has(code)) {
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === code) j++;
    return push(out, i, j);
  }
  // a surrogate pair (emoji, rare scripts) stays whole
  if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return push(out, i, i + 2);
  return push(out, i, i + 1);
}

/**
 * A word from `from` (the token starts at `tokenStart`, which is before `from` when an
 * apostrophe or # leads) to at most `end`; `limit` is the end of the sentence. Returns where
 * scanning goes on.
 */
function scanWord(text: string, tokenStart: number, from: number, end: number, limit: number, lexicon: TextLexicon, out: number[]): number {
  let j = from;
  let partStart = from; // start of the current hyphen-joined part (for English prefixes)
  for (;;) {
    while (j < end && charClass(text.charCodeAt(j)) >= LOWER) j++;
    if (j >= end) break;
    const code = text.charCodeAt(j);
    const next = j + 1 < end ? text.charCodeAt(j + 1) : -1;
    const prev = text.charCodeAt(j - 1);
    const nextIsWord = next !== -1 && isWordCode(next);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) {
      // hyphen
      if (nextIsWord) {
        if (!lexicon.splitHyphens || (isDigitCode(prev) && isDigitCode(next)) || lexicon.hyphenPrefixes.has(text.slice(partStart, j).toLowerCase())) {
          j++;
          partStart = j;
          continue;
        }
        break;
      }
      // "olie- en gasbedrijven": a hyphen that ends the word belongs to it (Dutch)
      if (!lexicon.splitHyphens && isLetterCode(prev) && (next === -1 || next === 0x2c || next === 0x2f)) j++;
      break;
    }
    if (code === 0x2e) {
      // full stop
      if (nextIsWord) {
        j++;
        continue;
      }
      if (next !== 0x2e) {
        const kind = classifyAbbreviation(text, from, j, lexicon, codeAfterSpace(text, j + 1, limit));
        if (kind === ABBREVIATION || kind === FINAL_ABBREVIATION) {
          // "St.-Janstraat", "O.L.V.-college"
          if (next === 0x2d && !lexicon.splitHyphens && j + 2 < end && isWordCode(text.charCodeAt(j + 2))) {
            j += 2;
            partStart = j;
            continue;
          }
          // The stop that ends the sentence is its own token ("Ltd" ".", "B" "."), except after
          // a dotted form ("U.S.", "d.w.z.").
          if (!(endsSentenceAt(text, j + 1, limit) && text.lastIndexOf('.', j - 1) < from)) j++;
        }
      }
      break;
    }
    if (code === 0x2c || code === 0x3a) {
      // comma or colon between digits: 3,5  20,000  22:30
      if (isDigitCode(prev) && next !== -1 && isDigitCode(next)) {
        j++;
        continue;
      }
      if (code === 0x3a && next === 0x2f && j + 2 < end && text.charCodeAt(j + 2) === 0x2f) {
        j = endOfAddress(text, j, end);
        break;
      }
      break;
    }
    if (code === 0x2f) {
      // slash: Dutch joins words (en/of), English only digits (08/16/2000)
      if (nextIsWord && (!lexicon.splitHyphens || (isDigitCode(prev) && isDigitCode(next)))) {
        j++;
        continue;
      }
      break;
    }
    if (code === 0x26 || code === 0x5f) {
      // AT&T, CD&V, file_name
      if (nextIsWord) {
        j++;
        continue;
      }
      break;
    }
    if (code === 0x40) {
      // e-mail address
      if (nextIsWord) j = endOfAddress(text, j, end);
      break;
    }
    if (isDigitCode(prev) && lexicon.numberSuffixes.has(text[j]) && !nextIsWord) {
      // Dutch "5%"
      j++;
      break;
    }
    if (code === 0x27 || code === 0x2019) {
      // apostrophe inside a word: zo'n, don't, it's; English possessive 's is a token of its own
      if (!nextIsWord) break;
      let k = j + 1;
      while (k < end && isLetterCode(text.charCodeAt(k))) k++;
      const atWordEnd = k >= end || !isWordCode(text.charCodeAt(k));
      if (atWordEnd && lexicon.splitClitics.size > 0 && lexicon.splitClitics.has(text.slice(j + 1, k).toLowerCase())) {
        if (!lexicon.cliticHosts.has(text.slice(partStart, j).toLowerCase())) {
          push(out, tokenStart, j);
          return push(out, j, k);
        }
      }
      j = k;
      continue;
    }
    break;
  }
  return push(out, tokenStart, j);
}

/** The first character after white space from `at`, or a space at the end of the sentence. */
function codeAfterSpace(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i < limit ? text.charCodeAt(i) : 0x20;
}

/** Nothing but closing marks and white space from `at` to the end of the sentence. */
function endsSentenceAt(text: string, at: number, limit: number): boolean {
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code) && !CLOSING.has(code)) return false;
  }
  return true;
}

const CLOSING = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x203a, 0x29, 0x5d, 0x7d, 0x201c, 0x2018, 0xab]);

/** The end of a URL or e-mail address that runs through `at`: the chunk's end, less trailing punctuation. */
function endOfAddress(text: string, at: number, end: number): number {
  let j = end;
  while (j > at + 1 && TRAILING_PUNCTUATION.has(text.charCodeAt(j - 1))) j--;
  return j;
}

const TRAILING_PUNCTUATION = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0x22, 0x27, 0x201d, 0x2019, 0xbb]);

/** After an apostrophe at `at - 1`: 's, 't, 'n … (the lexicon's elisions) or two digits ('90, '90s). */
export function isElision(text: string, at: number, end: number, lexicon: TextLexicon): boolean {
  if (at + 1 < end && charClass(text.charCodeAt(at)) === DIGIT && charClass(text.charCodeAt(at + 1)) === DIGIT) {
    if (at + 2 >= end) return true;
    const after = text.charCodeAt(at + 2);
    if (!isWordCode(after)) return true;
    return after === 0x73 && (at + 3 >= end || !isWordCode(text.charCodeAt(at + 3))); // '90s
  }
  let j = at;
  while (j < end && j - at < 8 && isLetterCode(text.charCodeAt(j))) j++;
  if (j === at || (j < end && isWordCode(text.charCodeAt(j)))) return false;
  return lexicon.elisions.has(text.slice(at, j).toLowerCase());
}

function push(out: number[], start: number, end: number): number {
  out.push(start, end);
  return end;
}
