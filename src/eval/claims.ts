/**
 * `zegsman eval claims --gold PATH [--json] [--errors N]`: figures, quoted terms and hedges,
 * scored as `../shared/gold/FORMAT.md` says.
 *
 * - Quantities: a prediction matches a gold figure when their spans overlap (each gold figure
 *   matched once; a predicted range "zestien tot twintig" may match the two gold records a range
 *   is sometimes split into). Precision, recall, F1; then over the matched gold figures: value
 *   accuracy (equal within 0.1 %; a range's lower or upper end), approx accuracy (a range read
 *   as "at-least" its lower end and "at-most" its upper end), and claimedBy accuracy by the
 *   FORMAT.md name rule (both the writer, or the same speaker).
 * - Quoted terms: exact span match (marks included); kind accuracy over the matched ones.
 * - Hedges: span overlap, each gold hedge matched once; precision, recall, F1.
 *
 * Everything is reported twice: for the whole pipeline, and with the gold statements put in
 * place of the `quotes` stage's output (`withGoldQuotes`), which measures the claims stages on
 * their own.
 */
import type { Analysis, Quantity } from '../core/types.ts';
import { overlapLength } from '../core/span.ts';
import { packs } from '../lang/index.ts';
import { stages } from '../pipeline.ts';
import { emptyAnalysis } from '../core/analysis.ts';
import { sameSpeaker } from './match-attributions.ts';
import { readClaimsGold, type ClaimsGold, type GoldQuantity } from './read-claims-gold.ts';
import { prf, round4, type EvalOptions, type EvalResult, type EvalTask } from './task.ts';

/** The stages that read `analysis.quotes` and come after the `quotes` stage. */
const CLAIM_STAGES: ReadonlySet<string> = new Set(['quantities', 'quoted-terms', 'hedges', 'times']);

export interface ClaimError {
  readonly layer: 'quantity' | 'quoted-term' | 'hedge';
  readonly type: 'missed' | 'spurious' | 'wrong-value' | 'wrong-approx' | 'wrong-claimant' | 'wrong-kind';
  readonly article: string;
  readonly text: string;
  readonly gold: string | null;
  readonly predicted: string | null;
  readonly context: string;
}

interface Counts {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  right: Record<string, number>;
}

export const claimsTask: EvalTask = {
  name: 'claims',
  description: 'figures (span F1, value, approx, claimedBy), quoted terms (span F1, kind) and hedges (overlap F1)',
  run(gold: string, options: EvalOptions): EvalResult {
    const articles = readClaimsGold(gold, options.lang);
    const pipeline = scoreAll(articles, (a) => analyseArticle(a, false));
    const withGoldQuotes = scoreAll(articles, (a) => analyseArticle(a, true));
    return {
      task: 'claims',
      gold,
      metrics: { articles: articles.length, ...pipeline.metrics, withGoldQuotes: withGoldQuotes.metrics },
      ...(options.errors && options.errors > 0 ? { errors: pipeline.errors.slice(0, options.errors) } : {}),
    };
  },
  format: formatClaimsResult,
};

/** Runs the pipeline on a gold article; with `goldQuotes`, the gold statements replace the quotes stage's. */
function analyseArticle(article: ClaimsGold, goldQuotes: boolean): Analysis {
  const meta = { id: article.id, ...(article.published ? { published: article.published } : {}) };
  const context = { lang: article.lang, pack: packs[article.lang] };
  let analysis = emptyAnalysis({ text: article.text, lang: article.lang, meta });
  let replaced = false;
  for (const stage of stages) {
    if (goldQuotes && !replaced && CLAIM_STAGES.has(stage.name)) {
      analysis = { ...analysis, quotes: article.quotes };
      replaced = true;
    }
    analysis = stage.run(analysis, context);
  }
  return analysis;
}

function scoreAll(articles: readonly ClaimsGold[], analyse: (a: ClaimsGold) => Analysis): { metrics: Record<string, unknown>; errors: ClaimError[] } {
  const quantities: Counts = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, right: { value: 0, approx: 0, claimedBy: 0 } };
  const terms: Counts = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, right: { kind: 0 } };
  const hedges: Counts = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, right: {} };
  const errors: ClaimError[] = [];
  for (const article of articles) {
    const analysis = analyse(article);
    scoreQuantities(article, analysis, quantities, errors);
    scoreQuotedTerms(article, analysis, terms, errors);
    scoreHedges(article, analysis, hedges, errors);
  }
  const summary = (c: Counts): Record<string, unknown> => {
    const { precision } = prf(c.matchedPredicted, c.predicted, c.gold);
    const { recall } = prf(c.matchedGold, c.predicted, c.gold);
    const f1 = precision + recall === 0 ? 0 : round4((2 * precision * recall) / (precision + recall));
    const accuracies = Object.fromEntries(Object.entries(c.right).map(([k, v]) => [k, c.matchedGold === 0 ? 0 : round4(v / c.matchedGold)]));
    return { gold: c.gold, predicted: c.predicted, matched: c.matchedGold, precision, recall, f1, ...accuracies };
  };
  return { metrics: { quantities: summary(quantities), quotedTerms: summary(terms), hedges: summary(hedges) }, errors };
}

function scoreQuantities(article: ClaimsGold, analysis: Analysis, counts: Counts, errors: ClaimError[]): void {
  const predicted = analysis.quantities;
  counts.gold += article.quantities.length;
  counts.predicted += predicted.length;
  const uses = new Array<number>(predicted.length).fill(0);
  for (const gold of article.quantities) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      const capacity = p.valueMax !== undefined ? 2 : 1;
      const overlap = overlapLength(p, gold);
      if (uses[i] < capacity && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best < 0) {
      errors.push(error(article, 'quantity', 'missed', gold, describeGold(gold), null));
      continue;
    }
    const p = predicted[best];
    uses[best]++;
    counts.matchedGold++;
    const valueRight = sameValue(gold.value, p.value) || (p.valueMax !== undefined && sameValue(gold.value, p.valueMax));
    const approxRight = p.approx === gold.approx || rangeReading(gold, p);
    const claimRight = sameSpeaker(gold.claimedBy, p.claimedBy);
    if (valueRight) counts.right.value++;
    else errors.push(error(article, 'quantity', 'wrong-value', gold, String(gold.value), String(p.value)));
    if (approxRight) counts.right.approx++;
    else errors.push(error(article, 'quantity', 'wrong-approx', gold, gold.approx, p.approx));
    if (claimRight) counts.right.claimedBy++;
    else errors.push(error(article, 'quantity', 'wrong-claimant', gold, gold.claimedBy ?? '(writer)', p.claimedBy ?? '(writer)'));
  }
  predicted.forEach((p, i) => {
    if (uses[i] > 0) counts.matchedPredicted++;
    else errors.push(error(article, 'quantity', 'spurious', p, null, describePredicted(p)));
  });
}

function scoreQuotedTerms(article: ClaimsGold, analysis: Analysis, counts: Counts, errors: ClaimError[]): void {
  counts.gold += article.quotedTerms.length;
  counts.predicted += analysis.quotedTerms.length;
  const used = new Set<number>();
  for (const gold of article.quotedTerms) {
    const i = analysis.quotedTerms.findIndex((p, k) => !used.has(k) && p.start === gold.start && p.end === gold.end);
    if (i < 0) {
      errors.push(error(article, 'quoted-term', 'missed', gold, gold.kind, null));
      continue;
    }
    used.add(i);
    counts.matchedGold++;
    if (analysis.quotedTerms[i].kind === gold.kind) counts.right.kind++;
    else errors.push(error(article, 'quoted-term', 'wrong-kind', gold, gold.kind, analysis.quotedTerms[i].kind));
  }
  analysis.quotedTerms.forEach((p, k) => {
    if (used.has(k)) counts.matchedPredicted++;
    else errors.push(error(article, 'quoted-term', 'spurious', p, null, p.kind));
  });
}

function scoreHedges(article: ClaimsGold, analysis: Analysis, counts: Counts, errors: ClaimError[]): void {
  counts.gold += article.hedges.length;
  counts.predicted += analysis.hedges.length;
  const used = new Set<number>();
  for (const gold of article.hedges) {
    const i = analysis.hedges.findIndex((p, k) => !used.has(k) && overlapLength(p, gold) > 0);
    if (i < 0) {
      errors.push(error(article, 'hedge', 'missed', gold, gold.kind, null));
      continue;
    }
    used.add(i);
    counts.matchedGold++;
  }
  analysis.hedges.forEach((p, k) => {
    if (used.has(k)) counts.matchedPredicted++;
    else errors.push(error(article, 'hedge', 'spurious', p, null, p.kind));
  });
}

function sameValue(gold: number, predicted: number): boolean {
  return Math.abs(gold - predicted) <= 0.001 * Math.max(1, Math.abs(gold));
}

/** A predicted range read as a lower bound ("zestien" at-least) or an upper bound ("twintig" at-most). */
function rangeReading(gold: GoldQuantity, p: Quantity): boolean {
  if (p.valueMax === undefined) return false;
  return (gold.approx === 'at-least' && sameValue(gold.value, p.value)) || (gold.approx === 'at-most' && sameValue(gold.value, p.valueMax));
}

function describeGold(q: GoldQuantity): string {
  return `${q.value} ${q.approx} ${q.unit ?? '-'} by ${q.claimedBy ?? '(writer)'}`;
}

function describePredicted(q: Quantity): string {
  return `${q.value}${q.valueMax !== undefined ? `–${q.valueMax}` : ''} ${q.approx} ${q.unit ?? '-'} by ${q.claimedBy ?? '(writer)'}`;
}

function error(article: ClaimsGold, layer: ClaimError['layer'], type: ClaimError['type'], span: { start: number; end: number }, gold: string | null, predicted: string | null): ClaimError {
  const text = article.text;
  const from = Math.max(0, span.start - 60);
  const to = Math.min(text.length, span.end + 40);
  const context = `${text.slice(from, span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end, to)}`.replace(/\s+/g, ' ');
  return { layer, type, article: article.id, text: text.slice(span.start, span.end), gold, predicted, context };
}

function formatClaimsResult(result: EvalResult): string {
  const m = result.metrics as Record<string, Record<string, Record<string, number>> | number>;
  const lines = [`claims: ${result.gold} (${String(m.articles)} articles)`];
  const block = (label: string, metrics: Record<string, Record<string, number>>): void => {
    const q = metrics.quantities;
    const t = metrics.quotedTerms;
    const h = metrics.hedges;
    lines.push(`${label}`);
    lines.push(`  quantities    P ${q.precision.toFixed(4)} R ${q.recall.toFixed(4)} F1 ${q.f1.toFixed(4)} (gold ${q.gold}, predicted ${q.predicted})  value ${q.value.toFixed(4)} approx ${q.approx.toFixed(4)} claimedBy ${q.claimedBy.toFixed(4)}`);
    lines.push(`  quoted terms  P ${t.precision.toFixed(4)} R ${t.recall.toFixed(4)} F1 ${t.f1.toFixed(4)} (gold ${t.gold}, predicted ${t.predicted})  kind ${t.kind.toFixed(4)}`);
    lines.push(`  hedges        P ${h.precision.toFixed(4)} R ${h.recall.toFixed(4)} F1 ${h.f1.toFixed(4)} (gold ${h.gold}, predicted ${h.predicted})`);
  };
  block('pipeline', m as unknown as Record<string, Record<string, number>>);
  block('with gold quotes', m.withGoldQuotes as unknown as Record<string, Record<string, number>>);
  for (const e of (result.errors ?? []) as ClaimError[]) {
    lines.push(`${e.layer} ${e.type} ${e.article}: gold ${e.gold ?? '-'} | predicted ${e.predicted ?? '-'}\n    ${e.context}`);
  }
  return lines.join('\n');
}
