/**
 * What the text layer (paragraphs, quotation marks, sentences, tokens) knows about a language.
 * Loaded from `src/lang/<code>/abbreviations.json` and `src/lang/<code>/tokens.json` by
 * `src/lang/<code>/text.ts`; every set is lower-case unless its comment says otherwise.
 */
export interface TextLexicon {
  /**
   * Words written with a final full stop that does not end the sentence, stored without that
   * stop and as written ("dr", "d.w.z", "U.S", "Mr"). A word matches as written or with its
   * first letter lower-cased ("Dr." at the start of a sentence matches "dr").
   */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * Abbreviations (as in `abbreviations`) that often close a sentence ("etc", "enz", "Inc"): a
   * word from `sentenceStarters` after them starts a new sentence; after the others it does not.
   */
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
  /**
   * Capitalised words that start a sentence rather than continue a name ("De", "Maar", "The"),
   * as written: after an initial ("eigenschap B. Maar …") they mark a new sentence.
   */
  readonly sentenceStarters: ReadonlySet<string>;
  /**
   * Capitalised words that start a sentence even after a lower-case word without punctuation,
   * as written: where line breaks were lost ("… legcapaciteit In ontwikkelingslanden …").
   * Words that begin names or titles ("De", "Het", "The") are not in it.
   */
  readonly startersAfterLowerCase: ReadonlySet<string>;
  /** Abbreviations only before a number ("nr. 5", "No. 1", "p. 12"), as written and without their stop. */
  readonly beforeNumbers: ReadonlySet<string>;
  /**
   * Words that start with an apostrophe and are one token with it, without the apostrophe:
   * "s" ('s avonds, 's-Hertogenbosch), "t", "n". Two digits ('90) always are.
   */
  readonly elisions: ReadonlySet<string>;
  /** Whether a hyphen inside a word is a token of its own (English UD) or part of the word (Dutch). */
  readonly splitHyphens: boolean;
  /** With `splitHyphens`: first parts that keep their hyphen ("e-mail", "re-elect", "non-human"). */
  readonly hyphenPrefixes: ReadonlySet<string>;
  /** Symbols that stay in a number's token when they follow it directly (Dutch UD: "5%"). */
  readonly numberSuffixes: ReadonlySet<string>;
}

/** The JSON shape of `abbreviations.json`. */
export interface AbbreviationsFile {
  readonly _source: string;
  readonly abbreviations: readonly string[];
  readonly sentenceFinal: readonly string[];
  readonly sentenceStarters: readonly string[];
  readonly beforeNumbers: readonly string[];
  readonly startersAfterLowerCase: readonly string[];
}

/** The JSON shape of `tokens.json`. */
export interface TokenRulesFile {
  readonly _source: string;
  readonly elisions: readonly string[];
  readonly splitHyphens: boolean;
  readonly hyphenPrefixes: readonly string[];
  readonly numberSuffixes: readonly string[];
}

/** Builds a `TextLexicon` from the two files; an abbreviation is stored without its final stop. */
export function buildTextLexicon(abbreviations: AbbreviationsFile, tokens: TokenRulesFile): TextLexicon {
  const strip = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
  return {
    abbreviations: new Set(abbreviations.abbreviations.map(strip)),
    sentenceFinalAbbreviations: new Set(abbreviations.sentenceFinal.map(strip)),
    sentenceStarters: new Set(abbreviations.sentenceStarters),
    beforeNumbers: new Set(abbreviations.beforeNumbers.map(strip)),
    startersAfterLowerCase: new Set(abbreviations.startersAfterLowerCase),
    elisions: new Set(tokens.elisions),
    splitHyphens: tokens.splitHyphens,
    hyphenPrefixes: new Set(tokens.hyphenPrefixes),
    numberSuffixes: new Set(tokens.numberSuffixes),
  };
}
