import { tagSpans, type TagSpan } from './bio-tags.ts';
import { bioTransitions, Posterior, viterbi, type Transitions } from './decode-bio.ts';
import { hashString } from './hash-feature.ts';
import { extractDocumentFeatures, extractFirstPassFeatures, type NerResources, type NerSentenceInput, type SentenceKeys } from './ner-features.ts';
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
    const features = extractDocumentFeatures(sentences, this.resources);
    const stacked = this.stacked;
    const k = this.tags.length;
    // Each word's row holds the first pass's scores (if any), then this model's.
    const scores = features.map((f) => {
      const n = f.offsets.length - 1;
      const out = new Float64Array(n * stacked.width);
      for (let i = 0; i < n; i++) stacked.add(f.keys, f.offsets[i], f.offsets[i + 1], out, i * stacked.width);
      return out;
    });
    if (this.firstPass === null) return scores.map((s) => this.decode(s));
    const first = this.firstPass;
    const firstTags = scores.map((s) => {
      const path = viterbi(columns(s, stacked.width, 0, k), s.length / stacked.width, first.transitions);
      return Array.from(path, (c) => first.tags[c]);
    });
    const extra = extractFirstPassFeatures(sentences, firstTags);
    return scores.map((s, i) => {
      const f = extra[i];
      for (let w = 0; w + 1 < f.offsets.length; w++) stacked.add(f.keys, f.offsets[w], f.offsets[w + 1], s, w * stacked.width);
      return this.decode(columns(s, stacked.width, k, k));
    });
  }

  /** Best tags and entity probabilities from the n × K scores of a sentence. */
  private decode(emissions: Float64Array): TaggedSentence {
    const n = emissions.length / this.tags.length;
    const path = viterbi(emissions, n, this.transitions);
    const tags = Array.from(path, (c) => this.tags[c]);
    const spans = tagSpans(tags);
    if (spans.length === 0) return { tags, entities: [] };
    const posterior = new Posterior(emissions, n, this.transitions, this.temperature);
    const entities = spans.map((span) => {
      const index = this.typeIndex.get(span.type);
      const confidence = index === undefined ? 0 : posterior.spanProbability(span.start, span.end, index.b, index.i);
      return { ...span, confidence: Math.round(confidence * 1000) / 1000 };
    });
    return { tags, entities };
  }
}

/** Columns `[from, from + k)` of a row-major matrix with rows of `width`: n × k. */
function columns(matrix: Float64Array, width: number, from: number, k: number): Float64Array {
  if (width === k) return matrix;
  const n = matrix.length / width;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) out[i * k + c] = matrix[i * width + from + c];
  return out;
}

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
