/**
 * Calls `visit(from, end, lineNo)` for each non-empty line of `text`: the line is
 * `text.slice(from, end)` without its line end, and lines are numbered from 1 (empty ones
 * counted, not visited). Walks the text with `indexOf` instead of splitting it, so a model file
 * read at start-up makes no array of lines.
 */
export function walkLines(text: string, visit: (from: number, end: number, lineNo: number) => void): void {
  let lineNo = 0;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lineNo++;
    const from = at;
    at = end + 1;
    if (end > from) visit(from, end, lineNo);
  }
}
