import { tagSpans } from '../model/bio-tags.ts';
import type { EntityTagger } from '../model/entity-tagger.ts';
import type { NerDocument } from '../eval/ner-corpus.ts';
import type { PosTagWords } from '../eval/score-entity-tagger.ts';

/**
 * Perceptron scores are not probabilities: forward–backward over them is far too sure. The
 * scores are divided by one temperature, chosen on dev data so that a mention's confidence
 * predicts whether it is right (lowest log loss over the found entities). Sets it on the tagger.
 */
export function calibrateTemperature(tagger: EntityTagger, dev: readonly NerDocument[], posTag: PosTagWords | null): { temperature: number; logLoss: number } {
  const grid = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128];
  let best = { temperature: 1, logLoss: Infinity };
  for (const temperature of grid) {
    tagger.temperature = temperature;
    let loss = 0;
    let count = 0;
    for (const doc of dev) {
      const tagged = tagger.tagDocument(doc.sentences.map((s) => ({ words: s.words, pos: tagger.usesPos && posTag !== null ? posTag(s.words) : null })));
      doc.sentences.forEach((s, i) => {
        const gold = new Set(tagSpans(s.tags).map((g) => `${g.start}:${g.end}:${g.type}`));
        for (const e of tagged[i].entities) {
          const p = Math.min(1 - 1e-4, Math.max(1e-4, e.confidence));
          loss -= gold.has(`${e.start}:${e.end}:${e.type}`) ? Math.log(p) : Math.log(1 - p);
          count++;
        }
      });
    }
    const logLoss = loss / Math.max(1, count);
    if (logLoss < best.logLoss) best = { temperature, logLoss };
  }
  tagger.temperature = best.temperature;
  return best;
}
