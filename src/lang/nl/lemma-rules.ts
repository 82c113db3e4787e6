import { buildLemmaRules, type LemmaRulesData } from '../lemma-rules.ts';
import data from './lemma-rules.json' with { type: 'json' };

/** Dutch lemma rules for words the lemma lexicon does not know. */
export const lemmaRules = buildLemmaRules(data as unknown as LemmaRulesData, 'src/lang/nl/lemma-rules.json');
