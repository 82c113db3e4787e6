import type { ConlluSentence } from './conllu.ts';

/** A document rebuilt from CoNLL-U: its raw text and the gold sentences and tokens in it. */
export interface UdDocument {
  readonly id: string;
  /** Paragraphs joined by "\n\n", sentences by " ". */
  readonly text: string;
  /** Character spans of the gold sentences in `text`. */
  readonly sentences: readonly UdSpan[];
  /** Spans of the gold surface tokens (a multiword token such as "don't" is one) in `text`. */
  readonly tokens: readonly UdSpan[];
  /** Sentences whose `# text` did not match their token forms, so the forms were used. */
  readonly repaired: number;
}

export interface UdSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a sentence belongs. With `# newdoc` / `# newpar` comments those decide; without them
 * (the Dutch UD treebanks) the sentence id carries document and paragraph, as in
 * `WR-P-P-H-0000000105\WR-P-P-H-0000000105.p.6.s.2` or `wiki-1181.p.10.s.1` (LassySmall also
 * has `….s.3.1` and `….s.3_2` for parts of a split sentence).
 */
const ID_WITH_PARAGRAPH = /^(?:.*\\)?(.+)\.p\.(\d+)\.s\.(\d+(?:[._]\d+)*)$/;

/**
 * Groups CoNLL-U sentences into documents and rebuilds each document's text. Without
 * `# newdoc` the sentences of a document are put back in the order their ids give (paragraph,
 * then sentence, numerically): LassySmall lists them sorted as text, `….s.23` after `….s.239`
 * and the heading `….s.3.1` between `….s.30` and `….s.31`.
 */
export function rebuildDocuments(input: readonly ConlluSentence[]): UdDocument[] {
  const hasNewDoc = input.some((s) => s.newDoc !== null);
  const sentences = hasNewDoc ? input : inIdOrder(input);
  const hasNewPar = sentences.some((s) => s.newPar);
  const docs: UdDocument[] = [];
  let current: Builder | null = null;
  let lastDoc = '';
  let lastPar = '';
  sentences.forEach((sentence, index) => {
    let docId: string;
    let newParagraph: boolean;
    if (hasNewDoc) {
      docId = sentence.newDoc !== null ? sentence.newDoc || `doc-${index}` : lastDoc;
      newParagraph = hasNewPar ? sentence.newPar : false;
    } else {
      const match = ID_WITH_PARAGRAPH.exec(sentence.id);
      if (match !== null) {
        docId = match[1];
        const par = `${match[1]}.p.${match[2]}`;
        newParagraph = par !== lastPar;
        lastPar = par;
      } else {
        docId = lastDoc || 'document';
        newParagraph = hasNewPar ? sentence.newPar : true;
      }
    }
    if (current === null || docId !== lastDoc || (hasNewDoc && sentence.newDoc !== null)) {
      if (current !== null) docs.push(current.finish());
      current = new Builder(docId);
      newParagraph = true;
    }
    lastDoc = docId;
    current.add(sentence, newParagraph);
  });
  if (current !== null) docs.push((current as Builder).finish());
  return docs;
}

class Builder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly sentences: UdSpan[] = [];
  private readonly tokens: UdSpan[] = [];
  private repaired = 0;

  constructor(private readonly id: string) {}

  add(sentence: ConlluSentence, newParagraph: boolean): void {
    if (this.length > 0) this.append(newParagraph ? '\n\n' : ' ');
    const forms = sentence.tokens.map((t) => t.form);
    let text = sentence.text;
    if (stripSpace(text) !== stripSpace(forms.join(''))) {
      text = sentence.tokens.map((t, i) => t.form + (t.spaceAfter && i < forms.length - 1 ? ' ' : '')).join('');
      this.repaired++;
    }
    const base = this.length;
    // Align each form with the text, skipping white space (forms may contain spaces too).
    let at = 0;
    const firstIndex = this.tokens.length;
    for (const form of forms) {
      while (at < text.length && /\s/.test(text[at])) at++;
      const start = at;
      for (const ch of form) {
        if (/\s/.test(ch)) continue;
        while (at < text.length && /\s/.test(text[at])) at++;
        at += ch.length;
      }
      this.tokens.push({ start: base + start, end: base + at });
    }
    this.sentences.push({ start: this.tokens[firstIndex].start, end: base + at });
    this.append(text);
  }

  finish(): UdDocument {
    return { id: this.id, text: this.parts.join(''), sentences: this.sentences, tokens: this.tokens, repaired: this.repaired };
  }

  private append(part: string): void {
    this.parts.push(part);
    this.length += part.length;
  }
}

/**
 * Each run of sentences whose ids all name the same document, sorted by the numbers in their
 * ids (paragraph, sentence, part); runs with other ids keep the file's order.
 */
function inIdOrder(sentences: readonly ConlluSentence[]): readonly ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let run: { sentence: ConlluSentence; key: number[] }[] = [];
  let runDoc: string | null = null;
  const flush = (): void => {
    run.sort((a, b) => compareKeys(a.key, b.key));
    for (const item of run) out.push(item.sentence);
    run = [];
  };
  for (const sentence of sentences) {
    const match = ID_WITH_PARAGRAPH.exec(sentence.id);
    const doc = match === null ? null : match[1];
    if (doc !== runDoc || doc === null) flush();
    runDoc = doc;
    if (match === null) out.push(sentence);
    else run.push({ sentence, key: [Number(match[2]), ...match[3].split(/[._]/).map(Number)] });
  }
  flush();
  return out;
}

/** Numeric comparison, a shorter key first when it is a prefix ("s.3" before "s.3.1"). */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function stripSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
