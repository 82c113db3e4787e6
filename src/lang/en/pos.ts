import { buildClitics, type PosRules } from '../pos-rules.ts';
import clitics from './clitics.json' with { type: 'json' };
import { lemmaRules } from './lemma-rules.ts';

/** English rules for the POS tagger and lemmatizer. */
export const pos: PosRules = {
  lemmas: lemmaRules,
  clitics: buildClitics(clitics, 'src/lang/en/clitics.json'),
};
