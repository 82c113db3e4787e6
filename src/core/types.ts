/**
 * The public types of zegsman: read this file first.
 *
 * Every annotation points into the unchanged article text with `start`/`end`
 * (JavaScript string offsets, UTF-16 code units, end exclusive), and
 * `text.slice(start, end)` is its surface form. Where an annotation also carries
 * a `text` field, it equals that slice (a test checks it for every span kind).
 */

/** Bumped when the JSON shape of `Analysis` changes; `schema/analysis.schema.json` documents it. */
export const SCHEMA_VERSION = '1.0.0';

export type Lang = 'nl' | 'en';

/** A half-open range `[start, end)` of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span that also carries its surface text (`text === doc.text.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string;
}

/** What the caller knows about the article; all optional. */
export interface DocMeta {
  readonly id?: string;
  readonly title?: string;
  readonly author?: string;
  readonly outlet?: string;
  readonly url?: string;
  /** Publication date, `YYYY-MM-DD` or a full ISO 8601 timestamp. */
  readonly published?: string;
  /** IANA time zone used to resolve relative times; default Europe/Amsterdam. */
  readonly timeZone?: string;
}

/** The input of the pipeline. */
export interface Doc {
  readonly text: string;
  readonly lang: Lang;
  readonly meta: DocMeta;
}

/** A block of text between blank lines; a heading is a short line without final punctuation. */
export interface Paragraph extends Span {
  readonly kind: 'paragraph' | 'heading';
}

export interface Sentence extends Span {
  /** Index into `Analysis.paragraphs`. */
  readonly paragraph: number;
  /** Index of the first token of the sentence in `Analysis.tokens`. */
  readonly tokenStart: number;
  /** One past the index of its last token. */
  readonly tokenEnd: number;
}

/** Universal POS tags (UD v2). */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM'
  | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

export interface Token extends TextSpan {
  /** Index into `Analysis.sentences`. */
  readonly sentence: number;
  /** Filled by the `tag` stage. */
  upos?: Upos;
  lemma?: string;
}

/** Which characters open and close a quotation. */
export type QuoteStyle =
  | 'curly-double'   // “ … ”
  | 'curly-single'   // ‘ … ’
  | 'low-double'     // „ … ” or „ … “
  | 'low-single'     // ‚ … ’ or ‚ … ‘
  | 'guillemet'      // « … » or » … «
  | 'straight-double' // " … "
  | 'straight-single' // ' … '
  | 'dutch-typed'    // ,, … '' (or ,, … ”)
  | 'mixed';         // opened in one style, closed in another (‘ … ')

/**
 * A pair of quotation marks and what they enclose. `start`/`end` include the marks;
 * `inner` is the text between them. `closed` is false where no closing mark was found
 * and the span runs to the end of the paragraph (or into the next paragraph that opens
 * with a mark of the same style).
 */
export interface QuoteSpan extends Span {
  readonly style: QuoteStyle;
  readonly inner: Span;
  readonly open: TextSpan;
  readonly close: TextSpan | null;
  readonly closed: boolean;
  /** Nesting depth: 0 for an outermost pair. */
  readonly depth: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Mention extends TextSpan {
  readonly id: string;
  readonly type: EntityType;
  readonly confidence: number;
  /**
   * How the mention refers: by a proper name (the default: what NER finds), by a description
   * ("de minister", "een woordvoerster") or by a pronoun ("hij"). The coreference stage adds the
   * last two, each with its `entity`.
   */
  readonly form?: 'name' | 'nominal' | 'pronoun';
  /** `Entity.id` this mention belongs to, once coreference and linking have run. */
  entity?: string;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** The fullest proper name the article uses. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly string[];
  /** Language-independent key for matching across spellings (filled by `link/`). */
  key?: string;
  gender?: 'm' | 'f';
  role?: string;
}

export type QuoteKind = 'direct' | 'indirect';

/** One attributed statement: who said what. */
export interface Quote {
  readonly id: string;
  readonly kind: QuoteKind;
  /** What was said, without the quotation marks and (for indirect speech) without cue and source. */
  readonly content: TextSpan;
  /** The speech verb or marker ("zei", "volgens", "aldus", "said"); null when there is none. */
  readonly cue: TextSpan | null;
  /** The mention nearest the quote that names or refers to the source; null when not in the text. */
  readonly speaker: TextSpan | null;
  /** The fullest proper name of the source, or its description ("Russische media"); null when unknown. */
  readonly speakerName: string | null;
  readonly speakerEntity: string | null;
  /** "Amerikaanse minister van buitenlandse zaken", "president". */
  readonly role: string | null;
  readonly confidence: number;
}

export type Approx = 'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most';

/** A figure: a number that counts or measures something, with who claims it. */
export interface Quantity extends TextSpan {
  /** "f1", "f2", … in text order (what `Hedge.covers` points at). */
  readonly id?: string;
  readonly value: number;
  /** Upper bound for ranges ("10 à 15"). */
  readonly valueMax?: number;
  readonly approx: Approx;
  /** The counted noun or unit as written ("manschappen", "procent"). */
  readonly unit: string | null;
  /** The speaker's name when the figure stands inside an attributed statement, else null (the writer). */
  readonly claimedBy: string | null;
  /** `Quote.id` of that statement. */
  readonly quote: string | null;
  readonly confidence: number;
}

export type QuotedTermKind = 'scare' | 'term' | 'name';

/** A short span in quotation marks that is not speech; the span includes the marks. */
export interface QuotedTerm extends TextSpan {
  readonly kind: QuotedTermKind;
  readonly confidence: number;
}

export type HedgeKind = 'uncertain' | 'unverified' | 'reported';

export interface Hedge extends TextSpan {
  readonly kind: HedgeKind;
  /** Index into `Analysis.sentences`. */
  readonly sentence: number;
  /** Ids of the quotes and figures the hedge covers. */
  readonly covers: readonly string[];
}

export type TimeGranularity = 'instant' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'part-of-month' | 'part-of-year' | 'part-of-century';

export interface TimeExpr extends TextSpan {
  /** ISO 8601 date or date-time of the resolved time; null when it cannot be resolved. */
  readonly value: string | null;
  /** End of the resolved interval where the expression names one ("begin deze maand"). */
  readonly valueEnd?: string | null;
  readonly granularity: TimeGranularity | null;
}

export type Severity = 'info' | 'warning' | 'error';

/** A message is data: a rule id, a place and what was expected. Nothing prints from inside a stage. */
export interface Message {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

/** The one output shape, used by the CLI, the API, the store and the UI. */
export interface Analysis {
  readonly schemaVersion: string;
  readonly lang: Lang;
  readonly meta: DocMeta;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly quoteSpans: readonly QuoteSpan[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly quantities: readonly Quantity[];
  readonly quotedTerms: readonly QuotedTerm[];
  readonly hedges: readonly Hedge[];
  readonly times: readonly TimeExpr[];
  readonly messages: readonly Message[];
}

/** Default of `AnalyzeOptions.maxChars`: ten million UTF-16 code units (a news article is some thousands). */
export const DEFAULT_MAX_CHARS = 10_000_000;

/** Default of `AnalyzeOptions.timeLimitMs`: one minute (a news article takes milliseconds). */
export const DEFAULT_TIME_LIMIT_MS = 60_000;

/** Options of `analyze`; every field is optional and documented with its default. */
export interface AnalyzeOptions {
  /** Language of the text; default: detected. */
  readonly lang?: Lang | 'auto';
  /** Stop after the stage with this name (for benchmarks and debugging); default: run all. */
  readonly until?: string;
  /** Longest text accepted, in UTF-16 code units (`text.length`); default DEFAULT_MAX_CHARS. A longer one is refused with a `LimitError` before any stage runs. */
  readonly maxChars?: number;
  /**
   * Wall-clock time the analysis may take, in ms; default DEFAULT_TIME_LIMIT_MS; Infinity turns
   * the check off. Checked between stages: the stage that ends past the limit is named in the
   * `LimitError` and no later stage runs.
   */
  readonly timeLimitMs?: number;
}
