import { z } from 'zod';
import { quoteRecordSchema } from './corpus-schemas.ts';

/** The zod schemas of the corpus entities' answers and queries (issue 8's linking, issue 9's API). */

const entityType = z.enum(['PER', 'ORG', 'LOC', 'MISC']);

export const entitySummarySchema = z.object({
  id: z.string().describe('`TYPE:key` of its fullest key ("PER:xoigu,sergei")'),
  type: entityType,
  name: z.string().describe('the name written most often with the fullest key'),
  key: z.string(),
  keys: z.array(z.string()).describe('every key of its members, the fullest first'),
  confidence: z.number().describe('the lowest confidence of its links'),
  documents: z.number().int(),
  mentions: z.number().int(),
});
export const entitiesQuery = z.strictObject({
  name: z.string().max(200).optional().describe('words of a name in any spelling ("Shoigu", "Sjojgoe", "Шойгу")'),
  type: entityType.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('at most 500; default 50'),
});
export const entityListSchema = z.object({ entities: z.array(entitySummarySchema).describe('most mentioned first') });

export const entityLinkSchema = z.object({
  documentId: z.number().int(),
  entityId: z.string().describe("the article's own entity id"),
  key: z.string(),
  name: z.string().describe('the name as the article writes it'),
  reason: z.enum(['same-key', 'compatible-names', 'surname-only', 'merged-by-hand']).describe('what the link rests on'),
  confidence: z.number(),
});
export const entityParams = z.strictObject({ id: z.string().min(3).max(300).regex(/^(PER|ORG|LOC|MISC):./, 'expected TYPE:key, such as PER:xoigu,sergei').describe('`TYPE:key`') });
export const entityQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200).describe('statements returned, at most 1000; default 200') });
export const entitySchema = entitySummarySchema.extend({
  names: z.array(z.object({ name: z.string(), documents: z.number().int() })).describe('every spelling the articles use, most used first'),
  links: z.array(entityLinkSchema).describe("the articles' entities linked into it, with the evidence"),
  quotes: z.array(quoteRecordSchema).describe('its statements, by publication date, oldest first'),
});

export type EntitySummaryBody = z.infer<typeof entitySummarySchema>;
export type EntityList = z.infer<typeof entityListSchema>;
export type EntityBody = z.infer<typeof entitySchema>;
