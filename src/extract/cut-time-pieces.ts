import type { Span } from '../core/types.ts';

/** Longest piece handed to chrono-node at once, in UTF-16 code units. */
export const MAX_TIME_PIECE = 1000;

/** White space this long never stands inside a time expression. */
const LONG_SPACE = /\s{8,}/gu;

/**
 * Cuts the text into the pieces chrono-node reads one at a time, so that its cost stays linear
 * in the length of the text. chrono rescans the rest of its input from each match, and some of
 * its Dutch patterns (`(deze)?\s*(avond|…)`, unanchored) rescan a run of white space from each of
 * its characters: on one piece both grow with the square of its length (32,000 spaces took 2 s).
 * Pieces leave out runs of eight or more white-space characters and are at most MAX_TIME_PIECE
 * long, cut at the last sentence end before that, else at the last white space (or hard, inside
 * a word that long); only a time expression straddling a cut in a sentence that long is lost.
 */
export function cutTimePieces(text: string): Span[] {
  const pieces: Span[] = [];
  let from = 0;
  const add = (start: number, end: number): void => {
    while (end - start > MAX_TIME_PIECE) {
      const cut = lastCut(text, start, start + MAX_TIME_PIECE);
      pieces.push({ start, end: cut });
      start = cut;
    }
    if (end > start) pieces.push({ start, end });
  };
  for (const run of text.matchAll(LONG_SPACE)) {
    add(from, run.index);
    from = run.index + run[0].length;
  }
  add(from, text.length);
  return pieces;
}

/** Where to end a piece that may not reach past `limit`: after the last sentence end in its second half, else at its last white space, else at the limit. */
function lastCut(text: string, start: number, limit: number): number {
  const half = start + (limit - start) / 2;
  let space = -1;
  for (let at = limit; at > start; at--) {
    if (!/\s/u.test(text[at])) continue;
    if (space === -1) space = at;
    if (/[.!?;]/u.test(text[at - 1])) return at;
    if (at < half) break;
  }
  return space === -1 || space === start ? limit : space;
}
