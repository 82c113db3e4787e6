import type { EntityType, Lang, Mention } from '../core/types.ts';
import type { CorefDocument } from './read-coref-names.ts';

const TYPES: Readonly<Record<string, EntityType>> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

interface Word {
  readonly form: string;
  readonly pos: string;
  readonly ne: string;
  readonly coref: string;
  start: number;
  end: number;
}

/**
 * The proper-name mentions of CoNLL-2012 coreference files with named-entity and coreference
 * columns (OpenBoek: word 4th, CGN tag 5th, entity type in the next to last column, chains in
 * the last). A mention is a coreference span whose words, once the words in front that are no
 * proper nouns (a title, an article) and final punctuation are left out, are all capitalised
 * proper nouns (CGN `SPEC(deeleigen)` or `N(eigen…)`), typed by the entity column at its first
 * name word. Each `#begin document` is one document; its text is the words joined by spaces,
 * one line per sentence.
 */
export function readConll2012Names(source: string, lang: Lang, name = 'input'): CorefDocument[] {
  const docs: CorefDocument[] = [];
  let doc: { id: string; text: string; mentions: Mention[]; gold: Map<string, string> } | null = null;
  let sentence: Word[] = [];
  const flush = (): void => {
    if (doc === null || sentence.length === 0) return;
    if (doc.text !== '') doc.text += '\n';
    for (const [i, w] of sentence.entries()) {
      if (i > 0) doc.text += ' ';
      w.start = doc.text.length;
      doc.text += w.form;
      w.end = doc.text.length;
    }
    addMentions(doc, sentence);
    sentence = [];
  };
  for (const [lineNo, line] of source.split('\n').entries()) {
    if (line.startsWith('#begin document')) {
      doc = { id: /\(([^)]*)\)/.exec(line)?.[1] ?? `doc${docs.length + 1}`, text: '', mentions: [], gold: new Map() };
    } else if (line.startsWith('#end document')) {
      flush();
      if (doc !== null && doc.mentions.length > 0) docs.push({ id: doc.id, lang, text: doc.text, mentions: doc.mentions, gold: doc.gold });
      doc = null;
    } else if (line.trim() === '') {
      flush();
    } else if (doc !== null) {
      const cols = line.split('\t');
      if (cols.length < 6) throw new Error(`${name}:${lineNo + 1}: expected a CoNLL-2012 word line with tab-separated columns`);
      sentence.push({ form: cols[3], pos: cols[4], ne: cols[cols.length - 2], coref: cols[cols.length - 1], start: 0, end: 0 });
    }
  }
  return docs;
}

function addMentions(doc: { text: string; mentions: Mention[]; gold: Map<string, string> }, words: readonly Word[]): void {
  const open = new Map<string, number[]>();
  words.forEach((w, i) => {
    if (w.coref === '-' || w.coref === '_') return;
    for (const part of w.coref.split('|')) {
      const m = /^(\()?(\d+)(\))?$/.exec(part);
      if (m === null) continue;
      const [, opens, id, closes] = m;
      if (opens !== undefined && closes !== undefined) add(doc, words, id, i, i);
      else if (opens !== undefined) open.set(id, [...(open.get(id) ?? []), i]);
      else {
        const starts = open.get(id);
        const first = starts?.pop();
        if (first !== undefined) add(doc, words, id, first, i);
      }
    }
  });
}

function isName(w: Word): boolean {
  return (w.pos.startsWith('SPEC[deeleigen') || w.pos.startsWith('N[eigen')) && /^\p{Lu}/u.test(w.form);
}

function add(doc: { text: string; mentions: Mention[]; gold: Map<string, string> }, words: readonly Word[], id: string, from: number, to: number): void {
  let first = from;
  let last = to;
  while (first <= last && !isName(words[first])) first++;
  while (last >= first && !/\p{L}/u.test(words[last].form)) last--;
  if (first > last) return;
  for (let i = first; i <= last; i++) if (!isName(words[i])) return;
  const type = TYPES[/^\((\w+)/.exec(words[first].ne)?.[1] ?? ''];
  if (type === undefined) return;
  const start = words[first].start;
  const end = words[last].end;
  if (doc.mentions.some((m) => m.start === start && m.end === end)) return;
  const mid = `m${doc.mentions.length + 1}`;
  doc.mentions.push({ id: mid, type, confidence: 1, start, end, text: doc.text.slice(start, end) });
  doc.gold.set(mid, id);
}
