import type { Analysis, Sentence } from '../core/types.ts';
import type { Words } from './classify-words.ts';
import { chunkBackward, chunkForward, type Phrase } from './chunk-noun-phrases.ts';
import { findCueSubject, findPhraseAfter } from './find-cue-subject.ts';
import type { Cue } from './find-speech-cues.ts';
import type { QuoteCandidate } from './quote-candidate.ts';

const FINAL = new Set(['.', '!', '?', '…', ';', ':']);
const CLAUSE_OPEN = new Set([',', ':', ';', '(', '-', '–', '—']);
/** Verbs whose addressee comes before the reported clause: "X told reporters (that) …". */
const ADDRESSEE_FIRST = new Set(['tell', 'inform', 'remind', 'assure', 'reassure', 'warn', 'urge', 'vertellen', 'verzekeren', 'waarschuwen', 'beloven']);

/**
 * Reported speech, sentence by sentence: "X zegt dat …" (the source before or, inverted, after
 * the verb), "…, zegt X" and "…, X said" (the source closing the statement, which may go on
 * after it: two records), "volgens X …" / "according to X" (the statement is the rest of the
 * clause; where the marker stands inside the clause the whole clause, cue and source
 * included), "…, aldus X", and in English "X said …" without "that". Questions are not
 * statements ("wat zegt dat?").
 */
export function findReportedSpeech(analysis: Analysis, words: Words, cuesBySentence: readonly (readonly Cue[])[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    const cues = cuesBySentence[s];
    if (cues.length === 0) return;
    const bounds = contentBounds(words, sentence);
    if (bounds === null) return;
    const question = endsWithQuestion(words, sentence);
    for (const cue of cues) {
      if (cue.kind === 'according') proposeAccording(words, bounds, cue, out);
      else if (cue.kind === 'closing') proposeClosing(words, bounds, cue, out);
      else if (cue.verbKind !== 'frame' && !question) proposeVerb(words, bounds, cue, out);
    }
  });
  return out;
}

interface Bounds {
  /** First word token of the sentence (after opening marks). */
  readonly first: number;
  /** One past the last word token (before final punctuation and closing marks). */
  readonly last: number;
}

function contentBounds(words: Words, sentence: Sentence): Bounds | null {
  let first = sentence.tokenStart;
  let last = sentence.tokenEnd;
  while (first < last && (words.classes[first] === 'quote' || words.classes[first] === 'punct')) first++;
  while (last > first && (words.classes[last - 1] === 'quote' || words.classes[last - 1] === 'punct')) {
    // A closing mark whose opening mark is inside the sentence stays ("… en ‘bandieten’.").
    if (words.classes[last - 1] === 'quote' && opensWithin(words, last - 1, first)) break;
    last--;
  }
  return last > first ? { first, last } : null;
}

function opensWithin(words: Words, close: number, first: number): boolean {
  const q = words.quoteOf[close];
  if (q === -1) return false;
  for (let k = close - 1; k >= first; k--) {
    if (words.quoteOf[k] !== q) return k >= first && words.classes[k + 1] === 'quote' && k + 1 < close;
  }
  return false;
}

function endsWithQuestion(words: Words, sentence: Sentence): boolean {
  for (let k = sentence.tokenEnd - 1; k >= sentence.tokenStart; k--) {
    if (words.classes[k] === 'quote') continue;
    return words.lower[k] === '?';
  }
  return false;
}

function candidate(words: Words, from: number, to: number, cue: Cue, speaker: Phrase | null, via: QuoteCandidate['via'], confidence: number): QuoteCandidate | null {
  let a = from;
  let b = to;
  while (a < b && (words.classes[a] === 'punct' || words.lower[a] === ',')) a++;
  while (b > a && (words.classes[b - 1] === 'punct' || words.lower[b - 1] === ',')) b--;
  if (b <= a) return null;
  return { kind: 'indirect', content: { start: words.tokens[a].start, end: words.tokens[b - 1].end }, cue, speaker, via, confidence, quoteSpan: -1 };
}

function push(out: QuoteCandidate[], c: QuoteCandidate | null): void {
  if (c !== null) out.push(c);
}

/** "X zegt dat …", "Gisteren zei X dat …", "X said (that) …", "…, zegt X", "…, X said". */
function proposeVerb(words: Words, bounds: Bounds, cue: Cue, out: QuoteCandidate[]): void {
  const { lower, classes, lexicon } = words;
  const confidence = cue.verbKind === 'belief' ? 0.75 : 0.85;
  const afterVerb = Math.max(cue.end, cue.particle + 1);

  // Inversion: the source closes the statement ("…, zegt ook president Tokajev.").
  const inverted = findInversion(words, bounds, cue);
  if (inverted !== null) {
    push(out, candidate(words, bounds.first, inverted.comma, cue, inverted.speaker, 'inversion', confidence - 0.05));
    // "…, zegt Chittister, alleen in …": the statement goes on after the attribution.
    if (inverted.resume !== -1) push(out, candidate(words, inverted.resume, bounds.last, cue, inverted.speaker, 'inversion', confidence - 0.05));
    return;
  }

  // "dat"/"that" within a few words after the verb (and its addressee).
  // ("Clinton says at a campaign stop in Toledo, Ohio, that …": commas of a phrase in between are fine.)
  let comp = -1;
  for (let k = afterVerb; k < bounds.last && k < afterVerb + 12; k++) {
    if (classes[k] === 'quote' && k === afterVerb) continue;
    if (lexicon.complementizers.has(lower[k])) {
      comp = k;
      break;
    }
    if ((classes[k] === 'punct' && lower[k] !== ',') || classes[k] === 'quote' || lexicon.verbForms.has(lower[k]) || lexicon.splitVerbForms.has(lower[k]) || lexicon.conjunctions.has(lower[k]) || lexicon.auxiliaries.has(lower[k])) break;
  }
  let contentStart = comp === -1 ? -1 : comp + 1;
  if (contentStart === -1 && lexicon.optionalComplementizer) contentStart = findBareClause(words, bounds, cue, afterVerb);
  if (contentStart === -1 || contentStart >= bounds.last) return;
  // A quotation right after "dat" is direct speech, found by the direct-quote step.
  if (classes[contentStart] === 'quote') return;
  let speaker = findCueSubject(words, cue, bounds.first, comp === -1 ? contentStart : comp);
  if (speaker !== null && (speaker.end > contentStart || (comp !== -1 && speaker.end > comp))) speaker = null;
  // "Trump is defending his tweets, saying it shows …": the subject of the sentence.
  if (speaker === null && cue.start - 1 > bounds.first && lower[cue.start - 1] === ',') {
    const subject = chunkForward(words, bounds.first, cue.start - 1);
    if (subject !== null && (subject.kind === 'name' || subject.kind === 'pronoun' || subject.kind === 'nominal' || subject.kind === 'group')) speaker = subject;
  }
  if (speaker === null) return;
  push(out, candidate(words, contentStart, clauseEnd(words, contentStart, bounds.last), cue, speaker, 'subject', confidence));
}

/** The statement runs to the end of the sentence, a semicolon, or a comma and a conjunction that starts the next clause ("…, en raadde …"). */
function clauseEnd(words: Words, from: number, last: number): number {
  for (let k = from; k < last; k++) {
    if (words.lower[k] === ';') return k;
    // ", en raadde …", and the main clause resuming after an embedded one (", werd gisteren opgepakt").
    if (words.lower[k] === ',' && k + 1 < last && (words.lexicon.conjunctions.has(words.lower[k + 1]) || words.lexicon.auxiliaries.has(words.lower[k + 1])) && k - from >= 3) return k;
  }
  return last;
}

interface Inversion {
  readonly comma: number;
  readonly speaker: Phrase;
  /** First token of the statement's continuation after the attribution, or -1. */
  readonly resume: number;
}

/** ", zegt X." / ", kan X nu zeggen." / ", X said." with something before the comma. */
function findInversion(words: Words, bounds: Bounds, cue: Cue): Inversion | null {
  const { lower, classes, lexicon } = words;
  const afterVerb = Math.max(cue.end, cue.particle + 1);
  const tail = (from: number): number => {
    let k = from;
    // (not past a verb: ", said the suing states were exaggerating" is no inversion)
    while (k < bounds.last && !lexicon.auxiliaries.has(lower[k]) && (classes[k] === 'adv' || (lexicon.stops.has(lower[k]) && !lexicon.complementizers.has(lower[k]) && !lexicon.ofWords.has(lower[k])))) k++;
    return k;
  };
  // After the source: the end of the sentence, or a comma and the rest of the statement ("…, zegt
  // Chittister, alleen in …"); a few more words of the source phrase ("van Women's Ordination
  // Worldwide (WOW)") may stand before either.
  const resumeAt = (k: number): number | null => {
    for (let j = k; j < bounds.last && j - k <= 8; j++) {
      if (lower[j] === ',') {
        if (j + 2 >= bounds.last || lexicon.relativePronouns.has(lower[j + 1])) return -1;
        return j + 1;
      }
      if (classes[j] === 'quote' || lexicon.complementizers.has(lower[j]) || lexicon.verbForms.has(lower[j]) || lexicon.auxiliaries.has(lower[j])) return null;
    }
    return bounds.last - k <= 8 ? -1 : null;
  };
  // ", zegt X" (Dutch and English inversion: ", said X"); not ", erkent dat …", a clause after an insertion.
  if (cue.start - 1 > bounds.first && lower[cue.start - 1] === ',' && !(afterVerb < bounds.last && lexicon.complementizers.has(lower[afterVerb]))) {
    const speaker = findPhraseAfter(words, cue.end, bounds.last);
    if (speaker !== null) {
      const resume = resumeAt(tail(Math.max(speaker.end, cue.particle + 1)));
      if (resume !== null) return { comma: cue.start - 1, speaker, resume };
    }
  }
  // ", X said" (the source before the verb).
  const phrase = cue.start - 1 > bounds.first ? chunkBackward(words, cue.start - 1, bounds.first) : null;
  if (phrase !== null && phrase.start - 1 > bounds.first && lower[phrase.start - 1] === ',') {
    const resume = resumeAt(tail(afterVerb));
    if (resume !== null) return { comma: phrase.start - 1, speaker: phrase, resume };
  }
  // ", kan X nu zeggen." — a finite verb, the source, the speech verb closing the sentence.
  if (tail(afterVerb) >= bounds.last) {
    for (let c = cue.start - 2; c > bounds.first && cue.start - c <= 7; c--) {
      if (lower[c] !== ',') continue;
      if (classes[c + 1] !== 'verb' && !lexicon.stops.has(lower[c + 1])) break;
      const speaker = chunkForward(words, c + 2, cue.start);
      if (speaker !== null && tail(speaker.end) >= cue.start) return { comma: c, speaker, resume: -1 };
      break;
    }
  }
  return null;
}

/** English "X said the plan …": the clause starts right after the verb (and an addressee). */
function findBareClause(words: Words, bounds: Bounds, cue: Cue, afterVerb: number): number {
  const { lower, classes, lexicon } = words;
  let k = afterVerb;
  while (k < bounds.last && classes[k] === 'adv' && !lexicon.expletives.has(lower[k]) && k - afterVerb < 2) k++;
  if (cue.lemma !== null && ADDRESSEE_FIRST.has(cue.lemma)) {
    const addressee = chunkForward(words, k, bounds.last);
    if (addressee === null) return -1;
    k = addressee.end;
    if (lexicon.complementizers.has(lower[k])) return k + 1;
  }
  if (k >= bounds.last) return -1;
  // ("he’d", "they're": a pronoun with a clitic verb)
  const pronoun = lexicon.pronouns.get(lower[k]) ?? lexicon.pronouns.get(lower[k].split(/['’]/)[0]);
  if (pronoun?.subject || lexicon.expletives.has(lower[k]) || lexicon.expletives.has(lower[k].split(/['’]/)[0])) return k;
  if (classes[k] === 'det' || classes[k] === 'pron' || classes[k] === 'name' || classes[k] === 'num' || classes[k] === 'noun' || classes[k] === 'adj') {
    // A subject and then a finite verb: "said the plan would fail", "said local officials should …".
    for (let j = k + 1; j < bounds.last && j - k <= 10; j++) {
      // A quotation after the subject continues the clause: "Trump says voter fraud “would be …”".
      if (looksFinite(words, j, j - 1) || classes[j] === 'quote') return k;
      const cls = classes[j];
      if (!(cls === 'noun' || cls === 'name' || cls === 'adj' || cls === 'num' || cls === 'det' || cls === 'pron' || (cls === 'adv' && words.tagged) || lexicon.ofWords.has(lower[j]) || lexicon.nameParticles.has(lower[j]) || lexicon.conjunctions.has(lower[j]) || /^[-–]$/.test(lower[j]))) break;
    }
  }
  return -1;
}

/** A finite verb after a subject: tagged so, or (untagged) an auxiliary, a known verb form, a past tense or a negated form. */
function looksFinite(words: Words, k: number, previous: number): boolean {
  const cls = words.classes[k];
  const word = words.lower[k];
  if (cls === 'verb' || words.lexicon.verbForms.has(word) || words.lexicon.auxiliaries.has(word)) return true;
  if (cls === 'adp' || words.lexicon.ofWords.has(word) || cls === 'name' || cls === 'det' || cls === 'pron') return false;
  // A past tense, a negated form, or a third-person -s after a noun or name ("Trump favors",
  // "the advantage obscures": taggers miss these as often as they get them).
  const before = words.classes[previous];
  return (!words.tagged && /(?:ed|n[’']t)$/.test(word)) || (/[^s]s$/.test(word) && (before === 'name' || (words.tagged && before === 'noun')));
}

/** "Volgens X …", "… volgens X …", "…, according to X." */
function proposeAccording(words: Words, bounds: Bounds, cue: Cue, out: QuoteCandidate[]): void {
  const { lower, lexicon } = words;
  let speaker = chunkForward(words, cue.end, bounds.last);
  if (speaker === null) return;
  for (let k = cue.end; k < bounds.last && k < cue.end + 5; k++) if (isNotSource(words, lower[k])) return;
  // "volgens zijn politieke tak, Sinn Fein, …": the name in apposition is the source.
  if (speaker.name === null && speaker.end + 2 < bounds.last && lower[speaker.end] === ',') {
    const apposition = chunkForward(words, speaker.end + 1, bounds.last);
    if (apposition !== null && apposition.name !== null && apposition.end < bounds.last && lower[apposition.end] === ',') speaker = { ...apposition, start: speaker.start };
  }
  const before = cue.start - 1;
  const opensClause = cue.start <= bounds.first || CLAUSE_OPEN.has(lower[before]) || lexicon.conjunctions.has(lower[before]);
  let after = speaker.end;
  if (after < bounds.last && lower[after] === ',') after++;
  // "…, according to a new Washington Post-ABC News national poll." — a few more words of the
  // source may close the sentence; then the statement is what came before.
  // (Also an apposition to the source: "…, according to Craig Bryan, head of the National Center …".)
  const sourceCloses = cue.start > bounds.first && lower[before] === ',' && bounds.last - after <= 20 && !hasFiniteVerb(words, after, bounds.last);
  if (after >= bounds.last || sourceCloses) {
    // "…, according to X." — the statement is what came before.
    push(out, candidate(words, clauseStartOf(words, bounds, cue.start), cue.start, cue, speaker, 'according', 0.8));
  } else if (opensClause) {
    push(out, candidate(words, after, bounds.last, cue, speaker, 'according', 0.8));
  } else {
    // Inside the clause: the whole clause, cue and source included.
    push(out, candidate(words, clauseStartOf(words, bounds, cue.start), bounds.last, cue, speaker, 'according', 0.75));
  }
}

/** "…, aldus X." */
function proposeClosing(words: Words, bounds: Bounds, cue: Cue, out: QuoteCandidate[]): void {
  const speaker = chunkForward(words, cue.end, bounds.last);
  if (speaker === null || cue.start <= bounds.first) return;
  push(out, candidate(words, bounds.first, cue.start, cue, speaker, 'closing', 0.85));
}

/** Start of the statement before a marker: the sentence start, or after a colon or semicolon. */
function clauseStartOf(words: Words, bounds: Bounds, at: number): number {
  for (let k = at - 1; k > bounds.first; k--) if (FINAL.has(words.lower[k])) return k + 1;
  return bounds.first;
}

/** "plan", "regels", "Vrijdag-akkoord": what follows "volgens" without being a source. */
function isNotSource(words: Words, word: string): boolean {
  const list = words.lexicon.notSources;
  if (list.has(word)) return true;
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && list.has(word.slice(hyphen + 1))) return true;
  if (!words.lexicon.compounds) return false;
  for (let cut = 3; cut <= word.length - 4; cut++) if (list.has(word.slice(cut))) return true;
  return false;
}

function hasFiniteVerb(words: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (words.classes[k] === 'quote' || words.lexicon.conjunctions.has(words.lower[k])) return true;
    if (looksFinite(words, k, k - 1)) return true;
  }
  return false;
}
