import { z } from 'zod';
import analysisJsonSchema from '../../schema/analysis.schema.json' with { type: 'json' };

/**
 * The `Analysis` shape as a zod schema, built from `schema/analysis.schema.json` (the one
 * documented output schema) so that the OpenAPI document and the JSON Schema cannot drift.
 * Used to describe responses; the server does not re-validate its own output.
 */
export const analysisSchema = z.fromJSONSchema(analysisJsonSchema as z.core.JSONSchema.JSONSchema).describe(
  'The sourced record of one article (schema/analysis.schema.json). Every span is [start, end) into `text`.',
);
