import type { Paragraph, Span } from '../../../src/core/types.ts';
import { MARK_RANK, type Mark } from './collect-marks.ts';

/** A piece of a mark inside one block; marks that cross are cut so that pieces nest. */
export interface MarkNode extends Span {
  readonly mark: Mark;
  /** True for the piece where the mark begins (it carries the statement's anchor). */
  readonly first: boolean;
  readonly children: MarkNode[];
}

export interface Block extends Span {
  readonly kind: Paragraph['kind'];
  readonly children: MarkNode[];
}

interface Piece extends Span {
  readonly mark: Mark;
  readonly first: boolean;
  readonly rank: number;
}

/** The paragraphs of the analysis, or, before that layer exists, the text split at blank lines. */
export function blocksOf(text: string, paragraphs: readonly Paragraph[]): Array<Span & { kind: Paragraph['kind'] }> {
  if (paragraphs.length > 0) return paragraphs.map((p) => ({ start: p.start, end: p.end, kind: p.kind }));
  const blocks: Array<Span & { kind: Paragraph['kind'] }> = [];
  const blank = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (let match = blank.exec(text); ; match = blank.exec(text)) {
    const end = match ? match.index : text.length;
    const lead = text.slice(start, end).search(/\S/);
    if (lead !== -1) blocks.push({ start: start + lead, end: start + text.slice(start, end).trimEnd().length, kind: 'paragraph' });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return blocks;
}

/** Cuts `piece` at every boundary of an accepted piece that it crosses. */
function cutAcross(piece: Piece, accepted: readonly Piece[]): Piece[] {
  const cuts: number[] = [];
  for (const a of accepted) {
    if (a.start < piece.start && piece.start < a.end && a.end < piece.end) cuts.push(a.end);
    else if (piece.start < a.start && a.start < piece.end && piece.end < a.end) cuts.push(a.start);
  }
  if (cuts.length === 0) return [piece];
  cuts.sort((x, y) => x - y);
  const out: Piece[] = [];
  let start = piece.start;
  for (const cut of [...cuts, piece.end]) {
    if (cut > start) out.push({ ...piece, start, end: cut, first: piece.first && start === piece.start });
    start = cut;
  }
  return out;
}

/**
 * Nests the marks inside each block. Outer layers (quotes) stay whole; a mark that crosses
 * one drawn outside it is cut into pieces, so every piece lies inside or beside every other.
 */
export function nestMarks(text: string, paragraphs: readonly Paragraph[], marks: readonly Mark[]): Block[] {
  const blocks = blocksOf(text, paragraphs);
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const blockOut: Block[] = [];
  let from = 0;
  for (const block of blocks) {
    while (from < sorted.length && sorted[from].end <= block.start) from++;
    const pieces: Piece[] = [];
    for (let i = from; i < sorted.length && sorted[i].start < block.end; i++) {
      const mark = sorted[i];
      const start = Math.max(mark.start, block.start);
      const end = Math.min(mark.end, block.end);
      if (end > start) pieces.push({ mark, start, end, first: mark.start >= block.start, rank: MARK_RANK[mark.kind] });
    }
    pieces.sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end);
    const accepted: Piece[] = [];
    for (const piece of pieces) accepted.push(...cutAcross(piece, accepted));
    accepted.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    const roots: MarkNode[] = [];
    const stack: MarkNode[] = [];
    for (const piece of accepted) {
      while (stack.length > 0 && stack[stack.length - 1].end <= piece.start) stack.pop();
      const node: MarkNode = { start: piece.start, end: piece.end, mark: piece.mark, first: piece.first, children: [] };
      (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
      stack.push(node);
    }
    blockOut.push({ ...block, children: roots });
  }
  return blockOut;
}
