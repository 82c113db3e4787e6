import type { Lang } from '../core/types.ts';
import { parseConllu, type ConlluSentence } from '../eval/conllu.ts';
import { readGoldText } from '../eval/read-gold.ts';
import { udConversion } from '../lang/nl/ud-conversion.ts';
import type { TaggedSentence } from '../model/tagged-sentence.ts';
import { isUpos } from '../model/upos-tags.ts';
import { convertAlpinoSentence } from './convert-alpino.ts';
import { learnXposMap } from './learn-xpos-map.ts';
import { readAlpinoTreebank } from './read-alpino.ts';
import { relabelLegacyLassySmall } from './relabel-legacy-lassysmall.ts';
import { sharedPath } from './shared-path.ts';

/**
 * Which corpora the POS tagger of each language learns from and is tuned on (all under
 * `../shared/data`). Test files are never read here.
 */
export interface PosCorpora {
  readonly train: readonly TaggedSentence[];
  /** Per source: how many sentences it gave. */
  readonly sources: Readonly<Record<string, number>>;
  /** Dev files to report scores on while training. */
  readonly dev: readonly string[];
}

/**
 * Alpino-DS treebanks under ../shared/data/alpino-treebank: the suites of the Alpino repository.
 * (OpenBoek's 748 hand-corrected parses of novels were tried too: dev went down, Alpino 97.11 →
 * 96.95, LassySmall 96.05 → 96.00.)
 */
export const ALPINO_SUITES = ['cdb', 'eans', 'g_suite', 'h_suite', 'leuven_yellow_pages', 'qa', 'wpspel'] as const;

export const DUTCH_DEV = [
  'ud/UD_Dutch-Alpino/nl_alpino-ud-dev.conllu.gz',
  'ud/UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu.gz',
];
export const DUTCH_LEGACY_TRAIN = 'ud/UD_Dutch-LassySmall/LEGACY_nl_lassysmall-ud-train.2017-02-01.minus-current-devtest.conllu.gz';
export const ENGLISH_TRAIN = 'ud/UD_English-EWT/en_ewt-ud-train.conllu.gz';
export const ENGLISH_DEV = ['ud/UD_English-EWT/en_ewt-ud-dev.conllu.gz'];
/** Non-commercial (CC BY-NC-SA): only with `--gum`, never in the shipped default model. */
export const GUM_TRAIN = 'ud/UD_English-GUM/en_gum-ud-train.from-gum-repo-dep.conllu.gz';

export interface CorpusOptions {
  /** English: add GUM train (non-commercial licence). */
  readonly gum?: boolean;
}

export function readConllu(relative: string): ConlluSentence[] {
  const path = sharedPath('data', relative);
  return parseConllu(readGoldText(path), path);
}

export function loadPosCorpora(lang: Lang, options: CorpusOptions = {}): PosCorpora {
  return lang === 'nl' ? loadDutch() : loadEnglish(options);
}

function loadDutch(): PosCorpora {
  const devSentences = DUTCH_DEV.flatMap(readConllu);
  const map = learnXposMap(devSentences);
  const train: TaggedSentence[] = [];
  const sources: Record<string, number> = {};
  for (const suite of ALPINO_SUITES) {
    const path = sharedPath('data', 'alpino-treebank', `${suite}.alpino_ds.xml.gz`);
    let n = 0;
    for (const sentence of readAlpinoTreebank(readGoldText(path), path)) {
      const tagged = convertAlpinoSentence(sentence, map, udConversion);
      if (tagged !== null) {
        train.push(tagged);
        n++;
      }
    }
    sources[`alpino-${suite}`] = n;
  }
  const legacy = relabelLegacyLassySmall(readConllu(DUTCH_LEGACY_TRAIN), udConversion);
  train.push(...legacy);
  sources['lassysmall-legacy'] = legacy.length;
  return { train, sources, dev: DUTCH_DEV.map((d) => sharedPath('data', d)) };
}

function loadEnglish(options: CorpusOptions): PosCorpora {
  const sources: Record<string, number> = {};
  const train = fromConllu(readConllu(ENGLISH_TRAIN));
  sources['ewt'] = train.length;
  if (options.gum === true) {
    const gum = fromConllu(readConllu(GUM_TRAIN));
    train.push(...gum);
    sources['gum'] = gum.length;
  }
  return { train, sources, dev: ENGLISH_DEV.map((d) => sharedPath('data', d)) };
}

/** UD sentences as training sentences: the syntactic words (a multiword token's parts), their UPOS and lemmas. */
export function fromConllu(sentences: readonly ConlluSentence[]): TaggedSentence[] {
  return sentences.map((s) => ({
    words: s.words.map((w) => w.form),
    tags: s.words.map((w) => (isUpos(w.upos) ? w.upos : 'X')),
    lemmas: s.words.map((w) => w.lemma),
  }));
}
