/** Elements whose content is not article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);

/** Elements that start and end a paragraph of text. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'HR', 'ADDRESS',
]);

/** The DOM interface this needs (linkedom's nodes have it). */
export interface TextNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

/**
 * The readable text of a DOM subtree: white space inside a paragraph collapsed to single
 * spaces, one blank line between paragraphs (block elements) and a line break for `<br>`,
 * so the paragraph and heading structure survives for the pipeline.
 */
export function htmlToText(root: TextNode): string {
  const paragraphs: string[] = [];
  let line = '';
  const lines: string[] = [];
  const endLine = (): void => {
    const clean = line.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (clean !== '') lines.push(clean);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines.length = 0;
  };
  const visit = (node: TextNode): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    const block = BLOCK.has(name);
    if (block) endParagraph();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]);
    if (block) endParagraph();
  };
  visit(root);
  endParagraph();
  return paragraphs.join('\n\n');
}
