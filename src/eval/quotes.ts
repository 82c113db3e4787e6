/**
 * `zegsman eval quotes --gold PATH [--format gold|polnear]`: who said what, scored as
 * `../shared/gold/FORMAT.md` says.
 *
 * - `gold` (default): the project's JSON records. Statements match when their contents overlap
 *   by at least half of the gold content; precision, recall and F1 for all statements and for
 *   direct and indirect ones apart (matched within their kind); speaker accuracy over the
 *   matched statements by the FORMAT.md name rule.
 * - `polnear`: PolNeAR brat standoff (a compartment folder such as `polnear-en/dev`). Content
 *   matches by the same overlap rule (a discontinuous gold content counts as one; predicted
 *   statements that share one cue — a quote interrupted by its attribution — count as one, and
 *   so does a bare direct quote continuing the same source's quote in its paragraph);
 *   source accuracy is the share of matched statements with a gold source whose predicted
 *   speaker span overlaps it. Reported for all attributions and for speech attributions alone:
 *   those whose cue contains a word of the GenderGapTracker English quote-verb list or
 *   "according to". A prediction is in the speech set when it matched a speech attribution, or
 *   matched nothing and its own cue is a listed word (or it has no cue: a bare direct quote).
 */
import { readFileSync } from 'node:fs';
import type { Analysis, Quote, Span } from '../core/types.ts';
import { analyze } from '../pipeline.ts';
import { packs } from '../lang/index.ts';
import { prf, round4, type EvalOptions, type EvalResult, type EvalTask } from './task.ts';
import { findEnglishSpeechVerbList, readJsonQuoteGold, readPolnearGold, QUOTE_GOLD_FORMATS, type GoldArticle, type QuoteGoldFormat } from './read-quote-gold.ts';
import { lengthOf, matchAttributions, sameSpeaker } from './match-attributions.ts';

/** One predicted statement as the scorer sees it (PolNeAR: quotes sharing a cue merged). */
interface Predicted {
  readonly kind: 'direct' | 'indirect';
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly sourceName: string | null;
}

/** A false positive, false negative or wrong speaker, with its context, for the developer to read. */
export interface QuoteError {
  readonly type: 'missed' | 'spurious' | 'wrong-speaker' | 'wrong-source';
  readonly article: string;
  readonly kind: string | null;
  readonly content: string;
  readonly cue: string | null;
  readonly gold: string | null;
  readonly predicted: string | null;
  readonly context: string;
}

export const quotesTask: EvalTask = {
  name: 'quotes',
  description: 'who said what: quote detection P/R/F1 (direct, indirect, all) and speaker accuracy; PolNeAR content and source overlap',
  run(gold: string, options: EvalOptions): EvalResult {
    const format = (options.format ?? 'gold') as QuoteGoldFormat;
    if (!QUOTE_GOLD_FORMATS.includes(format)) throw new Error(`eval quotes: unknown --format "${options.format}"; use ${QUOTE_GOLD_FORMATS.join(' or ')}`);
    return format === 'gold' ? scoreJsonGold(gold, options) : scorePolnear(gold, options);
  },
  format: formatQuoteResult,
};

function analyseArticle(article: GoldArticle): Analysis {
  return analyze(article.text, { id: article.id, published: article.published }, { lang: article.lang });
}

function fromQuote(quote: Quote): Predicted {
  return { kind: quote.kind, content: [quote.content], cue: quote.cue, source: quote.speaker, sourceName: quote.speakerName };
}

function scoreJsonGold(path: string, options: EvalOptions): EvalResult {
  const articles = readJsonQuoteGold(path, options.lang);
  const counts = { all: [0, 0, 0], direct: [0, 0, 0], indirect: [0, 0, 0] } as Record<'all' | 'direct' | 'indirect', number[]>;
  let speakerRight = 0;
  let kindRight = 0;
  const errors: QuoteError[] = [];
  for (const article of articles) {
    const predicted = analyseArticle(article).quotes.map(fromQuote);
    const gold = article.attributions;
    for (const kind of ['direct', 'indirect'] as const) {
      const g = gold.filter((a) => a.kind === kind);
      const p = predicted.filter((a) => a.kind === kind);
      const c = counts[kind];
      c[0] += matchAttributions(g, p).length;
      c[1] += p.length;
      c[2] += g.length;
    }
    const pairs = matchAttributions(gold, predicted);
    counts.all[0] += pairs.length;
    counts.all[1] += predicted.length;
    counts.all[2] += gold.length;
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPredicted = new Set(pairs.map(([, p]) => p));
    for (const [gi, pi] of pairs) {
      const g = gold[gi];
      const p = predicted[pi];
      if (g.kind === p.kind) kindRight++;
      if (sameSpeaker(g.sourceName, p.sourceName)) speakerRight++;
      else errors.push(errorOf('wrong-speaker', article, g.kind, g.content, g.cue, g.sourceName, p.sourceName));
    }
    gold.forEach((g, i) => {
      if (!matchedGold.has(i)) errors.push(errorOf('missed', article, g.kind, g.content, g.cue, g.sourceName, null));
    });
    predicted.forEach((p, i) => {
      if (!matchedPredicted.has(i)) errors.push(errorOf('spurious', article, p.kind, p.content, p.cue, null, p.sourceName));
    });
  }
  const [tp] = counts.all;
  return {
    task: 'quotes',
    gold: path,
    metrics: {
      format: 'gold',
      articles: articles.length,
      gold: counts.all[2],
      predicted: counts.all[1],
      all: prf(tp, counts.all[1], counts.all[2]),
      direct: prf(counts.direct[0], counts.direct[1], counts.direct[2]),
      indirect: prf(counts.indirect[0], counts.indirect[1], counts.indirect[2]),
      speakerAccuracy: tp === 0 ? 0 : round4(speakerRight / tp),
      kindAccuracy: tp === 0 ? 0 : round4(kindRight / tp),
      matched: tp,
    },
    errors: pickErrors(errors, options.errors ?? 0),
  };
}

function scorePolnear(path: string, options: EvalOptions): EvalResult {
  const articles = readPolnearGold(path);
  const listFile = findEnglishSpeechVerbList(path);
  const speechWords = listFile !== null ? readWordList(listFile) : ourEnglishSpeechWords();
  const isSpeechCue = (text: string): boolean => /\baccording to\b/i.test(text) || text.toLowerCase().split(/[^\p{L}'-]+/u).some((word) => speechWords.has(word));
  const all = { tp: 0, predicted: 0, gold: 0, sourceRight: 0, withSource: 0 };
  const speech = { tp: 0, predicted: 0, gold: 0, sourceRight: 0, withSource: 0 };
  const errors: QuoteError[] = [];
  for (const article of articles) {
    const predicted = mergeByCue(analyseArticle(article).quotes.map(fromQuote), article.text);
    const gold = article.attributions;
    const goldSpeech = gold.map((g) => g.cue !== null && isSpeechCue(article.text.slice(g.cue.start, g.cue.end)));
    const pairs = matchAttributions(gold, predicted);
    const matchedGold = new Map(pairs.map(([g, p]) => [g, p]));
    const matchedPredicted = new Map(pairs.map(([g, p]) => [p, g]));
    all.gold += gold.length;
    all.predicted += predicted.length;
    all.tp += pairs.length;
    speech.gold += goldSpeech.filter(Boolean).length;
    predicted.forEach((p, pi) => {
      const g = matchedPredicted.get(pi);
      if (g !== undefined ? goldSpeech[g] : p.cue === null || isSpeechCue(article.text.slice(p.cue.start, p.cue.end))) speech.predicted++;
    });
    for (const [gi, pi] of pairs) {
      const g = gold[gi];
      const p = predicted[pi];
      const inSpeech = goldSpeech[gi];
      if (inSpeech) speech.tp++;
      if (g.source === null) continue;
      const right = p.source !== null && p.source.start < g.source.end && g.source.start < p.source.end;
      all.withSource++;
      if (right) all.sourceRight++;
      if (inSpeech) {
        speech.withSource++;
        if (right) speech.sourceRight++;
      }
      if (!right) errors.push(errorOf('wrong-source', article, null, g.content, g.cue, g.sourceName, p.source ? article.text.slice(p.source.start, p.source.end) : null));
    }
    gold.forEach((g, i) => {
      if (!matchedGold.has(i)) errors.push(errorOf('missed', article, goldSpeech[i] ? 'speech' : 'other', g.content, g.cue, g.sourceName, null));
    });
    predicted.forEach((p, i) => {
      if (!matchedPredicted.has(i)) errors.push(errorOf('spurious', article, p.kind, p.content, p.cue, null, p.source ? article.text.slice(p.source.start, p.source.end) : null));
    });
  }
  const block = (c: typeof all) => ({
    content: prf(c.tp, c.predicted, c.gold),
    sourceAccuracy: c.withSource === 0 ? 0 : round4(c.sourceRight / c.withSource),
    gold: c.gold,
    predicted: c.predicted,
    matched: c.tp,
    matchedWithSource: c.withSource,
  });
  return {
    task: 'quotes',
    gold: path,
    metrics: {
      format: 'polnear',
      articles: articles.length,
      speechVerbList: listFile ?? 'zegsman English speech verbs (GenderGapTracker list not found beside the gold)',
      speech: block(speech),
      all: block(all),
    },
    errors: pickErrors(errors, options.errors ?? 0),
  };
}

/**
 * Quotes sharing one cue are one attribution in PolNeAR ("…," she said, "…"); so is a direct
 * quote without a cue of its own that goes on, in the same paragraph, from the direct quote of
 * the same source right before it ("…," said Morgan, a lawyer. "…").
 */
function mergeByCue(predicted: readonly Predicted[], text: string): Predicted[] {
  const out: Predicted[] = [];
  const byCue = new Map<string, number>();
  for (const p of predicted) {
    const key = p.cue ? `${p.cue.start}:${p.cue.end}` : null;
    const last = out[out.length - 1];
    const between = last ? text.slice(last.content[last.content.length - 1].end, p.content[0].start) : '';
    if (key === null && p.kind === 'direct' && last?.kind === 'direct' && last.sourceName !== null && last.sourceName === p.sourceName && !between.includes('\n') && between.length < 200) {
      out[out.length - 1] = { ...last, content: [...last.content, ...p.content] };
      continue;
    }
    const at = key === null ? undefined : byCue.get(key);
    if (at === undefined) {
      if (key !== null) byCue.set(key, out.length);
      out.push(p);
    } else {
      out[at] = { ...out[at], content: [...out[at].content, ...p.content].sort((a, b) => a.start - b.start) };
    }
  }
  return out;
}

function readWordList(file: string): Set<string> {
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim().toLowerCase()).filter((line) => line !== '' && !line.startsWith('#')));
}

function ourEnglishSpeechWords(): Set<string> {
  const words = new Set<string>();
  for (const [form, verbs] of packs.en.speech.verbForms) if (verbs.some((v) => v.kind !== 'frame')) words.add(form);
  return words;
}

function errorOf(type: QuoteError['type'], article: GoldArticle, kind: string | null, content: readonly Span[], cue: Span | null, gold: string | null, predicted: string | null): QuoteError {
  const text = article.text;
  const start = content[0].start;
  const end = content[content.length - 1].end;
  const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 200);
  const to = Math.min(text.length, end + 160);
  const context = `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ');
  return {
    type,
    article: article.id,
    kind,
    content: content.map((piece) => text.slice(piece.start, piece.end)).join(' … '),
    cue: cue ? text.slice(cue.start, cue.end) : null,
    gold,
    predicted,
    context: lengthOf(content) > 0 ? context : '',
  };
}

/** The first `n` errors, the kinds interleaved so that a short list shows every kind. */
function pickErrors(errors: readonly QuoteError[], n: number): QuoteError[] {
  if (n <= 0) return [];
  const byType = new Map<string, QuoteError[]>();
  for (const error of errors) byType.set(error.type, [...(byType.get(error.type) ?? []), error]);
  const out: QuoteError[] = [];
  for (let i = 0; out.length < n; i++) {
    let added = false;
    for (const list of byType.values()) {
      if (i < list.length && out.length < n) {
        out.push(list[i]);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

function formatQuoteResult(result: EvalResult): string {
  const m = result.metrics as Record<string, unknown>;
  const p = (x: unknown): string => {
    const r = x as { precision: number; recall: number; f1: number };
    return `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`;
  };
  const lines: string[] = [];
  if (m.format === 'gold') {
    lines.push(`quotes on ${result.gold}: ${m.articles} articles, ${m.gold} gold, ${m.predicted} predicted, ${m.matched} matched`);
    lines.push(`  all       ${p(m.all)}`, `  direct    ${p(m.direct)}`, `  indirect  ${p(m.indirect)}`);
    lines.push(`  speaker accuracy ${(m.speakerAccuracy as number).toFixed(3)}   kind accuracy ${(m.kindAccuracy as number).toFixed(3)}`);
  } else {
    lines.push(`quotes on ${result.gold} (PolNeAR): ${m.articles} articles; speech verbs from ${m.speechVerbList}`);
    for (const name of ['speech', 'all'] as const) {
      const b = m[name] as { content: unknown; sourceAccuracy: number; gold: number; predicted: number; matched: number };
      lines.push(`  ${name.padEnd(7)} content ${p(b.content)}   source overlap ${b.sourceAccuracy.toFixed(3)}   (${b.gold} gold, ${b.predicted} predicted, ${b.matched} matched)`);
    }
  }
  for (const error of (result.errors ?? []) as QuoteError[]) {
    const who = error.type === 'missed' ? `gold ${error.gold ?? '-'}` : error.type === 'spurious' ? `predicted ${error.predicted ?? '-'}` : `gold ${error.gold ?? '-'} ≠ predicted ${error.predicted ?? '-'}`;
    lines.push('', `${error.type} ${error.kind ?? ''} [${error.article}] cue ${error.cue ?? '-'}; ${who}`, `  ${error.context}`);
  }
  return lines.join('\n');
}

