import type { PosRules } from '../pos-rules.ts';
import { lemmaRules } from './lemma-rules.ts';

/** Dutch rules for the POS tagger and lemmatizer (Dutch UD keeps 's, zo'n, d'r whole: no clitics). */
export const pos: PosRules = {
  lemmas: lemmaRules,
  clitics: [],
};
