/** A reader for CoNLL-U (https://universaldependencies.org/format.html), enough for our evals and training. */

export interface ConlluWord {
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly feats: string;
  readonly head: string;
  readonly deprel: string;
  readonly misc: string;
}

/** A surface token; a multiword token ("don't" → do + n't, "au" → à + le) covers several words. */
export interface ConlluToken {
  readonly form: string;
  readonly words: readonly ConlluWord[];
  /** False where MISC says SpaceAfter=No. */
  readonly spaceAfter: boolean;
}

export interface ConlluSentence {
  readonly id: string;
  /** `# text`, or the tokens joined by their spacing when it is absent. */
  readonly text: string;
  readonly comments: Readonly<Record<string, string>>;
  readonly newDoc: string | null;
  readonly newPar: boolean;
  readonly tokens: readonly ConlluToken[];
  readonly words: readonly ConlluWord[];
}

export function parseConllu(source: string, name = 'input'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let comments: Record<string, string> = {};
  let newDoc: string | null = null;
  let newPar = false;
  let words: ConlluWord[] = [];
  let tokens: ConlluToken[] = [];
  let pendingRange: { form: string; last: number; spaceAfter: boolean; words: ConlluWord[] } | null = null;
  let lineNo = 0;

  const flush = (): void => {
    if (words.length === 0 && Object.keys(comments).length === 0) return;
    if (words.length > 0) {
      const joined = tokens.map((t, i) => t.form + (t.spaceAfter && i < tokens.length - 1 ? ' ' : '')).join('');
      sentences.push({
        id: comments.sent_id ?? `${sentences.length + 1}`,
        text: comments.text ?? joined,
        comments,
        newDoc,
        newPar,
        tokens,
        words,
      });
    }
    comments = {};
    newDoc = null;
    newPar = false;
    words = [];
    tokens = [];
    pendingRange = null;
  };

  for (const raw of source.split('\n')) {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const body = line.slice(1).trim();
      const eq = body.indexOf('=');
      if (body.startsWith('newdoc')) newDoc = eq === -1 ? '' : body.slice(eq + 1).trim();
      else if (body.startsWith('newpar')) newPar = true;
      if (eq !== -1) comments[body.slice(0, eq).trim()] = body.slice(eq + 1).trim();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${name}:${lineNo}: expected 10 tab-separated columns, found ${cols.length}`);
    const [id, form, lemma, upos, xpos, feats, head, deprel, , misc] = cols;
    const spaceAfter = !misc.split('|').includes('SpaceAfter=No');
    if (id.includes('-')) {
      const [, last] = id.split('-').map(Number);
      pendingRange = { form, last, spaceAfter, words: [] };
      continue;
    }
    if (id.includes('.')) continue; // empty nodes
    const word: ConlluWord = { id: Number(id), form, lemma, upos, xpos, feats, head, deprel, misc };
    words.push(word);
    if (pendingRange !== null) {
      pendingRange.words.push(word);
      if (word.id === pendingRange.last) {
        tokens.push({ form: pendingRange.form, words: pendingRange.words, spaceAfter: pendingRange.spaceAfter });
        pendingRange = null;
      }
    } else {
      tokens.push({ form, words: [word], spaceAfter });
    }
  }
  flush();
  return sentences;
}
