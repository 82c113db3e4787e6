import type { Stage } from '../core/stage.ts';
import type { Analysis, EntityType, Mention, Token } from '../core/types.ts';
import type { EntityLexicon } from '../lang/entity-lexicon.ts';
import { loadEntityTagger } from '../model/load-entity-tagger.ts';
import { tagWords } from '../model/load-pos-tagger.ts';

/**
 * The `entities` stage: named entities (PER, ORG, LOC, MISC) as `mentions`. The trained BIO
 * tagger (`model/entity-tagger.ts`) reads all sentences of the article at once, so a name is
 * judged with how the article writes it elsewhere; each mention keeps the probability the
 * tagger gives to exactly that span and type. Words are the tokens, except that possessive
 * endings the training corpus writes apart (English "Putin's") are split off first; a Dutch
 * genitive ("Poetins regime") ends the mention before the -s when the bare name is known.
 * CoNLL-2002, which the Dutch tagger learned from, tags a person's genitive as MISC ("Ehud
 * Baraks coalitie") and has few of them, so the mention of a known person's genitive is made
 * PER ("Poetin"), and the genitive of a person in the gazetteers that the tagger left out
 * becomes a PER mention with the confidence of a rule (`GENITIVE_RULE_CONFIDENCE`).
 */

/** The confidence given to a person's genitive found by the gazetteer rule rather than the tagger. */
export const GENITIVE_RULE_CONFIDENCE = 0.5;
export const findEntities: Stage = (analysis, context) => {
  if (analysis.sentences.length === 0) return analysis;
  const tagger = loadEntityTagger(context.lang);
  const lexicon = context.pack.entities;
  const views = analysis.sentences.map((s) => wordView(analysis.tokens, s.tokenStart, s.tokenEnd, lexicon));
  if (tagger.usesPos) {
    for (const view of views) if (view.pos.some((p) => p === '')) view.pos = [...tagWords(view.words, context.lang).upos];
  }
  const tagged = tagger.tagDocument(views.map((v) => ({ words: v.words, pos: tagger.usesPos ? v.pos : null })));
  const known = knownWords(views);
  const persons = personWords(views, tagged);
  const mentions: Mention[] = [];
  views.forEach((view, s) => {
    const covered = new Uint8Array(view.words.length);
    for (const span of tagged[s].entities) covered.fill(1, span.start, span.end);
    for (let w = 0; w < view.words.length; w++) {
      if (covered[w] || w + 1 >= view.words.length) continue;
      const cut = genitiveCut(view.words[w], view.words[w + 1], view.pos[w + 1], lexicon, NOTHING_KNOWN);
      if (cut === 0 || !(lexicon.names.get(view.words[w].slice(0, -cut).toLowerCase()) ?? []).includes('person')) continue;
      const start = view.starts[w];
      const end = view.ends[w] - cut;
      mentions.push({ id: '', start, end, text: analysis.text.slice(start, end), type: 'PER', confidence: GENITIVE_RULE_CONFIDENCE, form: 'name' });
    }
    for (const span of tagged[s].entities) {
      const start = view.starts[span.start];
      let end = view.ends[span.end - 1];
      let type = span.type as EntityType;
      const last = view.words[span.end - 1];
      const next = span.end < view.words.length ? span.end : -1;
      const cut = genitiveCut(last, next === -1 ? null : view.words[next], next === -1 ? null : view.pos[next], lexicon, known);
      if (cut > 0 && end - cut > start) {
        end -= cut;
        const stem = last.slice(0, -cut).toLowerCase();
        if (type === 'MISC' && (persons.has(stem) || isPersonName(lexicon, stem))) type = 'PER';
      }
      mentions.push({
        id: '',
        start,
        end,
        text: analysis.text.slice(start, end),
        type,
        confidence: span.confidence,
        form: 'name',
      });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  const numbered = mentions.map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return { ...analysis, mentions: [...analysis.mentions, ...numbered] } satisfies Analysis;
};

/** No words known from the article: the gazetteer rule for genitives looks at the gazetteers alone. */
const NOTHING_KNOWN: ReadonlySet<string> = new Set();

interface WordView {
  readonly words: string[];
  pos: string[];
  /** Text offsets of each word. */
  readonly starts: number[];
  readonly ends: number[];
}

/** The words of tokens `[from, to)`: the tokens, with `splitForTagging` endings as words of their own. */
function wordView(tokens: readonly Token[], from: number, to: number, lexicon: EntityLexicon): WordView {
  const view: WordView = { words: [], pos: [], starts: [], ends: [] };
  for (let t = from; t < to; t++) {
    const token = tokens[t];
    const ending = lexicon.splitForTagging.find((e) => token.text.length > e.length + 1 && token.text.endsWith(e));
    if (ending === undefined) {
      view.words.push(token.text);
      view.pos.push(token.upos ?? '');
      view.starts.push(token.start);
      view.ends.push(token.end);
      continue;
    }
    const split = token.end - ending.length;
    view.words.push(token.text.slice(0, -ending.length), ending);
    view.pos.push(token.upos ?? '', token.upos === undefined ? '' : 'PART');
    view.starts.push(token.start, split);
    view.ends.push(split, token.end);
  }
  return view;
}

/** Every capitalised word of the article, lower-cased: a bare name the article also uses. */
function knownWords(views: readonly WordView[]): Set<string> {
  const known = new Set<string>();
  for (const v of views) for (const w of v.words) if (w.charAt(0) !== w.charAt(0).toLowerCase()) known.add(w.toLowerCase());
  return known;
}

/** The words (lower case) of the article's PER entities. */
function personWords(views: readonly WordView[], tagged: readonly { entities: readonly { type: string; start: number; end: number }[] }[]): Set<string> {
  const words = new Set<string>();
  views.forEach((view, s) => {
    for (const e of tagged[s].entities) if (e.type === 'PER') for (let i = e.start; i < e.end; i++) words.add(view.words[i].toLowerCase());
  });
  return words;
}

const PERSON_CLASSES = new Set(['person', 'first-name', 'surname']);

function isPersonName(lexicon: EntityLexicon, name: string): boolean {
  return (lexicon.names.get(name) ?? []).some((c) => PERSON_CLASSES.has(c));
}

/**
 * How many characters of a genitive ending to cut off the last word of a mention: an
 * apostrophe ending ("Rutte's") always, a bare -s ("Poetins") only when the bare name is in
 * the gazetteers or elsewhere in the article and a lower-case word that is not a verb follows.
 */
function genitiveCut(word: string, next: string | null, nextPos: string | null, lexicon: EntityLexicon, known: ReadonlySet<string>): number {
  for (const ending of lexicon.trimEndings) {
    if (word.length < ending.length + 3 || !word.endsWith(ending)) continue;
    if (/['’]/u.test(ending)) return ending.length;
    const stem = word.slice(0, -ending.length).toLowerCase();
    if (stem.endsWith(ending)) continue;
    if (next === null || next.charAt(0) === next.charAt(0).toUpperCase()) continue;
    if (nextPos === 'VERB' || nextPos === 'AUX' || nextPos === 'ADP' || nextPos === 'CCONJ' || nextPos === 'SCONJ') continue;
    if (lexicon.names.has(stem) || known.has(stem)) return ending.length;
  }
  return 0;
}
