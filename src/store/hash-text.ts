import { createHash } from 'node:crypto';

/** The content hash that identifies a document: SHA-256 of its text, hex. Same text, same document. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
