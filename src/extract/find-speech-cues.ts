import type { QuoteSpan, Sentence } from '../core/types.ts';
import type { SpeechLexicon, SpeechVerb, SpeechVerbKind } from '../lang/speech-lexicon.ts';
import type { Words } from './classify-words.ts';

/**
 * A word or phrase that introduces speech: a speech verb ("zei", "liet … weten", "said"), an
 * according-marker ("volgens", "in de ogen van", "according to") or a closing marker ("aldus").
 * Token indices; `end` is exclusive.
 */
export interface Cue {
  readonly kind: 'verb' | 'according' | 'closing';
  readonly start: number;
  readonly end: number;
  /** For a verb: the strongest reading of the form (speech before belief before frame). */
  readonly verbKind: SpeechVerbKind | null;
  readonly lemma: string | null;
  /** Token of the particle of a split verb ("toe" of "voegde … toe"), else -1. */
  readonly particle: number;
  /** The cue stands alone in quotation marks ("die ‘bekende’ dat …"): still a cue. */
  readonly scare: boolean;
}

const RANK: Readonly<Record<SpeechVerbKind, number>> = { speech: 0, belief: 1, frame: 2 };
const UPPER = /^\p{Lu}/u;

/** The cues of one sentence, left to right. Words inside a quotation are skipped unless the quotation is that one word. */
export function findSpeechCues(words: Words, sentence: Sentence, quoteSpans: readonly QuoteSpan[]): Cue[] {
  const { lexicon, lower, classes, tokens, quoteOf } = words;
  const cues: Cue[] = [];
  const accordingStarts = firstWords(lexicon.according);
  const closingStarts = firstWords(lexicon.closing);
  const starts = cueStarts(lexicon);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!starts.has(lower[i])) continue;
    let scare = false;
    if (quoteOf[i] !== -1) {
      if (classes[i] === 'quote') continue;
      const span = quoteSpans[quoteOf[i]];
      // The one word between the marks: ‘bekende’.
      if (!(tokens[i].start - span.inner.start <= 1 && span.inner.end - tokens[i].end <= 1)) continue;
      scare = true;
    }
    const marker = accordingStarts.has(lower[i]) ? matchPhrase(lower, i, sentence.tokenEnd, lexicon.according) ?? -1 : -1;
    if (marker > i) {
      cues.push({ kind: 'according', start: i, end: marker, verbKind: null, lemma: null, particle: -1, scare });
      i = marker - 1;
      continue;
    }
    const closing = closingStarts.has(lower[i]) ? matchPhrase(lower, i, sentence.tokenEnd, lexicon.closing) ?? -1 : -1;
    if (closing > i) {
      cues.push({ kind: 'closing', start: i, end: closing, verbKind: null, lemma: null, particle: -1, scare });
      i = closing - 1;
      continue;
    }
    const splits = lexicon.splitVerbForms.get(lower[i]);
    const forms = lexicon.verbForms.get(lower[i]);
    if ((splits === undefined && forms === undefined) || !isVerbUse(words, i, sentence)) continue;
    // A separable verb whose particle follows is that verb ("roept … op" is not "roept").
    let found = false;
    for (const split of splits ?? []) {
      const particle = findParticle(words, i + 1, sentence.tokenEnd, split.particle ?? '');
      if (particle !== -1) {
        cues.push({ kind: 'verb', start: i, end: i + 1, verbKind: split.kind, lemma: split.lemma, particle, scare });
        found = true;
        break;
      }
    }
    if (found) continue;
    const verb = strongest(forms);
    if (verb && isReflexiveUse(words, i, sentence.tokenEnd)) continue;
    if (verb) cues.push({ kind: 'verb', start: i, end: i + 1, verbKind: verb.kind, lemma: verb.lemma, particle: -1, scare });
  }
  return cues;
}

function strongest(verbs: readonly SpeechVerb[] | undefined): SpeechVerb | null {
  if (!verbs || verbs.length === 0) return null;
  let best = verbs[0];
  for (const verb of verbs) if (RANK[verb.kind] < RANK[best.kind]) best = verb;
  return best;
}

/** Not a noun ("het zeggen", "the report"), not part of a name ("Washington Post"), a verb where tags say so. */
function isVerbUse(words: Words, i: number, sentence: Sentence): boolean {
  const { classes, lexicon, lower, tokens } = words;
  // The forms are verb forms; a tag says no only where it is a function word ("zei" is never a noun,
  // and a tagger that calls "erkent" a noun is wrong more often than the lexicon).
  const cls = classes[i];
  if (words.tagged && (cls === 'det' || cls === 'adp' || cls === 'pron' || cls === 'conj' || cls === 'num')) return false;
  if (i > sentence.tokenStart && (classes[i - 1] === 'det' || lexicon.determiners.has(lower[i - 1])) && !lexicon.pronouns.has(lower[i - 1])) return false;
  if (UPPER.test(tokens[i].text) && words.sentenceInitial[i] === 0) return false;
  return true;
}

/** "meldde Boogerd zich", "meldt zich": with a reflexive right after the verb (or its subject) it is another verb. */
function isReflexiveUse(words: Words, i: number, limit: number): boolean {
  for (let k = i + 1; k < limit && k <= i + 3; k++) {
    if (words.lexicon.reflexives.has(words.lower[k])) return true;
    if (words.classes[k] === 'punct' || words.classes[k] === 'quote' || words.lexicon.complementizers.has(words.lower[k])) return false;
  }
  return false;
}

/** The particle of a split verb later in the clause: before a complementizer, a colon, a comma or a quotation. */
function findParticle(words: Words, from: number, to: number, particle: string): number {
  const { lower, classes, lexicon } = words;
  for (let k = from; k < to && k < from + 12; k++) {
    if (lower[k] === particle) return k;
    // "voegde hij eraan toe": the particle may follow a pronominal adverb.
    if (lexicon.complementizers.has(lower[k]) || classes[k] === 'quote' || lower[k] === ':' || lower[k] === ',' || lower[k] === ';') return -1;
  }
  return -1;
}

const firstWordSets = new WeakMap<readonly (readonly string[])[], Set<string>>();
const cueStartSets = new WeakMap<SpeechLexicon, Set<string>>();

/** Every word a cue can start with: the first words of the according and closing phrases, and the speech-verb forms (split or not). */
function cueStarts(lexicon: SpeechLexicon): ReadonlySet<string> {
  let starts = cueStartSets.get(lexicon);
  if (starts === undefined) {
    starts = new Set([...firstWords(lexicon.according), ...firstWords(lexicon.closing), ...lexicon.splitVerbForms.keys(), ...lexicon.verbForms.keys()]);
    cueStartSets.set(lexicon, starts);
  }
  return starts;
}

/** The first words of a list of phrases, as a set made once per list. */
function firstWords(phrases: readonly (readonly string[])[]): ReadonlySet<string> {
  let first = firstWordSets.get(phrases);
  if (first === undefined) {
    first = new Set(phrases.map((phrase) => phrase[0]));
    firstWordSets.set(phrases, first);
  }
  return first;
}

/** End (exclusive) of the first phrase of `phrases` that matches the words from `i`, or null (the caller has checked `lower[i]` against `firstWords(phrases)`). */
function matchPhrase(lower: readonly string[], i: number, limit: number, phrases: readonly (readonly string[])[]): number | null {
  for (const phrase of phrases) {
    if (i + phrase.length > limit) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if (lower[i + k] !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return i + phrase.length;
  }
  return null;
}
