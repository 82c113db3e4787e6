import { z } from 'zod';
import { analysisSchema } from './analysis-schema.ts';
import { docMetaSchema } from './doc-meta-schema.ts';

/** The zod schemas of the corpus API's answers and queries; the web app imports their types. */

const lang = z.enum(['nl', 'en']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most ${max}; default ${fallback}`);

export const documentFilterQuery = z.strictObject({
  outlet: z.string().max(200).optional().describe('outlet, matched exactly (case-insensitive)'),
  since: date.optional().describe('published on or after this date'),
  until: date.optional().describe('published on or before this date'),
  lang: lang.optional(),
});

export const statusSchema = z.object({
  schemaVersion: z.string(),
  allowWrite: z.boolean().describe('whether POST /api/documents stores articles'),
  store: z.object({ kind: z.enum(['sqlite', 'postgres']), location: z.string(), documents: z.number().int() }).nullable(),
});

export const documentSummarySchema = z.object({
  id: z.number().int(),
  source: z.string().nullable(),
  lang,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  quotes: z.number().int().describe('statements found in the article'),
});
export const documentsQuery = documentFilterQuery.extend({ limit: limit(500, 50), offset: z.coerce.number().int().min(0).max(1_000_000).default(0) });
export const documentListSchema = z.object({ documents: z.array(documentSummarySchema) });

export const documentSchema = z.object({
  id: z.number().int(),
  source: z.string().nullable(),
  lang,
  meta: docMetaSchema,
  pipelineVersion: z.string(),
  ingestedAt: z.string(),
  analysis: analysisSchema,
});
export const documentParams = z.strictObject({ id: z.coerce.number().int().min(1).describe('document id') });
/** Layers a client may leave out of a document (the reader draws none of them): returned empty. */
export const OMITTABLE_LAYERS = ['tokens', 'sentences', 'quoteSpans'] as const;
export const documentQuery = z.strictObject({
  omit: z
    .string()
    .regex(new RegExp(`^(${OMITTABLE_LAYERS.join('|')})(,(${OMITTABLE_LAYERS.join('|')}))*$`), `expected a comma-separated list of ${OMITTABLE_LAYERS.join(', ')}`)
    .optional()
    .describe(`layers to return empty, to save transfer: ${OMITTABLE_LAYERS.join(', ')} (tokens are two thirds of an analysis)`),
});

/** Which stored article a quote, figure or search hit comes from, and where it was published. */
const fromArticle = {
  documentId: z.number().int(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
};

export const quoteRecordSchema = z.object({
  ...fromArticle,
  quoteId: z.string(),
  kind: z.enum(['direct', 'indirect']),
  speakerName: z.string().nullable(),
  role: z.string().nullable(),
  cue: z.string().nullable(),
  content: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number(),
});
export const quotesQuery = documentFilterQuery.extend({
  speaker: z.string().max(200).optional().describe('words of the speaker\'s name, all of them'),
  q: z.string().max(500).optional().describe('words in what was said'),
  limit: limit(1000, 200),
});
export const quoteListSchema = z.object({ quotes: z.array(quoteRecordSchema).describe('by publication date, oldest first') });

export const speakerSummarySchema = z.object({
  key: z.string().describe('the person key ("xoigu,sergei"), or ~ and the name as written when it has none'),
  name: z.string().describe('the name written most often'),
  roles: z.array(z.string()),
  quotes: z.number().int(),
  documents: z.number().int(),
  outlets: z.array(z.object({ outlet: z.string().nullable(), quotes: z.number().int() })),
});
export const speakersQuery = documentFilterQuery.extend({ limit: limit(500, 100) });
export const speakerListSchema = z.object({ speakers: z.array(speakerSummarySchema).describe('most quoted first') });

export const figureRecordSchema = z.object({
  ...fromArticle,
  text: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  approx: z.enum(['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most']),
  unit: z.string().nullable(),
  claimedBy: z.string().nullable(),
  context: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export const figureFactSchema = figureRecordSchema.extend({
  unitKey: z.string().nullable().describe('what it counts as a concept across languages ("soldiers")'),
  entityKeys: z.array(z.string()).describe('`TYPE:key` of the entities its sentence names'),
  time: z.string().nullable().describe('the resolved time its sentence names (ISO)'),
});
export const figureConflictSchema = z.object({
  unitKey: z.string().describe('the counted thing the figures share, as a concept across languages'),
  entityKeys: z.array(z.string()).describe('the entity keys the figures of the group share ("kasaxstan")'),
  from: z.string().describe('first date of the figures (their sentence\'s time, else the publication date)'),
  to: z.string(),
  values: z.array(z.number()).describe('the different values, lowest first'),
  claimants: z.array(z.string()).describe('who claims them: the speaker, or "writer: <outlet>"'),
  figures: z.array(figureFactSchema).describe('every claim, lowest value first'),
});
export const figuresQuery = documentFilterQuery.extend({
  about: z.string().max(200).optional().describe('a word in the figure\'s unit or sentence'),
  conflicts: z.enum(['true', 'false']).default('false').transform((value) => value === 'true').describe('true: only groups of figures for the same thing (unit, entities, time window) that disagree, as `zegsman figures --conflicts`; limit counts groups'),
  window: z.coerce.number().int().min(1).max(366).default(7).describe('with conflicts: days apart that still count as one time; default 7'),
  limit: limit(2000, 200),
});
export const figureListSchema = z.object({ figures: z.array(figureRecordSchema), conflicts: z.array(figureConflictSchema).describe('filled when conflicts=true') });

export const searchHitSchema = z.object({
  ...fromArticle,
  lang,
  snippet: z.string().describe('text around the match, matched words between [ and ]'),
});
export const searchQuery = documentFilterQuery.extend({ q: z.string().trim().min(1, 'empty: say what to search for').max(500), limit: limit(200, 20) });
export const searchResultSchema = z.object({ documents: z.array(searchHitSchema), quotes: z.array(quoteRecordSchema) });

export const storedSchema = z.object({
  hash: z.string(),
  inserted: z.boolean().describe('false when the same text was stored already'),
  id: z.number().int().describe('the stored document\'s id (the one stored before, when the same text was)'),
});

export type Status = z.infer<typeof statusSchema>;
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type DocumentList = z.infer<typeof documentListSchema>;
export type DocumentBody = z.infer<typeof documentSchema>;
export type QuoteList = z.infer<typeof quoteListSchema>;
export type QuoteRecordBody = z.infer<typeof quoteRecordSchema>;
export type SpeakerSummary = z.infer<typeof speakerSummarySchema>;
export type SpeakerList = z.infer<typeof speakerListSchema>;
export type FigureRecordBody = z.infer<typeof figureRecordSchema>;
export type FigureConflict = z.infer<typeof figureConflictSchema>;
export type FigureList = z.infer<typeof figureListSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type Stored = z.infer<typeof storedSchema>;
