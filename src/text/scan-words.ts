import type { TextLexicon } from '../lang/text-lexicon.ts';
import { ABBREVIATION, FINAL_ABBREVIATION, classifyAbbreviation } from './classify-abbreviation.ts';
import { LOWER, charClass, isDigitCode, isLetterCode, isSpaceCode, isWordCode } from './char-class.ts';
import { endOfAddress } from './end-of-address.ts';
import { isElision } from './is-elision.ts';

/**
 * The token scanner of `tokenize`: it cuts `text[start, end)` (a sentence) into tokens and
 * pushes each as a pair of offsets onto `out` (start, end, start, end, …). One pass over the
 * characters, no regular expressions. `closeMarks` holds the offsets of closing quotation
 * marks (from `pair-quote-marks`), which are never part of a word.
 *
 * A token is a word (letters and digits, joined inside by hyphens, full stops, apostrophes and,
 * between digits, commas, colons and slashes), a run of the same punctuation ("...", "--",
 * "?!"), the typed Dutch quotation marks ",," and "''", a URL or e-mail address, an emoticon,
 * or one other character. A full stop after an abbreviation is part of it ("d.w.z.", "U.S.").
 */
export function scanTokens(text: string, start: number, end: number, lexicon: TextLexicon, closeMarks: ReadonlySet<number>, out: number[]): void {
  const scanner = new Scanner(text, end, lexicon, closeMarks, out);
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    let chunkEnd = i + 1;
    while (chunkEnd < end && !isSpaceCode(text.charCodeAt(chunkEnd))) chunkEnd++;
    scanner.chunk(i, chunkEnd);
    i = chunkEnd;
  }
}

const RUN_MARKS = new Set([0x2e, 0x21, 0x3f]); // . ! ? : mixed runs are one token ("...", "?!")
const REPEATABLE = new Set([0x2d, 0x3d, 0x2a, 0x5f, 0x7e, 0x2b, 0x23, 0x3e, 0x3c, 0x2f, 0x24, 0x2014, 0x2013]); // - = * _ ~ + # > < / $ — –
const EMOTICON_MOUTHS = new Set([0x29, 0x28, 0x44, 0x50, 0x70]); // ) ( D P p

class Scanner {
  constructor(
    private readonly text: string,
    /** End of the sentence. */
    private readonly limit: number,
    private readonly lexicon: TextLexicon,
    private readonly closeMarks: ReadonlySet<number>,
    private readonly out: number[],
  ) {}

  /** Tokens of one run of non-space characters. */
  chunk(start: number, end: number): void {
    let i = start;
    while (i < end) {
      i = charClass(this.text.charCodeAt(i)) >= LOWER ? this.word(i, i, end) : this.punctuation(i, end);
    }
  }

  private push(start: number, end: number): number {
    this.out.push(start, end);
    return end;
  }

  private punctuation(i: number, end: number): number {
    const text = this.text;
    const code = text.charCodeAt(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    // ,, '' `` typed quotation marks
    if ((code === 0x2c || code === 0x27 || code === 0x60) && next === code) {
      // ",,," is a comma and then ,, (",'' zei hij,,,maar")
      if (code === 0x2c && i + 2 < end && text.charCodeAt(i + 2) === code) return this.push(i, i + 1);
      return this.push(i, i + 2);
    }
    // 's 't '90: an apostrophe that elides is part of its word
    if ((code === 0x27 || code === 0x2019 || code === 0x2018) && isElision(text, i + 1, end, this.lexicon) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) {
      return this.word(i, i + 1, end);
    }
    // #hashtag
    if (code === 0x23 && next !== -1 && isLetterCode(next)) return this.word(i, i + 1, end);
    // :) :-( ;P
    if (code === 0x3a || code === 0x3b) {
      const mouth = next === 0x2d ? i + 2 : i + 1;
      if (mouth < end && EMOTICON_MOUTHS.has(text.charCodeAt(mouth)) && (mouth + 1 >= end || !isWordCode(text.charCodeAt(mouth + 1)))) {
        return this.push(i, mouth + 1);
      }
    }
    if (RUN_MARKS.has(code)) {
      let j = i + 1;
      while (j < end && RUN_MARKS.has(text.charCodeAt(j))) j++;
      return this.push(i, j);
    }
    if (REPEATABLE.has(code)) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === code) j++;
      return this.push(i, j);
    }
    // a surrogate pair (emoji, rare scripts) stays whole
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return this.push(i, i + 2);
    return this.push(i, i + 1);
  }

  /**
   * A word from `from` (the token starts at `tokenStart`, which is before `from` when an
   * apostrophe or # leads) to at most `end`. Returns where scanning goes on.
   */
  private word(tokenStart: number, from: number, end: number): number {
    const { text, lexicon } = this;
    let j = from;
    let partStart = from; // start of the current hyphen- or slash-joined part
    for (;;) {
      while (j < end && charClass(text.charCodeAt(j)) >= LOWER) j++;
      if (j >= end) break;
      const code = text.charCodeAt(j);
      const next = j + 1 < end ? text.charCodeAt(j + 1) : -1;
      const prev = text.charCodeAt(j - 1);
      const nextIsWord = next !== -1 && isWordCode(next);
      if (code === 0x2d || code === 0x2010 || code === 0x2011) {
        // hyphen: Dutch joins words; English only after a prefix (e-mail) or between digits
        if (nextIsWord) {
          if (!lexicon.splitHyphens || (isDigitCode(prev) && isDigitCode(next)) || lexicon.hyphenPrefixes.has(text.slice(partStart, j).toLowerCase())) {
            j++;
            partStart = j;
            continue;
          }
          break;
        }
        // "olie- en gasbedrijven", "re- …": a hyphen that ends the word belongs to it
        if (isLetterCode(prev) && (next === -1 || next === 0x2c || next === 0x2f)) j++;
        break;
      }
      if (code === 0x2e) {
        // full stop
        if (nextIsWord) {
          j++;
          continue;
        }
        if (next !== 0x2e) {
          const kind = classifyAbbreviation(text, from, j, lexicon, this.codeAfterSpace(j + 1));
          if (kind === ABBREVIATION || kind === FINAL_ABBREVIATION) {
            // "St.-Janstraat", "O.L.V.-college"
            if (next === 0x2d && !lexicon.splitHyphens && j + 2 < end && isWordCode(text.charCodeAt(j + 2))) {
              j += 2;
              partStart = j;
              continue;
            }
            // An initial gives up the stop that ends the sentence ("eigenschap B" "."); other
            // abbreviations keep it ("enz.", "etc.", "U.S.") as in the UD treebanks.
            if (!(j - from === 1 && this.endsSentenceAt(j + 1))) j++;
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
        if (code === 0x3a && next === 0x2f && j + 2 < end && text.charCodeAt(j + 2) === 0x2f) j = endOfAddress(text, j, end);
        break;
      }
      if (code === 0x2f) {
        // slash: Dutch joins words (en/of); English digits (08/16/2000) and one letter (b/c, w/)
        const oneLetter = j - partStart === 1 && isLetterCode(prev);
        if (!lexicon.splitHyphens ? nextIsWord : (isDigitCode(prev) && next !== -1 && isDigitCode(next)) || (oneLetter && nextIsWord)) {
          j++;
          partStart = j;
          continue;
        }
        if (lexicon.splitHyphens && oneLetter && !nextIsWord) j++;
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
        // apostrophe inside a word: zo'n, don't, John's (UD keeps these as one surface token);
        // after a final s it is part of the word (parents', Jezus') unless it closes a quotation
        if (nextIsWord && !this.closeMarks.has(j)) {
          j++;
          continue;
        }
        if ((prev === 0x73 || prev === 0x78 || prev === 0x7a) && !nextIsWord && !this.closeMarks.has(j)) j++;
        break;
      }
      break;
    }
    return this.push(tokenStart, j);
  }

  /** The first character after white space from `at`, or a space at the end of the sentence. */
  private codeAfterSpace(at: number): number {
    let i = at;
    while (i < this.limit && isSpaceCode(this.text.charCodeAt(i))) i++;
    return i < this.limit ? this.text.charCodeAt(i) : 0x20;
  }

  /** Nothing but closing marks and white space from `at` to the end of the sentence. */
  private endsSentenceAt(at: number): boolean {
    for (let i = at; i < this.limit; i++) {
      const code = this.text.charCodeAt(i);
      if (!isSpaceCode(code) && !CLOSING.has(code)) return false;
    }
    return true;
  }
}

const CLOSING = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x203a, 0x29, 0x5d, 0x7d, 0x201c, 0x2018, 0xab]);
