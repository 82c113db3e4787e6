import { extname } from 'node:path';

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed', '.feed': 'feed',
};

/**
 * The format of an input: by its file extension, else by its first characters (`<rss`,
 * `<feed` → feed; `<` → HTML; `{` or `[` → JSON, or JSONL when several lines each hold an
 * object); anything else is plain text.
 */
export function detectFormat(name: string, head: string): InputFormat {
  const known = BY_EXTENSION[extname(name).toLowerCase()];
  if (known !== undefined) return known;
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(start) ? 'feed' : 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /^\{.*\}\s*\n\s*\{/.test(start) ? 'jsonl' : 'json';
  return 'text';
}
