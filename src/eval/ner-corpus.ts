/**
 * Readers for named-entity corpora in BIO notation, enough for `eval ner` and `train ner`:
 *
 * - `conll2002`: `word POS tag` per line, space-separated, blank line between sentences,
 *   `-DOCSTART- -DOCSTART- O` opening each article (CoNLL-2002 Dutch; the marker shares the
 *   block of the article's first sentence and is dropped).
 * - `iob2`: `index<TAB>word<TAB>tag[<TAB>…]` per line, `#` comment lines, `# newdoc` opening an
 *   article (Universal NER).
 *
 * IOB1 input (an `I-` opening an entity) is read as if it were `B-`; tags are checked.
 */

export type NerFormat = 'conll2002' | 'iob2';

export const NER_FORMATS: readonly NerFormat[] = ['conll2002', 'iob2'];

export interface NerSentence {
  readonly words: readonly string[];
  /** BIO tags (`O`, `B-PER`, `I-PER`, …), one per word. */
  readonly tags: readonly string[];
  /** The corpus's own POS column where it has one (CoNLL-2002), else null. */
  readonly pos: readonly string[] | null;
}

/** An article: sentences that belong together (document-level features look across them). */
export interface NerDocument {
  readonly id: string;
  readonly sentences: readonly NerSentence[];
}

const TAG = /^(?:O|[BI]-[A-Z]+)$/;

/** Guesses the format from the first non-empty, non-comment line. */
export function guessNerFormat(source: string): NerFormat {
  for (const line of source.split('\n', 200)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    return line.includes('\t') ? 'iob2' : 'conll2002';
  }
  return 'conll2002';
}

export function parseNerCorpus(source: string, format: NerFormat, name = 'input'): NerDocument[] {
  const documents: NerDocument[] = [];
  let sentences: NerSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let pos: string[] = [];
  let docId = '';
  let lineNo = 0;

  const endSentence = (): void => {
    if (words.length > 0) sentences.push({ words, tags: repairBio(tags), pos: format === 'conll2002' ? pos : null });
    words = [];
    tags = [];
    pos = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ id: docId || `${name}#${documents.length + 1}`, sentences });
    sentences = [];
    docId = '';
  };

  for (const raw of source.split('\n')) {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    if (format === 'iob2') {
      if (line.startsWith('#')) {
        const m = /^#\s*newdoc(?:\s+id\s*=\s*(.*))?$/.exec(line);
        if (m) {
          endDocument();
          docId = (m[1] ?? '').trim();
        }
        continue;
      }
      const cols = line.split('\t');
      if (cols.length < 3) throw new Error(`${name}:${lineNo}: expected index, word and tag separated by tabs, found ${cols.length} column(s)`);
      words.push(cols[1]);
      tags.push(checkTag(cols[2], name, lineNo));
    } else {
      const cols = line.split(' ');
      if (cols.length !== 3) throw new Error(`${name}:${lineNo}: expected "word POS tag" separated by single spaces, found ${cols.length} field(s)`);
      if (cols[0] === '-DOCSTART-') {
        endDocument();
        continue;
      }
      words.push(cols[0]);
      pos.push(cols[1]);
      tags.push(checkTag(cols[2], name, lineNo));
    }
  }
  endDocument();
  return documents;
}

function checkTag(tag: string, name: string, lineNo: number): string {
  if (!TAG.test(tag)) throw new Error(`${name}:${lineNo}: "${tag}" is not a BIO tag (O, B-TYPE or I-TYPE)`);
  return tag;
}

/** Turns an `I-X` that does not continue an `X` entity into `B-X` (IOB1 → IOB2). */
export function repairBio(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag.startsWith('I-')) {
      const prev = i === 0 ? 'O' : out[i - 1];
      if (prev === 'O' || prev.slice(2) !== tag.slice(2)) {
        out.push(`B-${tag.slice(2)}`);
        continue;
      }
    }
    out.push(tag);
  }
  return out;
}
