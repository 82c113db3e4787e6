import type { Lang } from '../core/types.ts';
import { loadEntityTagger } from '../model/load-entity-tagger.ts';
import { tagWords } from '../model/load-pos-tagger.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { guessNerFormat, NER_FORMATS, parseNerCorpus, type NerDocument, type NerFormat } from './ner-corpus.ts';
import { goldFiles, readGoldText } from './read-gold.ts';
import { scoreEntityTagger, type EntityError } from './score-entity-tagger.ts';
import type { EntityScore } from './count-entity-matches.ts';
import type { EvalResult, EvalTask } from './task.ts';

/**
 * `zegsman eval ner --gold FILE [--format conll2002|iob2]`: tags the gold corpus with its own
 * tokenisation (article by article, as the `entities` stage reads an article) and scores exact
 * entity matches as conlleval does: an entity counts when type, first and last word agree.
 * Prints overall and per-type precision, recall and F1.
 */
export const nerEvalTask: EvalTask = {
  name: 'ner',
  description: 'named entities (PER, ORG, LOC, MISC) against CoNLL-2002 or IOB2 gold, exact match',
  run(gold, options) {
    const format = parseFormat(options.format);
    const files = goldFiles(gold, (name) => !/^(readme|license)|\.(md|txt|stats|json)$/i.test(name));
    const documents: NerDocument[] = [];
    let detected: NerFormat | null = null;
    for (const file of files) {
      const text = readGoldText(file);
      const fileFormat = format ?? guessNerFormat(text);
      detected ??= fileFormat;
      documents.push(...parseNerCorpus(text, fileFormat, file));
    }
    if (documents.length === 0) throw new Error(`${gold}: no sentences in the gold data`);
    const lang = options.lang ?? guessLang(documents, detected);
    const tagger = loadEntityTagger(lang);
    const score = scoreEntityTagger(tagger, documents, (words) => tagWords(words, lang).upos, options.errors ?? 0);
    return {
      task: 'ner',
      gold,
      metrics: {
        lang,
        format: format ?? detected,
        sentences: score.sentences,
        words: score.words,
        ...score.overall,
        byType: score.byType,
        wordsPerSecond: Math.round(score.words / Math.max(score.seconds, 1e-9)),
      },
      ...(score.errors.length > 0 ? { errors: score.errors } : {}),
    };
  },
  format: formatNerResult,
};

function parseFormat(format: string | undefined): NerFormat | null {
  if (format === undefined) return null;
  if ((NER_FORMATS as readonly string[]).includes(format)) return format as NerFormat;
  throw new Error(`--format: expected ${NER_FORMATS.join(' or ')}, got "${format}"`);
}

/** CoNLL-2002 files here are Dutch; otherwise the words decide. */
function guessLang(documents: readonly NerDocument[], format: NerFormat | null): Lang {
  if (format === 'conll2002') return 'nl';
  const words: string[] = [];
  for (const d of documents) {
    for (const s of d.sentences) {
      words.push(...s.words);
      if (words.length > 2000) break;
    }
    if (words.length > 2000) break;
  }
  const guess = detectLanguage(words.join(' '));
  if (guess.lang === null) throw new Error('eval ner: cannot tell the language of the gold data; pass --lang nl or --lang en');
  return guess.lang;
}

function formatNerResult(result: EvalResult): string {
  const m = result.metrics as unknown as EntityScore & { lang: string; format: string; sentences: number; words: number; byType: Record<string, EntityScore>; wordsPerSecond: number };
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, s: EntityScore): string =>
    `${name.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.correct).padStart(6)} ${String(s.predicted).padStart(6)} ${String(s.gold).padStart(6)}`;
  const lines = [
    `ner ${result.gold} (${m.lang}, ${m.format}): ${m.sentences} sentences, ${m.words} words, ${m.wordsPerSecond} words/s`,
    `type          P      R     F1  correct  found   gold`,
    row('overall', m),
    ...Object.entries(m.byType).map(([type, s]) => row(type, s)),
  ];
  for (const error of (result.errors ?? []) as EntityError[]) {
    lines.push(`${error.kind === 'missed' ? 'missed' : 'wrong '} ${error.type.padEnd(4)} ${error.text}  —  ${error.sentence}`);
  }
  return lines.join('\n');
}
