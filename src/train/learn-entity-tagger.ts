import { bioTags } from '../model/bio-tags.ts';
import { bioTransitions, viterbi } from '../model/decode-bio.ts';
import { EntityTagger, SENTENCE_START, sentenceEmissions, transitionKey } from '../model/entity-tagger.ts';
import { extractDocumentFeatures, extractFirstPassFeatures, joinKeys, WORD_IDENTITY_TEMPLATES, type FirstPassTags, type NerResources, type SentenceKeys } from '../model/ner-features.ts';
import { PerceptronModel, PerceptronTrainer } from '../model/perceptron.ts';
import { seededRandom, shuffle } from '../model/seeded-random.ts';

/**
 * Structured averaged perceptron (Collins 2002) for the entity tagger: decode each training
 * sentence with Viterbi under the current weights and, where the best sequence differs from the
 * gold one, move the word features' weight from the guessed tag to the gold tag and the
 * tag-to-tag weight from the guessed moves to the gold moves. Pure computation, no I/O.
 */

export interface TrainingSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
  readonly pos?: readonly string[] | null;
}

export interface TrainingDocument {
  readonly sentences: readonly TrainingSentence[];
}

export interface LearnOptions {
  /** Entity types, in the order their tags get; default: those in the data, sorted. */
  readonly types?: readonly string[];
  /** Passes over the data; default 10. */
  readonly epochs?: number;
  /** Seed of the shuffle before each pass; default 1. */
  readonly seed?: number;
  /** Drop features whose averaged weights all stay below this; default 0. */
  readonly minWeight?: number;
  /**
   * Probability of hiding a word's identity features (its form, lower case and the bigrams
   * with it) when the tagger scores it in training, so that it learns to rely on shape,
   * context, clusters and gazetteers too (what an unseen name offers); default 0.
   */
  readonly identityDropout?: number;
  /**
   * For a second-stage tagger: the first tagger, and its tags of every training document as
   * they would be on unseen text (from taggers that did not train on that document).
   */
  readonly firstPass?: { readonly tagger: EntityTagger; readonly tags: readonly FirstPassTags[] };
  /** Called after each pass with the averaged model so far (for a learning curve on dev data). */
  readonly afterEpoch?: (epoch: number, tagger: EntityTagger, stats: EpochStats) => void;
}

export interface EpochStats {
  readonly words: number;
  /** Words whose Viterbi tag differed from gold during the pass. */
  readonly mistakes: number;
  readonly seconds: number;
}

export function learnEntityTagger(documents: readonly TrainingDocument[], resources: NerResources, usesPos: boolean, options: LearnOptions = {}): EntityTagger {
  const types = options.types ?? typesIn(documents);
  const tags = bioTags(types);
  const k = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const trainer = new PerceptronTrainer(tags);
  const moves = new AveragedTable((k + 1) * k);
  const transitions = bioTransitions(tags, moves.weights);

  const firstPass = options.firstPass ?? null;
  const features = documents.map((doc, d) => {
    const sentences = doc.sentences.map((s) => ({ words: s.words, pos: usesPos ? s.pos ?? null : null }));
    const keys = extractDocumentFeatures(sentences, resources);
    if (firstPass === null) return keys;
    const extra = extractFirstPassFeatures(sentences, firstPass.tags[d], resources);
    return keys.map((k, i) => joinKeys(k, extra[i]));
  });
  const gold = documents.map((doc) =>
    doc.sentences.map((s) =>
      Int32Array.from(s.tags, (t) => {
        const c = tagIndex.get(t);
        if (c === undefined) throw new Error(`learnEntityTagger: tag "${t}" is not one of ${tags.join(' ')}`);
        return c;
      }),
    ),
  );

  const random = seededRandom(options.seed ?? 1);
  const order = documents.map((_, i) => i);
  const epochs = options.epochs ?? 10;
  let tagger: EntityTagger | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = Date.now();
    shuffle(order, random);
    let words = 0;
    let mistakes = 0;
    for (const d of order) {
      for (let s = 0; s < features[d].length; s++) {
        const full = features[d][s];
        const g = gold[d][s];
        const n = g.length;
        const dropout = options.identityDropout ?? 0;
        const f = dropout > 0 ? dropFeatures(full, dropout, random) : full;
        const emissions = sentenceEmissions(trainer, f);
        const guess = viterbi(emissions, n, transitions);
        for (let i = 0; i < n; i++) {
          trainer.tick();
          moves.tick();
          words++;
          const gp = i === 0 ? k : g[i - 1];
          const pp = i === 0 ? k : guess[i - 1];
          if (g[i] !== guess[i]) {
            mistakes++;
            trainer.updateKeys(g[i], guess[i], f.keys.subarray(f.offsets[i], f.offsets[i + 1]), f.offsets[i + 1] - f.offsets[i]);
          }
          if (g[i] !== guess[i] || gp !== pp) {
            moves.add(gp * k + g[i], 1);
            moves.add(pp * k + guess[i], -1);
          }
        }
      }
    }
    if (options.afterEpoch || epoch === epochs) {
      tagger = new EntityTagger(withTransitions(trainer.finish({ minWeight: options.minWeight ?? 0 }), moves.averaged()), resources, {
        usesPos,
        firstPass: firstPass?.tagger ?? null,
      });
      options.afterEpoch?.(epoch, tagger, { words, mistakes, seconds: (Date.now() - started) / 1000 });
    }
  }
  if (tagger === null) throw new Error('learnEntityTagger: epochs must be at least 1');
  return tagger;
}

const IDENTITY = new Set(WORD_IDENTITY_TEMPLATES);

/** A copy of a sentence's keys where each word, with probability `p`, loses its identity features. */
function dropFeatures(f: SentenceKeys, p: number, random: () => number): SentenceKeys {
  const n = f.offsets.length - 1;
  const keys = new Uint32Array(f.keys.length);
  const templates = new Uint8Array(f.keys.length);
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const drop = random() < p;
    for (let x = f.offsets[i]; x < f.offsets[i + 1]; x++) {
      if (drop && IDENTITY.has(f.templates[x])) continue;
      keys[at] = f.keys[x];
      templates[at++] = f.templates[x];
    }
  }
  offsets[n] = at;
  return { keys: keys.subarray(0, at), offsets, templates: templates.subarray(0, at) };
}

function typesIn(documents: readonly TrainingDocument[]): string[] {
  const types = new Set<string>();
  for (const doc of documents) for (const s of doc.sentences) for (const t of s.tags) if (t !== 'O') types.add(t.slice(2));
  return [...types].sort();
}

/** The emission model plus one `T=<previous tag>` row per previous tag. */
function withTransitions(model: PerceptronModel, moves: Float64Array): PerceptronModel {
  const k = model.classes.length;
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [key, row] of model.entries()) {
    keys.push(key);
    for (const w of row) weights.push(w);
  }
  for (let p = 0; p <= k; p++) {
    keys.push(transitionKey(p === k ? SENTENCE_START : model.classes[p]));
    for (let c = 0; c < k; c++) weights.push(moves[p * k + c]);
  }
  return new PerceptronModel(model.classes, Uint32Array.from(keys), Float32Array.from(weights));
}

/** A small table of weights with exact lazy averaging, like the perceptron's own. */
class AveragedTable {
  readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private step = 0;

  constructor(size: number) {
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  tick(): void {
    this.step++;
  }

  add(i: number, amount: number): void {
    this.totals[i] += (this.step - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.step;
    this.weights[i] += amount;
  }

  averaged(): Float64Array {
    const out = new Float64Array(this.weights.length);
    const steps = Math.max(1, this.step);
    for (let i = 0; i < out.length; i++) out[i] = (this.totals[i] + (this.step - this.stamps[i]) * this.weights[i]) / steps;
    return out;
  }
}
