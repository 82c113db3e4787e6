import { z } from 'zod';

/** Largest article text the API accepts, in characters (the body limit is set to fit it). */
export const MAX_TEXT_CHARS = 500_000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected a date as YYYY-MM-DD or an ISO 8601 timestamp')
  .refine((value) => !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)), 'not a real date');

/** What a client may tell about an article (mirrors `DocMeta` in src/core/types.ts). */
export const docMetaSchema = z
  .strictObject({
    id: z.string().max(500).optional(),
    title: z.string().max(2000).optional(),
    author: z.string().max(500).optional(),
    outlet: z.string().max(500).optional(),
    url: z.string().max(2000).optional(),
    published: isoDate.optional().describe('publication date; relative times ("gisteren", "on Friday") are resolved against it'),
    timeZone: z.string().max(100).optional().describe('IANA time zone, default Europe/Amsterdam'),
  })
  .describe('what is known about the article; every field optional');

/** An article to analyse: its text, its language and what is known about it. */
export const articleSchema = z.strictObject({
  text: z
    .string()
    .max(MAX_TEXT_CHARS, `too long: the limit is ${MAX_TEXT_CHARS} characters`)
    .refine((text) => text.trim() !== '', 'empty: there is no text to analyse')
    .refine((text) => !text.includes('\u0000'), 'binary data, not text (it contains a NUL character)')
    .describe('the article as plain UTF-8 text; it is never changed, every offset points into it'),
  lang: z.enum(['nl', 'en', 'auto']).default('auto').describe('language of the text; auto detects Dutch or English'),
  meta: docMetaSchema.default({}),
});

export type Article = z.output<typeof articleSchema>;
