/** The end of a URL or e-mail address that runs through `at`: the chunk's end, less trailing punctuation. */
export function endOfAddress(text: string, at: number, end: number): number {
  let j = end;
  while (j > at + 1 && TRAILING_PUNCTUATION.has(text.charCodeAt(j - 1))) j--;
  return j;
}

const TRAILING_PUNCTUATION = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0x22, 0x27, 0x201d, 0x2019, 0xbb]);
