import type { Analysis, Span } from '../core/types.ts';
import type { Words } from './classify-words.ts';
import { chunkBackward, chunkForward, type Phrase } from './chunk-noun-phrases.ts';
import { findCueSubject, findPhraseAfter } from './find-cue-subject.ts';
import type { Cue } from './find-speech-cues.ts';
import type { QuoteCandidate } from './quote-candidate.ts';

const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
const REGION_STOP = new Set(['.', '!', '?', '…', ':', ';', '(']);
const FIRST_PERSON = /\b(?:ik|me|mij|mijn|we|wij|ons|onze|i|me|my|we|us|our)\b/i;
const LETTERS = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
const SINGLE_STYLES = new Set(['curly-single', 'straight-single', 'low-single']);

/** Where an attribution next to a quote ends, so a quote right after it continues it ("…'', aldus Jansen, ,,…''"). */
interface Attribution {
  readonly end: number;
  readonly cue: Cue | null;
  readonly speaker: Phrase | null;
  readonly paragraph: number;
}

/**
 * Direct speech: each outermost pair of quotation marks whose words are ascribed to a source.
 * The attribution is looked for after the quote ("…”, zei X", "…,” X said", "…'', aldus X"),
 * then before it ("X zei: ,,…''", "Naam: ,,…''", "zei hij dat ,,…''"); a quote right after an
 * attribution continues it (an interrupted quote: two records, one speaker); a quote standing
 * alone at the start of a sentence, long enough to be speech and not a title, is kept with its
 * source left to context (`via: 'carried'`). Short quotes inside a sentence without an
 * attribution are scare quotes or titles, not speech.
 */
export function findDirectQuotes(analysis: Analysis, words: Words, cueAt: ReadonlyMap<number, Cue>): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const { tokens, lower, classes } = words;
  const paragraphOf = (t: number): number => analysis.sentences[tokens[t].sentence].paragraph;
  let previous: Attribution | null = null;
  /** The last direct quote when its marks were left open at the end of its paragraph. */
  let runOn: { paragraph: number; candidate: QuoteCandidate } | null = null;

  analysis.quoteSpans.forEach((span, q) => {
    if (span.depth !== 0) return;
    const content = trimmed(words.text, span.inner);
    if (content === null) return;
    const open = firstTokenAt(tokens, span.start);
    const innerStart = firstTokenAt(tokens, span.inner.start);
    const innerEnd = firstTokenAt(tokens, span.inner.end);
    const after = firstTokenAt(tokens, span.end);
    if (open >= tokens.length) return;
    const paragraph = paragraphOf(open);
    if (analysis.paragraphs[paragraph]?.kind === 'heading') return;
    let wordCount = 0;
    for (let k = innerStart; k < innerEnd; k++) if (LETTERS.test(tokens[k].text)) wordCount++;
    // A cue in scare quotes (‘bekende’) is a cue, not a quote; a word or three inside a sentence
    // ("het ‘buitenland’", "aan 'man' denken") is a scare quote or a term, not speech.
    if (wordCount === 1 && cueAt.has(innerStart)) return;
    if (wordCount <= 3 && open > 0 && isWordToken(words, open - 1) && tokens[open - 1].sentence === tokens[open].sentence) return;

    const openRunOn = runOn;
    runOn = null;
    const push = (candidate: Omit<QuoteCandidate, 'kind' | 'content' | 'quoteSpan'>, attributionEnd: number): void => {
      const full: QuoteCandidate = { kind: 'direct', content, quoteSpan: q, ...candidate };
      out.push(full);
      if (attributionEnd >= 0) previous = { end: attributionEnd, cue: candidate.cue, speaker: candidate.speaker, paragraph };
      if (!span.closed) runOn = { paragraph, candidate: full };
    };

    // 1. After the quote: ", zei X", ", aldus X", ", X said".
    // A quote that ends its sentence ("….'' Theo de Rooij stond …") has nothing after it.
    const endsSentence = innerEnd > innerStart && /^[.!?…]$/.test(tokens[innerEnd - 1].text) && after < tokens.length && UPPER.test(tokens[after].text);
    const regionEnd = endsSentence ? after : regionAfter(words, after, paragraphOf, paragraph);
    let k = after;
    while (k < regionEnd && (lower[k] === ',' || lower[k] === '-' || lower[k] === '–')) k++;
    if (k < regionEnd) {
      const cue = cueAt.get(k);
      if (cue !== undefined && (cue.kind !== 'verb' || cue.verbKind !== null)) {
        const speaker = findPhraseAfter(words, cue.end, regionEnd);
        if (speaker !== null) {
          push({ cue, speaker, via: 'frame', confidence: 0.9 }, attributionEndAfter(words, speaker.end, regionEnd, cue));
          return;
        }
      }
      const phrase = chunkForward(words, k, regionEnd);
      if (phrase !== null) {
        let c = phrase.end;
        while (c < regionEnd && classes[c] === 'adv' && c - phrase.end < 2) c++;
        const cue2 = cueAt.get(c);
        if (cue2 !== undefined && cue2.kind === 'verb') {
          push({ cue: cue2, speaker: phrase, via: 'frame', confidence: 0.9 }, attributionEndAfter(words, c + 1, regionEnd, cue2));
          return;
        }
      }
    }

    // 2. A quote that continues an attribution right before it.
    const prev = previous as Attribution | null;
    if (prev !== null && prev.paragraph === paragraph && onlyGlueBetween(words, prev.end, open, cueAt)) {
      push({ cue: prev.cue, speaker: prev.speaker, via: 'continuation', confidence: 0.85 }, -1);
      return;
    }

    // 3. Before the quote: "X zei: …", "Naam: …", "zei hij dat …", "He said, …".
    const regionStart = regionBefore(words, open, paragraphOf, paragraph);
    const b = open - 1;
    if (b >= regionStart) {
      const lastCue = lastVerbCue(cueAt, regionStart, b);
      if (lower[b] === ':') {
        if (lastCue !== null) {
          const speaker = findCueSubject(words, lastCue, regionStart, b);
          if (speaker !== null) {
            push({ cue: lastCue, speaker, via: 'frame', confidence: 0.85 }, -1);
            return;
          }
        }
        const phrase = chunkBackward(words, b - 1, regionStart);
        if (phrase !== null && onlyConjunctionsBefore(words, regionStart, phrase.start)) {
          push({ cue: null, speaker: phrase, via: 'name-colon', confidence: 0.85 }, -1);
          return;
        }
      } else if (lastCue !== null && lastCue.end >= b - 3 && (words.lexicon.complementizers.has(lower[b]) || lower[b] === ',' || lastCue.end === open)) {
        const speaker = findCueSubject(words, lastCue, regionStart, b);
        if (speaker !== null) {
          push({ cue: lastCue, speaker, via: 'frame', confidence: 0.85 }, -1);
          return;
        }
      }
    }

    // 4. A quote that runs on from the previous paragraph keeps its source.
    const carried = openRunOn as { paragraph: number; candidate: QuoteCandidate } | null;
    if (carried !== null && carried.paragraph === paragraph - 1) {
      push({ cue: carried.candidate.cue, speaker: carried.candidate.speaker, via: carried.candidate.speaker ? 'continuation' : 'carried', confidence: 0.75 }, -1);
      return;
    }

    // 5. Standing alone: speech when it opens a sentence, is long enough and is not a title.
    if (!opensSentence(words, open, analysis) || precededByTitleNoun(words, open, regionStart)) return;
    const inner = words.text.slice(content.start, content.end);
    const hasStop = /[.!?]/.test(inner);
    const firstPerson = FIRST_PERSON.test(inner);
    if (wordCount < 4 && !(hasStop && wordCount >= 2)) return;
    if (SINGLE_STYLES.has(span.style) && wordCount < 6 && !firstPerson && !hasStop) return;
    if (looksLikeTitle(words, innerStart, innerEnd, wordCount)) return;
    push({ cue: null, speaker: null, via: 'carried', confidence: firstPerson ? 0.65 : 0.55 }, -1);
  });
  return out;
}

/** `span` without surrounding white space, or null when nothing is left. */
function trimmed(text: string, span: Span): Span | null {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Index of the first token that starts at or after `offset`. */
export function firstTokenAt(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** End (exclusive) of the attribution region after a quote: up to a full stop, colon, the next quotation or the paragraph's end. */
function regionAfter(words: Words, from: number, paragraphOf: (t: number) => number, paragraph: number): number {
  let k = from;
  while (k < words.tokens.length && k - from < 16) {
    if (REGION_STOP.has(words.lower[k]) || words.classes[k] === 'quote' || paragraphOf(k) !== paragraph) break;
    k++;
  }
  return k;
}

/** Start of the region before a quote: back to a full stop, a previous quotation or the paragraph's start. */
function regionBefore(words: Words, open: number, paragraphOf: (t: number) => number, paragraph: number): number {
  let k = open - 1;
  // The colon or comma right before the marks belongs to the region.
  if (k >= 0 && (words.lower[k] === ':' || words.lower[k] === ',')) k--;
  while (k >= 0 && open - k < 30) {
    if (SENTENCE_END.has(words.lower[k]) || words.classes[k] === 'quote' || paragraphOf(k) !== paragraph) break;
    k--;
  }
  return k + 1;
}

/** Where an attribution after a quote ends: past its phrase, a particle and trailing adverbs ("zei Trimble gisteren"). */
function attributionEndAfter(words: Words, from: number, regionEnd: number, cue: Cue): number {
  let k = Math.max(from, cue.particle + 1);
  while (k < regionEnd && (words.classes[k] === 'adv' || words.lexicon.stops.has(words.lower[k])) && !words.lexicon.complementizers.has(words.lower[k])) k++;
  return k;
}

function isWordToken(words: Words, k: number): boolean {
  const cls = words.classes[k];
  return cls !== 'punct' && cls !== 'quote';
}

/**
 * Only the rest of the attribution lies between: punctuation ("…'', aldus Jansen, ,,…''") or
 * a few words closing its sentence ("…,” said Caddell, speaking of the issue. “…”), with no
 * other quotation and no other speech verb.
 */
function onlyGlueBetween(words: Words, from: number, to: number, cueAt: ReadonlyMap<number, Cue>): boolean {
  if (to < from || to - from > 12) return false;
  let ended = false;
  for (let k = from; k < to; k++) {
    if (words.classes[k] === 'quote' || cueAt.has(k)) return false;
    if (ended) return false;
    if (SENTENCE_END.has(words.lower[k])) ended = true;
  }
  return true;
}

function onlyConjunctionsBefore(words: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!words.lexicon.conjunctions.has(words.lower[k])) return false;
  return true;
}

function lastVerbCue(cueAt: ReadonlyMap<number, Cue>, from: number, to: number): Cue | null {
  for (let k = to - 1; k >= from; k--) {
    const cue = cueAt.get(k);
    if (cue !== undefined && cue.kind === 'verb') return cue;
  }
  return null;
}

/** The quote's opening mark begins a sentence: the first token, or right after a full stop, a colon or another quotation. */
function opensSentence(words: Words, open: number, analysis: Analysis): boolean {
  if (open === 0) return true;
  const sentence = analysis.sentences[words.tokens[open].sentence];
  if (sentence.tokenStart === open) return true;
  const before = words.lower[open - 1];
  return SENTENCE_END.has(before) || before === ':' || words.classes[open - 1] === 'quote';
}

function precededByTitleNoun(words: Words, open: number, regionStart: number): boolean {
  for (let k = open - 1; k >= Math.max(regionStart, open - 2); k--) if (words.lexicon.titleNouns.has(words.lower[k])) return true;
  return false;
}

/** Most words capitalised and no sentence punctuation: a title or a name ("De ontdekking van de hemel"). */
function looksLikeTitle(words: Words, from: number, to: number, wordCount: number): boolean {
  if (wordCount > 8) return false;
  let capitals = 0;
  for (let k = from; k < to; k++) {
    const surface = words.tokens[k].text;
    if (SENTENCE_END.has(surface)) return false;
    if (UPPER.test(surface) && k > from) capitals++;
  }
  return capitals >= Math.max(1, (wordCount - 1) / 2);
}
