import type { EntityType, Lang, Mention } from '../core/types.ts';
import type { ConlluSentence } from './conllu.ts';

/** One document of coreference gold: its text rebuilt from the tokens, its name mentions and their gold entity. */
export interface CorefDocument {
  readonly id: string;
  readonly lang: Lang;
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** Mention id → gold entity id (unique within the document). */
  readonly gold: ReadonlyMap<string, string>;
}

/** GUM entity types that are names of people, organisations and places. */
const TYPES: Readonly<Record<string, EntityType>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Words a name span may start or end with that are not part of the name ("the", "'s", commas). */
const EDGE_POS = new Set(['DET', 'PART', 'PUNCT']);

/**
 * The proper-name mentions of CoNLL-U documents whose MISC column marks coreference as GUM does
 * (`Entity=(12-person-…` opens entity 12 on a word, `12)` closes it, `(12-…)` is one word): a
 * mention of a person, organisation or place whose words, after a leading article and a final
 * possessive or punctuation, are all proper nouns. Offsets are into the text rebuilt from the
 * tokens and their spacing, one line per sentence.
 */
export function readCorefNames(sentences: readonly ConlluSentence[], lang: Lang): CorefDocument[] {
  const docs: CorefDocument[] = [];
  let current: { id: string; text: string; mentions: Mention[]; gold: Map<string, string> } | null = null;
  const finish = (): void => {
    if (current !== null) docs.push({ id: current.id, lang, text: current.text, mentions: current.mentions, gold: current.gold });
  };
  for (const sentence of sentences) {
    if (current === null || sentence.newDoc !== null) {
      finish();
      current = { id: sentence.newDoc ?? `doc${docs.length + 1}`, text: '', mentions: [], gold: new Map() };
    }
    const doc = current;
    if (doc.text !== '') doc.text += '\n';
    // Offsets of every word: the words of a multiword token share its span.
    const spans: { start: number; end: number; upos: string; misc: string }[] = [];
    sentence.tokens.forEach((token, t) => {
      const start = doc.text.length;
      doc.text += token.form;
      for (const word of token.words) spans.push({ start, end: doc.text.length, upos: word.upos, misc: word.misc });
      if (token.spaceAfter && t < sentence.tokens.length - 1) doc.text += ' ';
    });
    const open: { eid: string; type: string; first: number }[] = [];
    spans.forEach((word, w) => {
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(word.misc)?.[1];
      if (entity === undefined) return;
      for (const m of entity.matchAll(/\((\d+)-([^-()]+)[^()]*(\))?|(\d+)\)/g)) {
        if (m[1] !== undefined) {
          if (m[3] === ')') addMention(doc, spans, { eid: m[1], type: m[2], first: w }, w);
          else open.push({ eid: m[1], type: m[2], first: w });
        } else {
          const at = open.map((o) => o.eid).lastIndexOf(m[4]);
          if (at >= 0) addMention(doc, spans, open.splice(at, 1)[0], w);
        }
      }
    });
  }
  finish();
  return docs.filter((d) => d.mentions.length > 0);
}

function addMention(
  doc: { text: string; mentions: Mention[]; gold: Map<string, string> },
  spans: readonly { start: number; end: number; upos: string }[],
  opened: { eid: string; type: string; first: number },
  last: number,
): void {
  const type = TYPES[opened.type];
  if (type === undefined) return;
  let first = opened.first;
  let end = last;
  while (first <= end && EDGE_POS.has(spans[first].upos)) first++;
  while (end >= first && EDGE_POS.has(spans[end].upos)) end--;
  if (first > end) return;
  for (let w = first; w <= end; w++) if (spans[w].upos !== 'PROPN') return;
  const start = spans[first].start;
  const stop = spans[end].end;
  if (doc.mentions.some((m) => m.start === start && m.end === stop)) return;
  const id = `m${doc.mentions.length + 1}`;
  doc.mentions.push({ id, type, confidence: 1, start, end: stop, text: doc.text.slice(start, stop) });
  doc.gold.set(id, opened.eid);
}
