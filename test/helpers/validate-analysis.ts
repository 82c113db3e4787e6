import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ROOT } from './shared-data.ts';

/** schema/analysis.schema.json, parsed. */
export const analysisSchema = JSON.parse(readFileSync(join(ROOT, 'schema', 'analysis.schema.json'), 'utf8'));

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(analysisSchema);

/**
 * Validates a value as it would travel (through JSON) against the Analysis JSON Schema.
 * Returns the first few errors, or an empty list when it is valid.
 */
export function schemaErrors(analysis: unknown): ErrorObject[] {
  return validate(JSON.parse(JSON.stringify(analysis))) ? [] : (validate.errors ?? []).slice(0, 5);
}
