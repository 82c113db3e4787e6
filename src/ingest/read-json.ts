import { failure, type ReadItem } from './article.ts';
import { articleFromRecord } from './article-from-record.ts';

/** Array fields that hold the records when a JSON file is one object around them. */
const LIST_FIELDS = ['articles', 'items', 'documents', 'data'];

/** The articles of a JSON file: one record, an array of records, or `{ "articles": [ … ] }`. */
export function* readJson(json: string, source: string): Generator<ReadItem> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    yield failure(source, 'json-invalid', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const list = LIST_FIELDS.map((field) => (data as Record<string, unknown>)[field]).find(Array.isArray);
    if (list !== undefined) data = list;
  }
  if (!Array.isArray(data)) {
    yield articleFromRecord(data, source);
    return;
  }
  if (data.length === 0) yield failure(source, 'json-empty', 'an empty JSON array: no articles');
  for (const [index, record] of data.entries()) yield articleFromRecord(record, `${source}#${index + 1}`);
}
