import { tagSpans, type TagSpan } from './bio-tags.ts';
import { bioTransitions, Posterior, viterbi, type Transitions } from './decode-bio.ts';
import { hashString } from './hash-feature.ts';
import { contextKeys, describeDocument, extractDocumentFeatures, extractFirstPassFeatures, NEIGHBOURS, neighbourKeys, NO_WORD, wordKeys, type NerResources, type NerSentenceInput, type SentenceKeys, type WordInfo, type DocCounts } from './ner-features.ts';
import type { PerceptronModel, PerceptronTrainer } from './perceptron.ts';
import { StackedWeights } from './stack-weights.ts';

/**
 * The named-entity tagger: a perceptron scores every BIO tag for every word from
 * `ner-features.ts`; Viterbi picks the best valid sequence with the tag-to-tag scores, which
 * the model stores as rows of the features `T=<previous tag>` (`T=<s>` at the sentence start).
 */
export const TRANSITION_FEATURE = 'T=';
export const SENTENCE_START = '<s>';

/** An entity found in a sentence: word indices `[start, end)`, type and probability. */
export interface ScoredSpan extends TagSpan {
  readonly confidence: number;
}

export interface TaggedSentence {
  readonly tags: readonly string[];
  readonly entities: readonly ScoredSpan[];
}

export interface EntityTaggerInfo {
  /** Whether the model was trained with POS features (then give `pos` for every sentence). */
  readonly usesPos: boolean;
  /** Scores are divided by this before turning into probabilities; default 1. */
  readonly temperature?: number;
  /** A first tagger whose tags of the whole article this one reads (two-stage tagging); default none. */
  readonly firstPass?: EntityTagger | null;
}

export class EntityTagger {
  readonly tags: readonly string[];
  readonly transitions: Transitions;
  readonly usesPos: boolean;
  readonly firstPass: EntityTagger | null;
  /** Scores are divided by this before they become probabilities (set by calibration on dev data). */
  temperature: number;
  private readonly stacked: StackedWeights;
  private readonly typeIndex: ReadonlyMap<string, { b: number; i: number }>;
  /** Per word, its slot in `parts`: PARTS rows of stacked scores (filled on first use; started afresh when full). */
  private readonly slots = new Map<WordInfo, number>();
  private parts = new Float64Array(0);
  /** Scratch: the slot of each word of the sentence being scored. */
  private sentenceSlots = new Int32Array(64);

  constructor(
    readonly model: PerceptronModel,
    readonly resources: NerResources,
    info: EntityTaggerInfo,
  ) {
    this.tags = model.classes;
    this.usesPos = info.usesPos;
    this.firstPass = info.firstPass ?? null;
    this.temperature = info.temperature ?? 1;
    this.transitions = bioTransitions(this.tags, readTransitions(model));
    this.stacked = new StackedWeights(this.firstPass === null ? [model] : [this.firstPass.model, model]);
    const typeIndex = new Map<string, { b: number; i: number }>();
    for (const tag of this.tags) {
      if (!tag.startsWith('B-')) continue;
      const type = tag.slice(2);
      typeIndex.set(type, { b: this.tags.indexOf(tag), i: this.tags.indexOf(`I-${type}`) });
    }
    this.typeIndex = typeIndex;
  }

  /** Tags the sentences of one document (document-level features look across them). */
  tagDocument(sentences: readonly NerSentenceInput[]): TaggedSentence[] {
    return this.decodeDocument(sentences, this.scoreFromParts(sentences) ?? this.scoreAllKeys(sentences));
  }

  /** `tagDocument` scoring every key of every word afresh, without the parts kept per word: the same result, slower (to check the parts by). */
  tagDocumentFromAllKeys(sentences: readonly NerSentenceInput[]): TaggedSentence[] {
    return this.decodeDocument(sentences, this.scoreAllKeys(sentences));
  }

  /** The stacked scores of every word from all its keys. */
  private scoreAllKeys(sentences: readonly NerSentenceInput[]): Float64Array[] {
    const stacked = this.stacked;
    return extractDocumentFeatures(sentences, this.resources).map((f) => {
      const n = f.offsets.length - 1;
      const out = new Float64Array(n * stacked.width);
      for (let i = 0; i < n; i++) stacked.add(f.keys, f.offsets[i], f.offsets[i + 1], out, i * stacked.width);
      return out;
    });
  }

  /** Tags from the stacked scores of each sentence: each word's row holds the first pass's scores (if any), then this model's. */
  private decodeDocument(sentences: readonly NerSentenceInput[], scores: Float64Array[]): TaggedSentence[] {
    const stacked = this.stacked;
    const k = this.tags.length;
    if (this.firstPass === null) return scores.map((s) => this.decode(s, k, 0));
    const first = this.firstPass;
    const firstTags = scores.map((s) => {
      const path = viterbi(s, s.length / stacked.width, first.transitions, undefined, stacked.width, 0);
      return Array.from(path, (c) => first.tags[c]);
    });
    const extra = extractFirstPassFeatures(sentences, firstTags, this.resources);
    return scores.map((s, i) => {
      const f = extra[i];
      for (let w = 0; w + 1 < f.offsets.length; w++) stacked.add(f.keys, f.offsets[w], f.offsets[w + 1], s, w * stacked.width);
      return this.decode(s, stacked.width, k);
    });
  }

  /**
   * The stacked scores of every word, summed from parts kept per word (the keys that look at
   * the word alone, and at it as each neighbour in `NEIGHBOURS`) plus the keys of its context:
   * the same sums as scoring every key at once, exactly (see `StackedWeights`). Null for a
   * document with more words than the parts have room for.
   */
  private scoreFromParts(sentences: readonly NerSentenceInput[]): Float64Array[] | null {
    let words = 1;
    for (const s of sentences) words += s.words.length;
    if (words > PART_WORDS) return null;
    if (this.slots.size + words > PART_WORDS) this.slots.clear();
    if (this.parts.length === 0) this.parts = new Float64Array(PART_WORDS * PARTS * this.stacked.width);
    const { infos, counts } = describeDocument(sentences, this.resources);
    const none = this.slotOf(NO_WORD);
    return sentences.map((sentence, s) => this.scoreSentence(sentence, infos[s], counts, none));
  }

  /** The stacked scores of one sentence's words (`none`: the slot of the stand-in beyond the sentence). */
  private scoreSentence(sentence: NerSentenceInput, row: readonly WordInfo[], counts: DocCounts, none: number): Float64Array {
    const stacked = this.stacked;
    const width = stacked.width;
    const parts = this.parts;
    const n = row.length;
    if (this.sentenceSlots.length < n) this.sentenceSlots = new Int32Array(2 * n);
    const slots = this.sentenceSlots;
    for (let i = 0; i < n; i++) slots[i] = this.slotOf(row[i]);
    const out = new Float64Array(n * width);
    const context = contextKeys(sentence, row, counts, this.resources);
    for (let i = 0; i < n; i++) {
      const at = i * width;
      let from = (slots[i] * PARTS + (i === 0 ? INITIAL_PART : 0)) * width;
      for (let c = 0; c < width; c++) out[at + c] = parts[from + c];
      for (let d = 0; d < NEIGHBOURS.length; d++) {
        const j = i + NEIGHBOURS[d];
        from = ((j >= 0 && j < n ? slots[j] : none) * PARTS + d + 1) * width;
        for (let c = 0; c < width; c++) out[at + c] += parts[from + c];
      }
      stacked.add(context.keys, context.offsets[i], context.offsets[i + 1], out, at);
    }
    return out;
  }

  /** The slot of a word in `parts`, its parts summed when it is new. */
  private slotOf(info: WordInfo): number {
    let slot = this.slots.get(info);
    if (slot !== undefined) return slot;
    slot = this.slots.size;
    this.slots.set(info, slot);
    const width = this.stacked.width;
    const base = slot * PARTS * width;
    this.parts.fill(0, base, base + PARTS * width);
    const own = wordKeys(info, false, this.resources);
    this.stacked.add(own, 0, own.length, this.parts, base);
    for (let d = 0; d < NEIGHBOURS.length; d++) {
      const keys = neighbourKeys(info, NEIGHBOURS[d], this.resources);
      this.stacked.add(keys, 0, keys.length, this.parts, base + (d + 1) * width);
    }
    const initial = wordKeys(info, true, this.resources);
    this.stacked.add(initial, 0, initial.length, this.parts, base + INITIAL_PART * width);
    return slot;
  }

  /** Best tags and entity probabilities from the scores of a sentence: this model's K columns from column `from` of rows of `width`. */
  private decode(emissions: Float64Array, width: number, from: number): TaggedSentence {
    const n = emissions.length / width;
    const path = viterbi(emissions, n, this.transitions, undefined, width, from);
    const tags = Array.from(path, (c) => this.tags[c]);
    const spans = tagSpans(tags);
    if (spans.length === 0) return { tags, entities: [] };
    const posterior = new Posterior(emissions, n, this.transitions, this.temperature, width, from);
    const entities = spans.map((span) => {
      const index = this.typeIndex.get(span.type);
      const confidence = index === undefined ? 0 : posterior.spanProbability(span.start, span.end, index.b, index.i);
      return { ...span, confidence: Math.round(confidence * 1000) / 1000 };
    });
    return { tags, entities };
  }
}

/** Words whose parts of a score are kept (6 × 18 numbers each for the two-stage tagger: 7 MB). */
const PART_WORDS = 8192;
/** Parts per word: the word itself, the word as each of the four neighbours, the word itself as the first of its sentence. */
const PARTS = 6;
const INITIAL_PART = 5;

/** Scores every tag for every word of a sentence with a model or a trainer's current weights: n × K, row-major. */
export function sentenceEmissions(model: PerceptronModel | PerceptronTrainer, features: SentenceKeys): Float64Array {
  const k = model.classes.length;
  const n = features.offsets.length - 1;
  const out = new Float64Array(n * k);
  const row = new Float64Array(k);
  const { keys, offsets } = features;
  for (let i = 0; i < n; i++) {
    model.scoreKeys(keys.subarray(offsets[i], offsets[i + 1]), offsets[i + 1] - offsets[i], row);
    out.set(row, i * k);
  }
  return out;
}

/** The key of the feature whose row holds the scores of moving from `previous` (a tag, or `SENTENCE_START`). */
export function transitionKey(previous: string): number {
  return hashString(TRANSITION_FEATURE + previous);
}

/** The (K + 1) × K transition scores stored in the model as `T=` rows. */
function readTransitions(model: PerceptronModel): Float64Array {
  const k = model.classes.length;
  const scores = new Float64Array((k + 1) * k);
  const row = new Float64Array(k);
  for (let p = 0; p <= k; p++) {
    model.scoreKeys([transitionKey(p === k ? SENTENCE_START : model.classes[p])], 1, row);
    scores.set(row, p * k);
  }
  return scores;
}
