/**
 * A small streaming reader for Alpino-DS XML treebanks (https://www.let.rug.nl/~vannoord/alp/Alpino/),
 * as found in `../shared/data/alpino-treebank/`: many `<alpino_ds>` documents, each a tree of
 * `<node>` elements and a `<sentence>`. It reads only what POS training needs: for every word,
 * its leaf attributes and the relations of the leaf's siblings. Yields one sentence at a time.
 */

export interface AlpinoLeaf {
  /** Position in the sentence (the `begin` attribute). */
  readonly position: number;
  readonly word: string;
  readonly lemma: string;
  /** CGN/D-Coi tag, e.g. `WW(pv,tgw,ev)`. */
  readonly postag: string;
  /** Dependency relation to the parent (`hd`, `su`, `mwp`, `--`, …). */
  readonly rel: string;
  /** Relations of the other children of the leaf's parent (`vc`, `predc`, …). */
  readonly siblingRels: readonly string[];
}

export interface AlpinoSentence {
  readonly id: string;
  /** The `<sentence>` text split on spaces: position n is word n. */
  readonly words: readonly string[];
  /** One leaf per position, or null where the tree has no leaf for it. */
  readonly leaves: ReadonlyArray<AlpinoLeaf | null>;
}

interface NodeDraft {
  readonly attributes: Record<string, string>;
  readonly children: NodeDraft[];
}

const ATTRIBUTE = /([A-Za-z_:][-\w.:]*)\s*=\s*"([^"]*)"/g;

export function* readAlpinoTreebank(xml: string, name = 'treebank'): Generator<AlpinoSentence> {
  let at = 0;
  for (;;) {
    const start = xml.indexOf('<alpino_ds', at);
    if (start === -1) return;
    const end = xml.indexOf('</alpino_ds>', start);
    if (end === -1) throw new Error(`${name}: <alpino_ds> at offset ${start} is not closed`);
    yield readDocument(xml.slice(start, end), name, start);
    at = end + 12;
  }
}

function readDocument(doc: string, name: string, offset: number): AlpinoSentence {
  const head = doc.slice(0, doc.indexOf('>') + 1);
  const id = attributesOf(head).id ?? `@${offset}`;
  const stack: NodeDraft[] = [];
  let root: NodeDraft | null = null;
  let sentence: string | null = null;
  let at = 0;
  for (;;) {
    const open = doc.indexOf('<', at);
    if (open === -1) break;
    const close = doc.indexOf('>', open);
    if (close === -1) throw new Error(`${name}: ${id}: unclosed tag at offset ${offset + open}`);
    const tag = doc.slice(open + 1, close);
    at = close + 1;
    if (tag.startsWith('node')) {
      const node: NodeDraft = { attributes: attributesOf(tag), children: [] };
      if (stack.length > 0) stack[stack.length - 1].children.push(node);
      else root = node;
      if (!tag.endsWith('/')) stack.push(node);
    } else if (tag === '/node') {
      stack.pop();
    } else if (tag.startsWith('sentence')) {
      const closeTag = doc.indexOf('</sentence>', at);
      if (closeTag === -1) throw new Error(`${name}: ${id}: <sentence> is not closed`);
      sentence = decodeEntities(doc.slice(at, closeTag));
      at = closeTag + 11;
    }
  }
  if (root === null || sentence === null) throw new Error(`${name}: ${id}: no tree or no <sentence>`);
  const words = sentence.trim().split(/ +/);
  const leaves: Array<AlpinoLeaf | null> = words.map(() => null);
  collectLeaves(root, [], leaves);
  return { id, words, leaves };
}

function collectLeaves(node: NodeDraft, siblingRels: readonly string[], leaves: Array<AlpinoLeaf | null>): void {
  const a = node.attributes;
  if (a.word !== undefined && a.begin !== undefined) {
    const position = Number(a.begin);
    if (position >= 0 && position < leaves.length) {
      leaves[position] = { position, word: a.word, lemma: a.lemma ?? a.word, postag: a.postag ?? '', rel: a.rel ?? '', siblingRels };
    }
    return;
  }
  for (const child of node.children) {
    const others = node.children.filter((c) => c !== child).map((c) => c.attributes.rel ?? '');
    collectLeaves(child, others, leaves);
  }
}

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]] = decodeEntities(m[2]);
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e],
  );
}
