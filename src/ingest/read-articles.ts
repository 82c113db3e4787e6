import { createReadStream, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { failure, type ReadItem } from './article.ts';
import { decodeInput, DEFAULT_MAX_BYTES, InputError } from './decode-input.ts';
import { detectFormat, type InputFormat } from './detect-format.ts';
import { readFeed } from './read-feed.ts';
import { readJson } from './read-json.ts';
import { readJsonl, splitLines } from './read-jsonl.ts';

/** Largest JSON or feed file read whole (JSON Lines files are streamed, any size). */
export const MAX_CONTAINER_BYTES = 512 * 1024 * 1024;

const HEAD_BYTES = 4096;

/**
 * Every article in one file, by its format (extension, else content): plain text, an HTML
 * page, JSON, JSON Lines or an RSS/Atom feed. Nothing throws for bad input: each unreadable
 * file or item is yielded as a failure with its reason.
 */
export async function* readArticles(path: string, options: { maxBytes?: number } = {}): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let head: Uint8Array;
  try {
    head = readHead(path);
  } catch (error) {
    yield failure(path, 'input-unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return;
  }
  if (head.length === 0) {
    yield failure(path, 'input-empty', 'empty: there is no text to analyse');
    return;
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    yield failure(path, 'input-binary', `binary data, not text (a NUL byte at offset ${nul})`);
    return;
  }
  const format = detectFormat(path, new TextDecoder().decode(head));
  if (format === 'jsonl') {
    yield* readJsonl(splitLines(createReadStream(path, { highWaterMark: 1 << 20 })), path);
    return;
  }
  let text: string;
  try {
    text = decodeInput(path, readFileSync(path), format === 'json' || format === 'feed' ? MAX_CONTAINER_BYTES : maxBytes);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield failure(path, error.ruleId, error.reason);
    return;
  }
  yield* readDecoded(text, path, format);
}

/** Every article in decoded input whose format is known (standard input, or a file read whole). */
export async function* readDecoded(text: string, source: string, format: InputFormat): AsyncGenerator<ReadItem> {
  switch (format) {
    case 'text':
      yield { kind: 'article', article: { source, meta: {}, text } };
      return;
    case 'html':
      yield { kind: 'article', article: { source, meta: {}, page: text } };
      return;
    case 'json':
      yield* readJson(text, source);
      return;
    case 'feed':
      yield* readFeed(text, source);
      return;
    case 'jsonl': {
      const encoder = new TextEncoder();
      yield* readJsonl((async function* () {
        for (const line of text.split('\n')) yield encoder.encode(line);
      })(), source);
      return;
    }
  }
}

function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new InputError(path, 'is a folder', 'input-directory');
    throw error;
  } finally {
    closeSync(fd);
  }
}
