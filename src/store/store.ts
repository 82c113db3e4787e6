/**
 * The corpus store: one interface, two backends (SQLite embedded, PostgreSQL for scale-out).
 * Every method is async so both fit. The store keeps each article's text, metadata, content
 * hash, pipeline version and the whole `Analysis` (every layer, as JSON), plus one table per
 * layer that the queries need (quotes, mentions, entities, quantities, quoted terms, hedges,
 * times), and the failures of ingest runs.
 */
import type { Analysis, Approx, DocMeta, EntityType, HedgeKind, Lang, QuoteKind, QuotedTermKind, TimeGranularity } from '../core/types.ts';
import type { CorpusEntity, EntityOverride, EntityRecord } from '../link/link-corpus-entities.ts';
import type { FigureFact, FigureKey } from '../link/group-conflicting-figures.ts';

export type { CorpusEntity, EntityOverride, EntityRecord, FigureFact, FigureKey };

export type StoreKind = 'sqlite' | 'postgres';

/** Which article a document is, in each of its forms (prepared, stored, read back for reanalysis). */
export interface DocumentIdentity {
  /** SHA-256 of the text: the identity of a document; storing the same text twice is a no-op. */
  readonly hash: string;
  /** Where the article came from: a file path, `path#3` for the fourth item of a feed or JSONL file, `<stdin>`. */
  readonly source: string | null;
  readonly lang: Lang;
  readonly meta: DocMeta;
}

/** One article analysed and flattened, ready to store (built by `prepareDocument`, also in a worker thread). */
export interface PreparedDocument extends DocumentIdentity {
  readonly text: string;
  readonly pipelineVersion: string;
  readonly schemaVersion: string;
  /** `JSON.stringify` of the analysis without its `text` (the text is stored once, in its own column). */
  readonly analysisJson: string;
  readonly rows: DocumentRows;
}

/** The layers of an analysis as table rows. */
export interface DocumentRows {
  readonly quotes: readonly QuoteRow[];
  readonly mentions: readonly MentionRow[];
  readonly entities: readonly EntityRow[];
  readonly quantities: readonly QuantityRow[];
  readonly quotedTerms: readonly QuotedTermRow[];
  readonly hedges: readonly HedgeRow[];
  readonly times: readonly TimeRow[];
}

export interface QuoteRow {
  readonly quoteId: string;
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly content: string;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly speakerEntity: string | null;
  readonly role: string | null;
  readonly confidence: number;
  /** The speaker's person key ("xoigu,sergei"): its entity's key, else the key of `speakerName`; null when no name (issue 8). */
  readonly speakerKey: string | null;
}

export interface MentionRow {
  readonly mentionId: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: string | null;
  readonly confidence: number;
}

export interface EntityRow {
  readonly entityId: string;
  readonly type: EntityType;
  readonly name: string;
  readonly key: string | null;
  readonly role: string | null;
  readonly gender: 'm' | 'f' | null;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
}

export interface QuantityRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly valueMax: number | null;
  readonly approx: Approx;
  readonly unit: string | null;
  readonly claimedBy: string | null;
  readonly quoteId: string | null;
  readonly confidence: number;
  /** The sentence the figure stands in (or a window of text around it when there are no sentences). */
  readonly context: string;
  /** What it counts as a concept across languages ("soldiers"), for `figures --conflicts` (issue 8). */
  readonly unitKey: string | null;
  /** `TYPE:key` of the entities its sentence names. */
  readonly entityKeys: readonly string[];
  /** The resolved time its sentence names (ISO), else null. */
  readonly time: string | null;
}

export interface QuotedTermRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuotedTermKind;
  readonly confidence: number;
}

export interface HedgeRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: HedgeKind;
  readonly sentence: number;
  readonly covers: readonly string[];
}

export interface TimeRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string | null;
  readonly valueEnd: string | null;
  readonly granularity: TimeGranularity | null;
}

/** A stored document with its whole analysis. */
export interface StoredDocument extends DocumentIdentity {
  readonly id: number;
  readonly pipelineVersion: string;
  readonly ingestedAt: string;
  readonly analysis: Analysis;
}

/** What `reanalyze` needs of a stored document: its text and metadata, not the old analysis. */
export interface StoredText extends DocumentIdentity {
  readonly id: number;
  readonly text: string;
  readonly pipelineVersion: string;
}

export interface DocumentListQuery extends DocumentFilter {
  /** Default 50. */
  readonly limit?: number;
  /** Summaries skipped first; default 0. */
  readonly offset?: number;
}

/** A stored document's metadata and number of statements, without its analysis. */
export interface DocumentSummary {
  readonly id: number;
  readonly source: string | null;
  readonly lang: Lang;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly quotes: number;
}

/** An input that could not be stored, with the reason (a message is data). */
export interface Failure {
  readonly source: string;
  readonly ruleId: string;
  readonly reason: string;
  readonly at: string;
}

export interface PutResult {
  /** Documents stored by this call. */
  readonly inserted: number;
  /** Documents whose text was already stored (same content hash): nothing was written for them. */
  readonly skipped: number;
}

/** A file already ingested whole: a resumed ingest skips it without reading it. */
export interface SourceMark {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Filters shared by the queries; every field optional. */
export interface DocumentFilter {
  /** Outlet, matched case-insensitively and exactly. */
  readonly outlet?: string;
  /** Published on or after this date (`YYYY-MM-DD`); documents without a date are left out. */
  readonly since?: string;
  /** Published before the end of this date (`YYYY-MM-DD`). */
  readonly until?: string;
  readonly lang?: Lang;
}

export interface SearchQuery extends DocumentFilter {
  /** Words to find (all of them); `"two words"` for a phrase, `word*` for a prefix. */
  readonly text: string;
  /** Default 20. */
  readonly limit?: number;
}

export interface SearchHit {
  readonly documentId: number;
  readonly source: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly lang: Lang;
  /** A piece of the text around the match, the matched words between [ and ]. */
  readonly snippet: string;
}

export interface QuoteQuery extends DocumentFilter {
  /**
   * The speaker's name: its words (all of them, case- and accent-insensitive: "Tokajev", "Antony
   * Blinken"), or any spelling of it ("Shoigu" finds Sjojgoe, Schoigu and Шойгу: by person key,
   * and through the corpus entities of `zegsman entities link`).
   */
  readonly speaker?: string;
  /** Words in what was said. */
  readonly text?: string;
  /** Default 100. */
  readonly limit?: number;
}

export interface QuoteRecord {
  readonly documentId: number;
  readonly source: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly quoteId: string;
  readonly kind: QuoteKind;
  readonly speakerName: string | null;
  readonly role: string | null;
  readonly cue: string | null;
  readonly content: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

export interface SpeakerQuery extends DocumentFilter {
  /** Default 50. */
  readonly limit?: number;
}

/** One speaker across spellings: the quotes of one person key (Sjojgoe and Shoigu), or of one name when it has no key ("het waterschap"). */
export interface SpeakerTotal {
  /** The person key, or `~` and the name as written when there is none. */
  readonly key: string;
  /** The name written most often. */
  readonly name: string;
  /** Every role, most quoted first. */
  readonly roles: readonly string[];
  readonly quotes: number;
  readonly documents: number;
  /** Statements per outlet, most first. */
  readonly outlets: ReadonlyArray<{ readonly outlet: string | null; readonly quotes: number }>;
}

export interface FigureQuery extends DocumentFilter {
  /** A word in the figure's unit or sentence ("doden", "procent"). */
  readonly about?: string;
  /** Default 100. */
  readonly limit?: number;
}

/** A stored figure and where it was published: a `FigureFact` without what it is about (unit key, entities, time). */
export type FigureRecord = Omit<FigureFact, 'unitKey' | 'entityKeys' | 'time'>;

export interface CorpusEntityQuery {
  readonly type?: EntityType;
  /** Words of a name in any spelling ("Shoigu", "Sjojgoe", "Шойгу"): matched by name key. */
  readonly name?: string;
  /** Default 50. */
  readonly limit?: number;
}

/** A corpus entity without its links. */
export type CorpusEntitySummary = Omit<CorpusEntity, 'links'>;

export interface StoreStats {
  readonly documents: number;
  readonly quotes: number;
  readonly mentions: number;
  readonly entities: number;
  readonly quantities: number;
  readonly quotedTerms: number;
  readonly hedges: number;
  readonly times: number;
  readonly failures: number;
  /** Number of documents per pipeline version. */
  readonly pipelineVersions: Readonly<Record<string, number>>;
}

export interface Store {
  readonly kind: StoreKind;
  /** Where it is, without any password (for messages). */
  readonly location: string;

  /** Which of these content hashes are stored already. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /** Stores documents in one transaction; a document whose hash is stored already is skipped. */
  putDocuments(documents: readonly PreparedDocument[]): Promise<PutResult>;
  /** Documents analysed by another pipeline version than `pipelineVersion`, by ascending id after `afterId`. */
  textsToReanalyze(pipelineVersion: string, afterId: number, limit: number): Promise<StoredText[]>;
  /** Replaces the analyses of stored documents (matched by hash) in one transaction. */
  replaceAnalyses(documents: readonly PreparedDocument[]): Promise<number>;
  getDocument(id: number): Promise<StoredDocument | null>;
  /** The id of the document with this content hash (`hashText` of its text); null when none. */
  documentIdByHash(hash: string): Promise<number | null>;
  /** Summaries of documents, newest first (by publication date, undated last, then by id descending), a page at a time. */
  documentSummaries(query: DocumentListQuery): Promise<DocumentSummary[]>;
  /** Every document by ascending id (export). */
  documents(filter?: DocumentFilter): AsyncIterable<StoredDocument>;

  recordFailures(failures: readonly Failure[]): Promise<void>;
  /** Failures by time, newest last; a source that later went in is no longer listed. */
  failures(): Promise<Failure[]>;
  isSourceDone(mark: SourceMark): Promise<boolean>;
  markSourceDone(mark: SourceMark): Promise<void>;

  /** Articles with all the words, best ranked first; a word in very many articles is ranked among the newest 2,000 of them (by id) only. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  quotes(query: QuoteQuery): Promise<QuoteRecord[]>;
  /** Speakers by number of statements, most first (then by name), one per person key: counted in SQL. */
  speakerTotals(query: SpeakerQuery): Promise<SpeakerTotal[]>;
  figures(query: FigureQuery): Promise<FigureRecord[]>;
  stats(): Promise<StoreStats>;

  // Entities across the corpus and conflicting figures (issue 8, `src/link/`).
  /** Every article's entity (for linking the corpus), by document. */
  entityRecords(): AsyncIterable<EntityRecord>;
  /** Replaces all corpus entities and their links in one transaction. */
  replaceCorpusEntities(entities: readonly CorpusEntity[]): Promise<void>;
  /** Corpus entities by mentions, most first. */
  corpusEntities(query: CorpusEntityQuery): Promise<CorpusEntitySummary[]>;
  /** One corpus entity with its links and their evidence; null when there is none with this id. */
  corpusEntity(id: string): Promise<CorpusEntity | null>;
  /** The merges and splits made by hand, oldest first. */
  entityOverrides(): Promise<EntityOverride[]>;
  addEntityOverride(override: EntityOverride): Promise<void>;
  /** The figures that can conflict (a unit, an entity in their sentence, a date), with what they are about, by document (for `figures --conflicts`). */
  figureFacts(filter: DocumentFilter): AsyncIterable<FigureFact>;
  /** The same figures read narrow (what they are about, value, claimant, date and row id, no text), a page at a time, to group them cheaply. */
  figureKeys(filter: DocumentFilter): AsyncIterable<readonly FigureKey[]>;
  /** The whole figures of these row ids (from `figureKeys`), by id; ids no longer stored are absent. */
  figureFactsById(ids: readonly number[]): Promise<Map<number, FigureFact>>;

  close(): Promise<void>;
}

/** A store that cannot be opened or used; the message names the database and the reason. */
export class StoreError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
    readonly ruleId: string,
  ) {
    super(`${location}: ${reason}`);
  }
}
