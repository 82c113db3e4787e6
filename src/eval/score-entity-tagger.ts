import type { EntityTagger } from '../model/entity-tagger.ts';
import { countEntityMatches, entityScores, newEntityCounts, type EntityScore } from './count-entity-matches.ts';
import type { NerDocument } from './ner-corpus.ts';

/** Universal POS tags for the words of one sentence (our own tagger's, as at run time). */
export type PosTagWords = (words: readonly string[]) => readonly string[];

export interface EntityError {
  readonly kind: 'missed' | 'wrong';
  readonly type: string;
  readonly text: string;
  /** The sentence with the entity in [brackets]; predicted entities of the sentence follow. */
  readonly sentence: string;
  readonly document: string;
}

export interface TaggerScore {
  readonly overall: EntityScore;
  readonly byType: Record<string, EntityScore>;
  readonly sentences: number;
  readonly words: number;
  readonly seconds: number;
  readonly errors: readonly EntityError[];
}

/** Tags every document of a gold corpus with its own tokenisation and scores the result. */
export function scoreEntityTagger(tagger: EntityTagger, documents: readonly NerDocument[], posTag: PosTagWords | null, maxErrors = 0): TaggerScore {
  const counts = newEntityCounts();
  const errors: EntityError[] = [];
  let sentences = 0;
  let words = 0;
  const started = performance.now();
  for (const doc of documents) {
    const inputs = doc.sentences.map((s) => ({ words: s.words, pos: tagger.usesPos && posTag !== null ? posTag(s.words) : null }));
    const tagged = tagger.tagDocument(inputs);
    for (let i = 0; i < doc.sentences.length; i++) {
      const gold = doc.sentences[i];
      const predicted = tagged[i].tags;
      sentences++;
      words += gold.words.length;
      const { missed, wrong } = countEntityMatches(counts, gold.tags, predicted);
      if (errors.length < maxErrors) {
        for (const [kind, keys] of [['missed', missed], ['wrong', wrong]] as const) {
          for (const key of keys) {
            const [start, end, type] = key.split(':');
            const a = Number(start);
            const b = Number(end);
            const marked = [...gold.words.slice(0, a), `[${gold.words.slice(a, b).join(' ')}]`, ...gold.words.slice(b)].join(' ');
            errors.push({ kind, type, text: gold.words.slice(a, b).join(' '), sentence: `${marked}  ⟨gold ${describe(gold.words, gold.tags)} | ours ${describe(gold.words, predicted)}⟩`, document: doc.id });
          }
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { ...entityScores(counts), sentences, words, seconds, errors: errors.slice(0, maxErrors) };
}

function describe(words: readonly string[], tags: readonly string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  let type = '';
  const flush = (): void => {
    if (current.length > 0) out.push(`${current.join(' ')}/${type}`);
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const tag = tags[i];
    if (tag === 'O' || tag.startsWith('B-') || tag.slice(2) !== type) flush();
    if (tag !== 'O') {
      type = tag.slice(2);
      current.push(words[i]);
    }
  }
  flush();
  return out.join(', ') || '–';
}
