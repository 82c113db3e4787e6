import { parseConllu, type ConlluWord } from '../eval/conllu.ts';
import type { TrainingDocument, TrainingSentence } from './learn-entity-tagger.ts';

/**
 * Named entities in Universal NER style (PER, ORG, LOC) from the GUM corpus's entity layer
 * (`Entity=` in the MISC column of ../shared/data/ud/UD_English-GUM; Zeldes 2017), as extra
 * English training data beside the approximate UNER train file.
 *
 * GUM marks every mention (names, nouns, pronouns) with a type, a minimal span and brackets:
 * `Entity=(12-person-giv:act-sssss-cf1-1,2-coref-Barack_Obama` opens mention 12 on this word,
 * `12)` closes it. A mention is a name when its last minimal-span word is a proper noun (UD
 * PROPN); the entity runs from the first to the last minimal-span word, cut at a comma or
 * bracket ("Groningen, in the Netherlands" → Groningen), without leading lower-case or
 * function words ("the University of Paris" → University of Paris) and, for people, without
 * titles and office words (`personTitles`: "former Senator Rick Santorum" → Rick Santorum,
 * "Secretary of State Ann Reed" → Ann Reed). GUM's persons also
 * take in peoples and roles, which UNER leaves O: a one-word person after "the" ("the Maya",
 * "the Regent"; "the Tom Cruise video" stays) and a name of nothing but `demonyms` ("Russians") are left out. person → PER,
 * organization → ORG, place → LOC; the other GUM types (event, object, abstract, …) are O, as
 * UNER has them. Nested names keep the longest.
 *
 * Licence: only the genres GUM publishes under CC BY (or public domain) are read: Wikinews
 * news, interviews and biographies, Wikivoyage, OpenStax textbooks, YouTube CC vlogs,
 * political speeches and the Santa Barbara conversations (GUM's LICENSE.txt). wikiHow and
 * fiction (CC BY-NC-SA) and the genres whose licence it does not state are left out.
 */
export const GUM_OPEN_GENRES: readonly string[] = ['news', 'interview', 'bio', 'voyage', 'textbook', 'vlog', 'speech', 'conversation'];

const TYPES: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const NAME_WORD_POS = new Set(['PROPN', 'ADJ', 'NUM']);
/** Opening `(id-type-infstat-salience-centering-minspan…`, or closing `id)`. */
const MENTION = /\((\d+)-([a-z]+)-[^-(]*-[^-(]*-[^-(]*-([0-9,]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/g;

interface Mention {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly minspan: readonly number[];
}

export function readGumEntities(source: string, personTitles: ReadonlySet<string>, demonyms: ReadonlySet<string>, genres: readonly string[] = GUM_OPEN_GENRES, name = 'GUM'): TrainingDocument[] {
  const keepGenres = new Set(genres);
  const documents: TrainingDocument[] = [];
  let sentences: TrainingSentence[] = [];
  let keep = false;
  for (const sentence of parseConllu(source, name)) {
    if (sentence.newDoc !== null) {
      if (sentences.length > 0) documents.push({ sentences });
      sentences = [];
      const genre = /GUM_([a-z]+)_/.exec(sentence.newDoc);
      keep = genre !== null && keepGenres.has(genre[1]);
    }
    if (!keep) continue;
    const words = sentence.words.map((w) => w.form);
    const upos = sentence.words.map((w) => w.upos);
    sentences.push({ words, tags: tagNames(words, upos, mentionsOf(sentence.words), personTitles, demonyms) });
  }
  if (sentences.length > 0) documents.push({ sentences });
  return documents;
}

/** The mentions of one sentence from the `Entity=` brackets of its words' MISC column. */
function mentionsOf(words: readonly ConlluWord[]): Mention[] {
  const mentions: Mention[] = [];
  const open = new Map<string, Array<Omit<Mention, 'end'>>>();
  words.forEach((word, at) => {
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(word.misc);
    if (entity === null) return;
    for (const m of entity[1].matchAll(MENTION)) {
      if (m[1] !== undefined) {
        const mention = { type: m[2], start: at, minspan: m[3].split(',').map(Number) };
        if (m[4] !== undefined) mentions.push({ ...mention, end: at + 1 });
        else open.set(m[1], [...(open.get(m[1]) ?? []), mention]);
      } else {
        const started = open.get(m[5])?.pop();
        if (started !== undefined) mentions.push({ ...started, end: at + 1 });
      }
    }
  });
  return mentions;
}

/** BIO tags of one sentence from its GUM mentions. */
function tagNames(words: readonly string[], upos: readonly string[], mentions: readonly Mention[], personTitles: ReadonlySet<string>, demonyms: ReadonlySet<string>): string[] {
  const spans: Array<{ type: string; start: number; end: number }> = [];
  for (const m of mentions) {
    const type = TYPES[m.type];
    if (type === undefined) continue;
    const heads = m.minspan.map((k) => m.start + k - 1).filter((i) => i < m.end);
    if (heads.length === 0 || upos[heads[heads.length - 1]] !== 'PROPN') continue;
    let start = heads[0];
    let end = heads[heads.length - 1] + 1;
    const cut = words.slice(start, end).findIndex((w) => w === ',' || w === '(' || w === ';');
    if (cut >= 0) end = start + cut;
    const isTitle = (i: number) => type === 'PER' && personTitles.has(words[i].toLowerCase());
    while (start < end && (/^\p{Ll}/u.test(words[start]) || !NAME_WORD_POS.has(upos[start]) || isTitle(start))) start++;
    if (type === 'PER') {
      for (let k = end - 1; k > start; k--) {
        if (isTitle(k - 1)) {
          start = k;
          break;
        }
      }
    }
    if (start >= end || upos[end - 1] !== 'PROPN' || !/^[\p{Lu}\d]/u.test(words[start])) continue;
    // GUM's persons include peoples and roles ("the Maya", "the Russians", "the Regent"): UNER has them O.
    if (type === 'PER' && end - start === 1 && start > 0 && words[start - 1].toLowerCase() === 'the') continue;
    if (words.slice(start, end).every((w) => demonyms.has(w.toLowerCase()))) continue;
    spans.push({ type, start, end });
  }
  spans.sort((a, b) => b.end - b.start - (a.end - a.start));
  const tags = words.map(() => 'O');
  for (const s of spans) {
    if (tags.slice(s.start, s.end).some((t) => t !== 'O')) continue;
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}
