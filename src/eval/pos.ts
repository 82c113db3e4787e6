import type { Lang } from '../core/types.ts';
import { posTagger } from '../model/load-pos-tagger.ts';
import { normaliseWord } from '../model/normalise-word.ts';
import type { PosTagger } from '../model/pos-tagger.ts';
import { cleanLemma } from '../model/train-pos-tagger.ts';
import { parseConllu, type ConlluSentence } from './conllu.ts';
import { goldFiles, readGoldText } from './read-gold.ts';
import { round4, type EvalOptions, type EvalResult, type EvalTask } from './task.ts';
import { langOfGoldFile } from './lang-of-gold-file.ts';

/**
 * `zegsman eval pos`: UPOS and lemma accuracy against CoNLL-U gold, on the gold tokenisation.
 * Scored unit: the syntactic word (UD's word lines); a multiword token such as English "don't"
 * is tagged as its words "do" + "n't", as UD annotates it (so this is "gold words" accuracy).
 * Lemmas compare without Alpino's compound marks ("basis_niveau" = "basisniveau"); words whose
 * gold lemma is missing ("_" for a word that is not "_") are left out of the lemma score.
 * "Unseen" words are those whose normalised form is not in the tagger's training lexicon.
 */
export interface PosError {
  readonly sentence: string;
  readonly word: string;
  readonly position: number;
  readonly gold: string;
  readonly predicted: string;
  readonly kind: 'upos' | 'lemma';
}

interface Counts {
  words: number;
  upos: number;
  lemmaWords: number;
  lemma: number;
}

export function scorePos(tagger: PosTagger, sentences: readonly ConlluSentence[], maxErrors = 0) {
  const all: Counts = { words: 0, upos: 0, lemmaWords: 0, lemma: 0 };
  const unseen: Counts = { words: 0, upos: 0, lemmaWords: 0, lemma: 0 };
  const confusion = new Map<string, number>();
  const errors: PosError[] = [];
  let seconds = 0;
  for (const sentence of sentences) {
    const words = sentence.words.map((w) => w.form);
    const start = performance.now();
    const tagged = tagger.tagWords(words);
    seconds += (performance.now() - start) / 1000;
    sentence.words.forEach((gold, i) => {
      const isUnseen = !tagger.lexicon.has(normaliseWord(gold.form));
      const uposRight = tagged.upos[i] === gold.upos;
      const hasLemma = gold.lemma !== '_' || gold.form === '_';
      const lemmaRight = cleanLemma(gold.lemma, gold.form) === tagged.lemmas[i];
      for (const counts of isUnseen ? [all, unseen] : [all]) {
        counts.words++;
        if (uposRight) counts.upos++;
        if (hasLemma) {
          counts.lemmaWords++;
          if (lemmaRight) counts.lemma++;
        }
      }
      if (!uposRight) {
        const key = `${gold.upos}→${tagged.upos[i]}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
      }
      if (errors.length < maxErrors && (!uposRight || (hasLemma && !lemmaRight))) {
        errors.push({
          sentence: sentence.text,
          word: gold.form,
          position: i,
          gold: uposRight ? cleanLemma(gold.lemma, gold.form) : gold.upos,
          predicted: uposRight ? tagged.lemmas[i] : tagged.upos[i],
          kind: uposRight ? 'lemma' : 'upos',
        });
      }
    });
  }
  const share = (right: number, total: number): number => (total === 0 ? 0 : round4(right / total));
  return {
    metrics: {
      sentences: sentences.length,
      words: all.words,
      upos: share(all.upos, all.words),
      lemma: share(all.lemma, all.lemmaWords),
      unseenWords: unseen.words,
      unseenUpos: share(unseen.upos, unseen.words),
      unseenLemma: share(unseen.lemma, unseen.lemmaWords),
      wordsPerSecond: seconds === 0 ? 0 : Math.round(all.words / seconds),
      confusions: Object.fromEntries([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 12)),
    },
    errors,
  };
}

export const posTask: EvalTask = {
  name: 'pos',
  description: 'UPOS and lemma accuracy on CoNLL-U gold (gold tokenisation)',
  run(gold: string, options: EvalOptions): EvalResult {
    const files = goldFiles(gold, (name) => /\.conllu(\.gz)?$/.test(name));
    const lang = langOfGoldFile(files[0], options.lang);
    const sentences = files.flatMap((file) => parseConllu(readGoldText(file), file));
    if (sentences.length === 0) throw new Error(`${gold}: no sentences in the gold data`);
    const { metrics, errors } = scorePos(posTagger(lang), sentences, options.errors ?? 0);
    return { task: 'pos', gold, metrics: { lang, ...metrics }, ...(errors.length > 0 ? { errors } : {}) };
  },
  format(result: EvalResult): string {
    const m = result.metrics as ReturnType<typeof scorePos>['metrics'] & { lang: Lang };
    const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
    const lines = [
      `pos (${m.lang}) on ${result.gold}: ${m.sentences} sentences, ${m.words} words`,
      `  UPOS   ${pct(m.upos)}`,
      `  lemma  ${pct(m.lemma)}`,
      `  unseen ${m.unseenWords} words (${pct(m.unseenWords / Math.max(1, m.words))}): UPOS ${pct(m.unseenUpos)}, lemma ${pct(m.unseenLemma)}`,
      `  speed  ${m.wordsPerSecond.toLocaleString('en')} words/s (tagging and lemmatising only)`,
      `  commonest confusions (gold→tagged): ${Object.entries(m.confusions).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    ];
    for (const e of (result.errors ?? []) as PosError[]) {
      lines.push(`  ${e.kind} ${e.word}: gold ${e.gold}, tagged ${e.predicted}  | ${e.sentence}`);
    }
    return lines.join('\n');
  },
};
