import type { Lang } from '../core/types.ts';
import { analyze } from '../pipeline.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { parseConllu } from './conllu.ts';
import { langFromPath } from './lang-of-gold-file.ts';
import { goldFiles, readGoldText } from './read-gold.ts';
import { rebuildDocuments, type UdDocument, type UdSpan } from './rebuild-ud-text.ts';
import { prf, type EvalOptions, type EvalResult, type EvalTask } from './task.ts';

/** One place where our segmentation and the gold one disagree. */
export interface SegmentError {
  readonly kind: 'sentence' | 'token';
  readonly document: string;
  readonly gold: readonly string[];
  readonly system: readonly string[];
  /** The text around the disagreement. */
  readonly context: string;
}

interface Counts {
  gold: number;
  system: number;
  correct: number;
}

/**
 * `zegsman eval segment --gold FILE.conllu[.gz]`: sentence-boundary and token F1 against UD
 * CoNLL-U, scored like the CoNLL 2018 shared task: the text of each document is rebuilt from
 * `# text` (paragraphs from `# newpar` or the sentence ids), our pipeline runs until 'tokens',
 * and spans match when they cover the same non-white-space characters.
 */
export const segmentTask: EvalTask = {
  name: 'segment',
  description: 'sentence and token F1 against UD CoNLL-U (CoNLL 2018 style)',
  run(gold: string, options: EvalOptions): EvalResult {
    const files = goldFiles(gold, (name) => /\.conllu(\.gz)?$/.test(name));
    const sentences: Counts = { gold: 0, system: 0, correct: 0 };
    const tokens: Counts = { gold: 0, system: 0, correct: 0 };
    const errors: SegmentError[] = [];
    const wanted = options.errors ?? 0;
    let documents = 0;
    let repaired = 0;
    for (const file of files) {
      const docs = rebuildDocuments(parseConllu(readGoldText(file), file));
      if (docs.length === 0) throw new Error(`${file}: no sentences in this CoNLL-U file`);
      const fileLang = options.lang ?? langFromPath(file) ?? detectLanguage(docs.map((d) => d.text).join('\n\n')).lang;
      if (fileLang === null) throw new Error(`${file}: cannot tell the language of this file; pass --lang nl or --lang en`);
      for (const doc of docs) {
        documents++;
        repaired += doc.repaired;
        scoreDocument(doc, fileLang, sentences, tokens, errors, wanted);
      }
    }
    const result = {
      documents,
      sentences: { gold: sentences.gold, system: sentences.system, ...prf(sentences.correct, sentences.system, sentences.gold) },
      tokens: { gold: tokens.gold, system: tokens.system, ...prf(tokens.correct, tokens.system, tokens.gold) },
      repairedSentences: repaired,
    };
    return { task: 'segment', gold, metrics: result, ...(wanted > 0 ? { errors } : {}) };
  },
  format(result: EvalResult): string {
    const m = result.metrics as { documents: number; sentences: Record<string, number>; tokens: Record<string, number>; repairedSentences: number };
    const line = (name: string, c: Record<string, number>): string =>
      `${name.padEnd(10)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}   (gold ${c.gold}, system ${c.system})`;
    const lines = [`segment: ${result.gold} (${m.documents} documents)`, line('sentences', m.sentences), line('tokens', m.tokens)];
    if (m.repairedSentences > 0) lines.push(`(${m.repairedSentences} sentences had a # text that did not match their forms; rebuilt from the forms)`);
    for (const error of (result.errors ?? []) as SegmentError[]) {
      lines.push('', `${error.kind} error in ${error.document}`, `  gold:   ${error.gold.map((g) => JSON.stringify(g)).join(' ')}`, `  system: ${error.system.map((g) => JSON.stringify(g)).join(' ')}`, `  context: ${JSON.stringify(error.context)}`);
    }
    return lines.join('\n');
  },
};

function pct(x: number): string {
  return (x * 100).toFixed(2).padStart(6);
}

function scoreDocument(doc: UdDocument, lang: Lang, sentences: Counts, tokens: Counts, errors: SegmentError[], wanted: number): void {
  const analysis = analyze(doc.text, { id: doc.id }, { lang, until: 'tokens' });
  const nonSpace = nonSpaceOffsets(doc.text);
  const sys = {
    sentences: analysis.sentences.map((s) => ({ start: s.start, end: s.end })),
    tokens: analysis.tokens.map((t) => ({ start: t.start, end: t.end })),
  };
  compare('sentence', doc, doc.sentences, sys.sentences, nonSpace, sentences, errors, wanted);
  compare('token', doc, doc.tokens, sys.tokens, nonSpace, tokens, errors, wanted);
}

/** For each offset of `text`, how many non-white-space characters come before it. */
function nonSpaceOffsets(text: string): Uint32Array {
  const out = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = count;
    if (!/\s/.test(text[i])) count++;
  }
  out[text.length] = count;
  return out;
}

/**
 * Counts matches of two span lists in non-white-space coordinates and records the regions where
 * they disagree (both lists tile the same characters, so a region closes where their ends meet).
 */
function compare(kind: 'sentence' | 'token', doc: UdDocument, goldSpans: readonly UdSpan[], systemSpans: readonly UdSpan[], ns: Uint32Array, counts: Counts, errors: SegmentError[], wanted: number): void {
  const gold = goldSpans.filter((x) => ns[x.end] > ns[x.start]);
  const system = systemSpans.filter((x) => ns[x.end] > ns[x.start]);
  counts.gold += gold.length;
  counts.system += system.length;
  let i = 0;
  let j = 0;
  while (i < gold.length && j < system.length) {
    const gs = ns[gold[i].start];
    const ss = ns[system[j].start];
    let gEnd = ns[gold[i].end];
    let sEnd = ns[system[j].end];
    if (gs === ss && gEnd === sEnd) {
      counts.correct++;
      i++;
      j++;
      continue;
    }
    const gi = i;
    const sj = j;
    // Advance through the disagreement until both lists end at the same character.
    i++;
    j++;
    while (gEnd !== sEnd && (i < gold.length || j < system.length)) {
      if ((gEnd < sEnd && i < gold.length) || j >= system.length) gEnd = ns[gold[i++].end];
      else sEnd = ns[system[j++].end];
    }
    if (errors.length < wanted) {
      const texts = (list: readonly UdSpan[], from: number, to: number): string[] => list.slice(from, to).map((x) => doc.text.slice(x.start, x.end));
      const from = Math.min(gold[gi].start, system[sj].start);
      const to = Math.max(gold[i - 1].end, system[j - 1].end);
      errors.push({
        kind,
        document: doc.id,
        gold: texts(gold, gi, i),
        system: texts(system, sj, j),
        context: doc.text.slice(Math.max(0, from - 40), Math.min(doc.text.length, to + 40)).replace(/\s+/g, ' '),
      });
    }
  }
}
