/**
 * Reads the claims part of the project's gold records (`../shared/gold/FORMAT.md`): quantities,
 * quoted terms and hedges, and the quotes (to score claimants with the gold statements too).
 * Every span is checked against the text.
 */
import type { Approx, HedgeKind, Lang, Quote, QuotedTermKind, TextSpan } from '../core/types.ts';
import { readGoldRecords, type GoldText } from './read-gold-records.ts';

export interface GoldQuantity extends TextSpan {
  readonly value: number;
  readonly approx: Approx;
  readonly unit: string | null;
  readonly claimedBy: string | null;
}

export interface GoldQuotedTerm extends TextSpan {
  readonly kind: QuotedTermKind;
}

export interface GoldHedge extends TextSpan {
  readonly kind: HedgeKind;
}

export interface ClaimsGold extends GoldText {
  /** The gold statements as `Quote`s (ids "g1", "g2", …). */
  readonly quotes: readonly Quote[];
  readonly quantities: readonly GoldQuantity[];
  readonly quotedTerms: readonly GoldQuotedTerm[];
  readonly hedges: readonly GoldHedge[];
}

type Raw = Readonly<Record<string, unknown>>;

/** Reads every `*.json` gold record under `path` (a file or a folder). */
export function readClaimsGold(path: string, lang?: Lang): ClaimsGold[] {
  return readGoldRecords(path, lang).map(({ record: r, ...article }) => {
    const { file, text } = article;
    const list = (key: string): Raw[] => {
      const value = r[key];
      if (value === undefined) return [];
      if (!Array.isArray(value)) throw new Error(`${file}: "${key}" must be a list`);
      return value as Raw[];
    };
    const span = (raw: unknown, where: string): TextSpan => checkSpan(text, raw, `${file}: ${where}`);
    const quotes = list('quotes').map((q, i): Quote => ({
      id: `g${i + 1}`,
      kind: q.kind === 'indirect' ? 'indirect' : 'direct',
      content: span(q.content, `quotes[${i}].content`),
      cue: null,
      speaker: null,
      speakerName: typeof q.speakerName === 'string' ? q.speakerName : null,
      speakerEntity: null,
      role: null,
      confidence: 1,
    }));
    const quantities = list('quantities').map((q, i): GoldQuantity => {
      if (typeof q.value !== 'number') throw new Error(`${file}: quantities[${i}].value must be a number`);
      return {
        ...span(q, `quantities[${i}]`),
        value: q.value,
        approx: (typeof q.approx === 'string' ? q.approx : 'exact') as Approx,
        unit: typeof q.unit === 'string' ? q.unit : null,
        claimedBy: typeof q.claimedBy === 'string' ? q.claimedBy : null,
      };
    });
    const quotedTerms = list('quotedTerms').map((q, i): GoldQuotedTerm => ({ ...span(q, `quotedTerms[${i}]`), kind: q.kind as QuotedTermKind }));
    const hedges = list('hedges').map((h, i): GoldHedge => ({ ...span(h, `hedges[${i}]`), kind: h.kind as HedgeKind }));
    return {
      ...article,
      quotes,
      quantities,
      quotedTerms,
      hedges,
    };
  });
}

function checkSpan(text: string, raw: unknown, where: string): TextSpan {
  const s = raw as { start?: unknown; end?: unknown; text?: unknown } | null;
  if (s === null || typeof s !== 'object' || typeof s.start !== 'number' || typeof s.end !== 'number') throw new Error(`${where}: a span needs numeric start and end`);
  const slice = text.slice(s.start, s.end);
  if (typeof s.text === 'string' && slice !== s.text) throw new Error(`${where}: text "${s.text}" is not the text at ${s.start}-${s.end} ("${slice}")`);
  return { start: s.start, end: s.end, text: slice };
}
