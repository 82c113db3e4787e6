import { buildClaimsLexicon, type ClaimsLexicon } from '../claims-lexicon.ts';
import numbers from './numbers.json' with { type: 'json' };
import approximators from './approximators.json' with { type: 'json' };
import units from './units.json' with { type: 'json' };
import contexts from './quantity-contexts.json' with { type: 'json' };
import hedges from './hedges.json' with { type: 'json' };
import quotedTerms from './quoted-terms.json' with { type: 'json' };
import times from './times.json' with { type: 'json' };

/** English number words, approximators, units, hedges, quoted-term cues and calendar words. */
export const claims: ClaimsLexicon = buildClaimsLexicon({ numbers, approximators, units, contexts, hedges, quotedTerms, times }, 'en');
