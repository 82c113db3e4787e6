/** Default largest input accepted by `analyze`: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** An input that cannot be analysed; `message` names the input and the reason. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
    readonly ruleId: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

/**
 * Checks raw bytes and decodes them as UTF-8 text. Rejects empty input, binary data
 * (NUL bytes), bytes that are not UTF-8 and input over `maxBytes`. A UTF-8 byte order mark is
 * dropped (it is not part of the article).
 */
export function decodeInput(input: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(input, `too large: ${bytes.length} bytes, the limit is ${maxBytes} (raise it with --max-bytes)`, 'input-too-large');
  }
  if (bytes.length === 0) throw new InputError(input, 'empty: there is no text to analyse', 'input-empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(input, `binary data, not text (a NUL byte at offset ${nul})`, 'input-binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(input, `not valid UTF-8 (first bad byte at offset ${firstBadUtf8(bytes)}); convert it first, e.g. with iconv -f latin1 -t utf-8`, 'input-encoding');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(input, 'empty: only white space', 'input-empty');
  return text;
}

function firstBadUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefix validity would be wrong (a prefix can cut a character); scan instead.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
