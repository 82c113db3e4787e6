import type { Lang } from '../core/types.ts';
import type { TextLexicon } from './text-lexicon.ts';
import type { ClaimsLexicon } from './claims-lexicon.ts';
import type { SpeechLexicon } from './speech-lexicon.ts';
import type { EntityLexicon } from './entity-lexicon.ts';
import type { PosRules } from './pos-rules.ts';

/**
 * Everything a language contributes: lists loaded from `src/lang/<code>/*.json`, grouped by
 * the stage family that reads them. A new language is a folder that builds one of these.
 * Each group is declared in its own file beside this one and added here with one line.
 */
export interface LangPack {
  readonly code: Lang;
  /** Display name of the language in English. */
  readonly name: string;
  /** Abbreviations and tokenisation rules for paragraphs, sentences and tokens. */
  readonly text: TextLexicon;
  /** Speech verbs, markers, roles, pronouns and first names for the quote and coreference stages. */
  readonly speech: SpeechLexicon;
  /** Gazetteers and trigger words for the entity tagger. */
  readonly entities: EntityLexicon;
  /** Number words, approximators, units, hedges, quoted-term cues and calendar words for the claims stages. */
  readonly claims: ClaimsLexicon;
  /** Lemma rules and clitics for the POS tagger and lemmatizer. */
  readonly pos: PosRules;
}
