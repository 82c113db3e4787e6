import { failure, type ReadItem } from './article.ts';
import { articleFromRecord } from './article-from-record.ts';
import { decodeInput, InputError } from './decode-input.ts';

/**
 * The articles of a JSON Lines file, one record a line, read line by line (a file of any size
 * in flat memory). A bad line (not UTF-8, not JSON, no text) is a failure of `path#N` (N the
 * line number); the other lines go on.
 */
export async function* readJsonl(lines: AsyncIterable<Uint8Array>, source: string): AsyncGenerator<ReadItem> {
  let number = 0;
  let records = 0;
  for await (const bytes of lines) {
    number += 1;
    const lineSource = `${source}#${number}`;
    if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    records += 1;
    let line: string;
    try {
      line = decodeInput(lineSource, bytes);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield failure(lineSource, error.ruleId, `line ${number}: ${error.reason}`);
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield failure(lineSource, 'json-invalid', `line ${number} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    yield articleFromRecord(record, lineSource);
  }
  if (records === 0) yield failure(source, 'jsonl-empty', 'no JSON lines in the file');
}

/** The lines of a byte stream, without their line ends. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let rest: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let data = rest.length === 0 ? chunk : concat(rest, chunk);
    let start = 0;
    for (let end = data.indexOf(0x0a); end !== -1; end = data.indexOf(0x0a, start)) {
      yield data.subarray(start, end);
      start = end + 1;
    }
    rest = data.slice(start);
    data = rest;
  }
  if (rest.length > 0) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
