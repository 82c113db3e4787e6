import type { Translate } from '../i18n/translate.ts';
import { markClasses, markTitle, speakerBadge } from './describe-mark.ts';
import type { SpeakerIndex } from './group-speakers.ts';
import type { Block, MarkNode } from './nest-marks.ts';

/** The element id of a statement's anchor (its first piece). */
export function statementAnchorId(quoteId: string): string {
  return `stmt-${quoteId}`;
}

function drawNodes(document: Document, parent: Node, text: string, start: number, end: number, nodes: readonly MarkNode[], draw: (node: MarkNode) => HTMLElement): void {
  let at = start;
  for (const node of nodes) {
    if (node.start > at) parent.appendChild(document.createTextNode(text.slice(at, node.start)));
    const element = draw(node);
    drawNodes(document, element, text, node.start, node.end, node.children, draw);
    parent.appendChild(element);
    at = node.end;
  }
  if (end > at) parent.appendChild(document.createTextNode(text.slice(at, end)));
}

/**
 * Draws the article into `container` from the offsets: every character of the text goes in as
 * a text node sliced from `text` (never as HTML), wrapped in one element per mark piece.
 */
export function drawArticle(container: HTMLElement, text: string, blocks: readonly Block[], speakers: SpeakerIndex, t: Translate, locale: string): void {
  const document = container.ownerDocument;
  const fragment = document.createDocumentFragment();
  const draw = (node: MarkNode): HTMLElement => {
    const element = document.createElement('span');
    element.className = markClasses(node.mark, speakers);
    element.title = markTitle(node.mark, speakers, t, locale);
    if (node.mark.kind === 'quote') {
      element.dataset.quote = node.mark.quote;
      if (node.first) {
        element.id = statementAnchorId(node.mark.quote);
        element.tabIndex = -1;
        element.dataset.badge = speakerBadge(node.mark.speaker, speakers);
        element.classList.add('q-first');
      }
    }
    return element;
  };
  for (const block of blocks) {
    const element = document.createElement(block.kind === 'heading' ? 'h3' : 'p');
    element.dataset.start = String(block.start);
    drawNodes(document, element, text, block.start, block.end, block.children, draw);
    fragment.appendChild(element);
  }
  container.replaceChildren(fragment);
}
