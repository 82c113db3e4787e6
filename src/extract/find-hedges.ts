import type { StageContext } from '../core/stage.ts';
import type { Analysis, Hedge, HedgeKind, Sentence, Span } from '../core/types.ts';
import { contains, firstEndingAfter, overlaps } from '../core/span.ts';
import { indexSpans } from '../core/index-spans.ts';
import type { HedgeLexicon } from '../lang/claims-lexicon.ts';
import { findReportativeModals } from './find-reportative-modals.ts';
import { matchesBefore, scanTextWords, type Word } from './scan-words.ts';

/**
 * The `hedges` stage: the words by which the writer marks a claim as uncertain ("vermoedelijk",
 * "probably"), unverified ("valt niet na te gaan", "could not be verified") or only reported
 * ("naar verluidt", reportative "zou … hebben/zijn", "Officieel" set against what is known),
 * per sentence, each linked to the quotes and figures of its sentence (`covers`). Words inside a
 * direct quote (or any quotation longer than a quoted term) are the speaker's, not the writer's
 * hedges, and are left out.
 */
export function findHedges(analysis: Analysis, context: StageContext): Analysis {
  const lexicon = context.pack.claims.hedges;
  const text = analysis.text;
  const sentences: readonly Sentence[] = analysis.sentences.length > 0
    ? analysis.sentences
    : [{ start: 0, end: text.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 }];
  // Speech: the direct quotes, and any quotation in a speech style or longer than a quoted term (attributed or not).
  const { maxWords, speechStyles } = context.pack.claims.quotedTerms;
  const speech: Span[] = [
    ...analysis.quotes.filter((q) => q.kind === 'direct').map((q) => q.content),
    ...analysis.quoteSpans
      .filter((s) => speechStyles.has(s.style) || (text.slice(s.inner.start, s.inner.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > maxWords)
      .map((s) => s.inner),
  ];
  const inSpeech = indexSpans(speech);
  const quoteIndex = indexSpans(analysis.quotes.map((q) => q.content));
  const figureIndex = indexSpans(analysis.quantities);
  const hedges: Hedge[] = [];
  const allWords = scanTextWords(analysis);
  const wordsOf = (sentence: Span): Word[] => allWords.slice(firstEndingAfter(allWords, sentence.start), firstEndingAfter(allWords, sentence.end));
  // Every phrase pattern runs once over the whole text; its matches go to their sentences.
  const matches = new Map<number, { start: number; end: number; kind: HedgeKind }[]>();
  for (const { kind, pattern } of lexicon.patterns) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const start = m.index ?? 0;
      const index = firstEndingAfter(sentences, start);
      if (index >= sentences.length || sentences[index].start > start) continue;
      const list = matches.get(index) ?? [];
      list.push({ start, end: Math.min(start + m[0].length, sentences[index].end), kind });
      matches.set(index, list);
    }
  }
  sentences.forEach((sentence, index) => {
    const words = wordsOf(sentence);
    const found = (matches.get(index) ?? []).filter((h) => isHedgeHere(words, h.start, h.end, lexicon));
    for (const i of findReportativeModals(words, lexicon.reportative)) found.push({ start: words[i].start, end: words[i].end, kind: 'reported' });
    const official = findOfficialContrast(words, text.slice(sentence.start, sentence.end), lexicon);
    if (official !== null) found.push({ ...official, kind: 'reported' });
    if (found.length === 0) return;

    const covers = [
      ...quoteIndex.overlapping(sentence).map((i) => analysis.quotes[i].id),
      ...figureIndex.overlapping(sentence).map((i) => analysis.quantities[i]).filter((f) => contains(sentence, f) && f.id !== undefined).map((f) => f.id as string),
    ];
    const kept = dropShorterOverlaps(found.filter((h) => !inSpeech.holds(h)).sort((a, b) => a.start - b.start || b.end - a.end));
    for (const h of kept) {
      // Hedges stay inside their sentence and come in text order: only the last one kept can overlap.
      const last = hedges[hedges.length - 1];
      if (last !== undefined && overlaps(last, h)) continue;
      hedges.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), kind: h.kind, sentence: index, covers });
    }
  });
  return { ...analysis, hedges: hedges.sort((a, b) => a.start - b.start) };
}

/**
 * Of hedges sorted by start, those that no longer one overlaps. Only neighbours can: a span that
 * starts more than the longest length before another ends before it.
 */
function dropShorterOverlaps<T extends Span>(sorted: readonly T[]): T[] {
  const size = (s: Span): number => s.end - s.start;
  const longest = sorted.reduce((most, s) => Math.max(most, size(s)), 0);
  return sorted.filter((h, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j].start < h.end; j++) if (overlaps(sorted[j], h) && size(sorted[j]) > size(h)) return false;
    for (let j = i - 1; j >= 0 && sorted[j].start >= h.start - longest; j--) if (overlaps(sorted[j], h) && size(sorted[j]) > size(h)) return false;
    return true;
  });
}

/** A lexicon match is no hedge after the words of `notAfter` (one word may stand between) or before those of `notBefore`. */
function isHedgeHere(words: readonly Word[], start: number, end: number, lexicon: HedgeLexicon): boolean {
  // Words are in text order: binary searches, not a pass over a sentence that may be long.
  const first = firstEndingAfter(words, start);
  const last = firstEndingAfter(words, end - 1);
  if (words[first]?.start !== start || words[last]?.end !== end) return true;
  const key = words.slice(first, last + 1).map((w) => w.lower).join(' ');
  for (const phrase of lexicon.notAfter.get(key) ?? []) {
    if (matchesBefore(words, first, phrase) || matchesBefore(words, first - 1, phrase)) return false;
  }
  const next = words[last + 1];
  const notBefore = lexicon.notBefore.get(key);
  if (notBefore !== undefined && (next === undefined || notBefore.has(next.lower))) return false;
  return true;
}

/**
 * "Officieel" as a hedge: the official version set against what is known. It opens the
 * sentence ("Officieel omdat ze nog niet fit was.") or its sentence holds a contrast
 * ("officieel …, maar in werkelijkheid …").
 */
function findOfficialContrast(words: readonly Word[], sentenceText: string, lexicon: HedgeLexicon): { start: number; end: number } | null {
  const at = words.findIndex((w) => lexicon.official.words.has(w.lower));
  if (at < 0) return null;
  const opens = at === 0 || (at === 1 && /^[‘“„"'(]$/.test(words[0].text));
  const contrast = new RegExp(lexicon.official.contrast.source, lexicon.official.contrast.flags).test(sentenceText);
  return opens || contrast ? { start: words[at].start, end: words[at].end } : null;
}
