import { memoizeBoundedPer } from '../core/memoize-bounded.ts';
import type { Analysis, Token } from '../core/types.ts';
import type { SpeechLexicon } from '../lang/speech-lexicon.ts';

/**
 * Coarse word classes the quote and coreference stages reason with. From the POS tags where
 * the `tag` stage has run; else guessed from the speech lexicon and capitals, so the stages
 * still work (less well) without a tagger.
 */
export type WordClass =
  | 'det' | 'pron' | 'name' | 'noun' | 'adj' | 'num' | 'verb' | 'adp' | 'conj' | 'adv' | 'punct' | 'quote' | 'other';

/** The tokens of an analysis with what the stages ask of them, computed once per stage run. */
export interface Words {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lexicon: SpeechLexicon;
  readonly classes: readonly WordClass[];
  /** Lower-cased token texts. */
  readonly lower: readonly string[];
  /** Index of the outermost quote span a token lies inside (marks included), else -1. */
  readonly quoteOf: Int32Array;
  /** Whether the token is the first word of its sentence (after any opening marks). */
  readonly sentenceInitial: Uint8Array;
  /** Whether POS tags were there to classify by. */
  readonly tagged: boolean;
}

const FROM_UPOS: Readonly<Record<string, WordClass>> = {
  DET: 'det', PRON: 'pron', PROPN: 'name', NOUN: 'noun', ADJ: 'adj', NUM: 'num', VERB: 'verb', AUX: 'verb',
  ADP: 'adp', CCONJ: 'conj', SCONJ: 'conj', ADV: 'adv', PUNCT: 'punct', SYM: 'punct', INTJ: 'other', PART: 'adv', X: 'other',
};

const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
const QUOTE_MARK = /^(?:[“”‘’„‚«»‹›"'`]|,,|''|``)$/;

/**
 * The words of an analysis, computed once: coreference and quotes both ask, and as long as the
 * tokens, sentences and quote spans are the same arrays the answer is the same.
 */
export function classifyWords(analysis: Analysis, lexicon: SpeechLexicon): Words {
  const cached = computed.get(analysis.tokens);
  if (cached !== undefined && cached.lexicon === lexicon && cached.sentences === analysis.sentences && cached.quoteSpans === analysis.quoteSpans && cached.words.text === analysis.text) return cached.words;
  const words = computeWords(analysis, lexicon);
  computed.set(analysis.tokens, { lexicon, sentences: analysis.sentences, quoteSpans: analysis.quoteSpans, words });
  return words;
}

const computed = new WeakMap<readonly Token[], { lexicon: SpeechLexicon; sentences: Analysis['sentences']; quoteSpans: Analysis['quoteSpans']; words: Words }>();

function computeWords(analysis: Analysis, lexicon: SpeechLexicon): Words {
  const { text, tokens } = analysis;
  const lower = tokens.map((t) => t.text.toLowerCase());
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const spans = analysis.quoteSpans;
  for (let q = 0, k = 0; q < spans.length; q++) {
    const span = spans[q];
    if (span.depth !== 0) continue;
    while (k < tokens.length && tokens[k].end <= span.start) k++;
    for (let j = k; j < tokens.length && tokens[j].start < span.end; j++) if (quoteOf[j] === -1) quoteOf[j] = q;
  }
  const sentenceInitial = new Uint8Array(tokens.length);
  for (const sentence of analysis.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (QUOTE_MARK.test(tokens[i].text)) continue;
      sentenceInitial[i] = 1;
      break;
    }
  }
  const tagged = tokens.length > 0 && tokens.every((t) => t.upos !== undefined);
  const classes = tokens.map((token, i): WordClass => {
    const first = token.text.charCodeAt(0);
    // Fast path: a token starting with an ASCII letter is a word.
    const asciiLetter = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a);
    if (!asciiLetter) {
      if (QUOTE_MARK.test(token.text)) return 'quote';
      if (!LETTER.test(token.text) && !/\d/.test(token.text)) return 'punct';
    }
    if (tagged) return refine(FROM_UPOS[token.upos as string] ?? 'other', lower[i], token.text, sentenceInitial[i] === 1, lexicon);
    return guess(lower[i], token.text, sentenceInitial[i] === 1, lexicon);
  });
  // A noun the lexicon knows, right after a determiner or adjective, is a noun whatever the
  // tagger said ("De verdachte ontkent", "de gearresteerde Kirgiziër").
  if (tagged) {
    for (let i = 1; i < classes.length; i++) {
      const cls = classes[i];
      const before = classes[i - 1];
      if ((cls === 'verb' || cls === 'adj') && (before === 'det' || before === 'adj') && (isPersonWord(lexicon, lower[i]) || isRoleWord(lexicon, lower[i]) || isGroupWord(lexicon, lower[i]))) classes[i] = 'noun';
    }
  }
  return { text, tokens, lexicon, classes, lower, quoteOf, sentenceInitial, tagged };
}

/** Tagger classes, corrected where the lexicon knows better (a capitalised role or person noun is a noun). */
function refine(cls: WordClass, word: string, surface: string, initial: boolean, lexicon: SpeechLexicon): WordClass {
  if (lexicon.pronouns.has(word) && (cls === 'pron' || cls === 'det')) return 'pron';
  if (cls === 'name' && (isPersonWord(lexicon, word) || isRoleWord(lexicon, word))) return 'noun';
  // A capitalised word the lexicon does not know as a function word, tagged as one, is a name
  // ("O'Neill" tagged ADV).
  if ((cls === 'adv' || cls === 'other') && UPPER.test(surface) && !lexicon.stops.has(word) && !lexicon.conjunctions.has(word) && !lexicon.expletives.has(word) && /^\p{Lu}\p{L}*['’]\p{Lu}/u.test(surface)) return 'name';
  // A proper noun without a capital is a tagging slip ("zaterdag"): a time word or a noun.
  if (cls === 'name' && !UPPER.test(surface)) return lexicon.stops.has(word) ? 'adv' : 'noun';
  if (cls === 'noun' && UPPER.test(surface) && !initial && !isPersonWord(lexicon, word) && !isRoleWord(lexicon, word) && !lexicon.groupNouns.has(word)) return 'name';
  return cls;
}

function guess(word: string, surface: string, initial: boolean, lexicon: SpeechLexicon): WordClass {
  if (/^\d/.test(word)) return 'num';
  if (lexicon.pronouns.has(word)) return 'pron';
  if (lexicon.determiners.has(word)) return 'det';
  if (isPersonWord(lexicon, word) || isRoleWord(lexicon, word)) return 'noun';
  if (UPPER.test(surface) && !initial) return 'name';
  if (lexicon.stops.has(word)) return 'adv';
  if (lexicon.verbForms.has(word) || lexicon.splitVerbForms.has(word)) return 'verb';
  if (UPPER.test(surface)) return lexicon.groupNouns.has(word) ? 'noun' : 'name';
  return 'noun';
}

/** Whether a word is a role noun, also as the last part of a compound where the language compounds ("landbouwminister"). */
export function isRoleWord(lexicon: SpeechLexicon, word: string): boolean {
  return lexicon.roles.has(word) || (lexicon.compounds && endsInListed(lexicon.roles, word));
}

/** Whether a word names a group or institution source ("kremlin", "oppositiepartij"). */
export function isGroupWord(lexicon: SpeechLexicon, word: string): boolean {
  return lexicon.groupNouns.has(word) || (lexicon.compounds && endsInListed(lexicon.groupNouns, word));
}

/** Whether the last part of a compound is in the list; answers are remembered per list (a bounded cache). */
const endsInListed = memoizeBoundedPer(100_000, searchSuffixes);

function searchSuffixes(list: ReadonlySet<string>, word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && list.has(word.slice(hyphen + 1))) return true;
  // The listed part is at least four letters, so "kanon" is not a "non"; and no longer than the
  // longest listed word, so a 30,000-letter "word" costs no more than a short one.
  const from = Math.max(3, word.length - longestIn(list));
  for (let cut = from; cut <= word.length - 4; cut++) if (list.has(word.slice(cut))) return true;
  return false;
}

const longest = new WeakMap<ReadonlySet<string>, number>();

/** Length of the longest word in a list (remembered per list). */
function longestIn(list: ReadonlySet<string>): number {
  let length = longest.get(list);
  if (length === undefined) {
    length = 0;
    for (const word of list) length = Math.max(length, word.length);
    longest.set(list, length);
  }
  return length;
}

/** Whether a word is a person noun that is not a role ("verdachte", "Kirgiziër"), also as the last part of a compound ("Wimbledon-winnares"). */
export function isPersonWord(lexicon: SpeechLexicon, word: string): boolean {
  return lexicon.personNouns.has(word) || (lexicon.compounds && endsInListed(lexicon.personNouns, word));
}
