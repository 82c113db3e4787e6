import type { StageContext } from '../core/stage.ts';
import type { Analysis, Quote, QuotedTerm } from '../core/types.ts';
import { overlapLength } from '../core/span.ts';
import { indexSpans } from '../core/index-spans.ts';
import { classifyQuotedTerm } from './classify-quoted-term.ts';
import { isSentenceInitial } from './is-sentence-initial.ts';
import { scanTextWords } from './scan-words.ts';

/**
 * The `quoted-terms` stage: short phrases in quotation marks (`analysis.quoteSpans`, at most
 * `maxWords` words) that are not speech — not the content of a direct quote in
 * `analysis.quotes`, not in a style the language keeps for speech (Dutch ,, … ''), and not a
 * short sentence of its own ("Vakwerk.", "Ja, zeker") — each with
 * its kind (scare | term | name, see `classifyQuotedTerm`). The span includes the marks.
 */
export function findQuotedTerms(analysis: Analysis, context: StageContext): Analysis {
  const lexicon = context.pack.claims.quotedTerms;
  const text = analysis.text;
  const words = scanTextWords(analysis);
  const sentenceStarts = new Set(analysis.sentences.map((s) => s.start));
  const direct = analysis.quotes.filter((q) => q.kind === 'direct');
  const directIndex = indexSpans(direct.map((q) => q.content));
  // Direct quotes by where they end, for the ones before a term (binary search, then the last ECHO_QUOTES).
  const byEnd = [...direct].sort((a, b) => a.content.end - b.content.end);
  const abbreviations = context.pack.text.abbreviations;
  const quotedTerms: QuotedTerm[] = [];
  let w = 0;
  for (const span of analysis.quoteSpans) {
    if (!span.closed || span.close === null) continue;
    const inner = text.slice(span.inner.start, span.inner.end).trim();
    const count = inner.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    if (count === 0 || count > lexicon.maxWords) continue;
    if (lexicon.speechStyles.has(span.style)) continue;
    if (/[.!?,;:]$/.test(withoutAbbreviations(inner, abbreviations)) || /[.!?]\s/.test(withoutAbbreviations(inner, abbreviations))) continue;
    if (directIndex.overlapping(span.inner).some((i) => overlapLength(direct[i].content, span.inner) > 0)) continue;
    while (w < words.length && words[w].start < span.start) w++;
    const before = words.slice(Math.max(0, w - 4), w);
    const ended = endingBy(byEnd, span.start);
    const lowerInner = inner.toLowerCase();
    const echoesQuote = byEnd.slice(Math.max(0, ended - ECHO_QUOTES), ended).some((q) => q.content.text.toLowerCase().includes(lowerInner));
    const reading = classifyQuotedTerm(
      {
        before,
        inner,
        after: text.slice(span.end, span.end + 12),
        sentenceInitial: w >= words.length || isSentenceInitial(text, words, w, sentenceStarts),
        echoesQuote,
      },
      lexicon,
    );
    quotedTerms.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: reading.kind, confidence: reading.confidence });
  }
  return { ...analysis, quotedTerms };
}

/**
 * How many of the direct quotes before a term are searched for it: the latest ones, so that an
 * article of thousands of quotes costs no more per term than one of a hundred.
 */
const ECHO_QUOTES = 100;

/** How many of the quotes (sorted by content end) end at or before `offset`. */
function endingBy(byEnd: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byEnd[mid].content.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The phrase with the full stops of known abbreviations taken out ("Mr. Guitar" → "Mr Guitar"). */
function withoutAbbreviations(phrase: string, abbreviations: ReadonlySet<string>): string {
  return phrase.replace(/([\p{L}.]+)\./gu, (all, word: string) => (abbreviations.has(word) || abbreviations.has(word.toLowerCase()) ? word : all));
}
