import type { TimeLexicon } from '../lang/claims-lexicon.ts';
import type { Word } from './scan-words.ts';

export type Tense = 'past' | 'future' | 'unknown';

/**
 * The tense of the clause around `words[at]`, read from the nearest tense marker of its
 * sentence: a finite past form ("zei", "registreerden", "announced"), a perfect auxiliary with a
 * participle ("heeft … gezegd"), or a future marker ("zal", "komende", "will"). Words are one
 * sentence; ties go to the past, the tense of most news.
 */
export function readTense(words: readonly Word[], at: number, lexicon: TimeLexicon): Tense {
  const hasParticiple = words.some((w) => lexicon.participle.test(w.lower));
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  words.forEach((w, i) => {
    if (i === at) return;
    const past = lexicon.pastMarkers.has(w.lower) || (lexicon.pastForm?.test(w.lower) ?? false) || (hasParticiple && lexicon.perfectAux.has(w.lower));
    const future = lexicon.futureMarkers.has(w.lower);
    if (!past && !future) return;
    const distance = Math.abs(i - at);
    if (distance < bestDistance || (distance === bestDistance && past)) {
      best = past ? 'past' : 'future';
      bestDistance = distance;
    }
  });
  return best;
}
