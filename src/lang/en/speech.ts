import verbs from './speech-verbs.json' with { type: 'json' };
import markers from './speech-markers.json' with { type: 'json' };
import pronouns from './pronouns.json' with { type: 'json' };
import roles from './roles.json' with { type: 'json' };
import sources from './source-nouns.json' with { type: 'json' };
import nounPhrases from './noun-phrases.json' with { type: 'json' };
import context from './quote-context.json' with { type: 'json' };
import firstNames from './first-names.json' with { type: 'json' };
import { buildSpeechLexicon, type SpeechLexicon } from '../speech-lexicon.ts';

/** English speech verbs, markers, roles, pronouns and names for the quote and coreference stages. In English the complementizer "that" may be left out; roles do not compound. */
export const speech: SpeechLexicon = buildSpeechLexicon({
  verbs,
  markers,
  optionalComplementizer: true,
  pronouns,
  roles,
  compounds: false,
  sources,
  nounPhrases,
  verbSecond: false,
  context,
  firstNames: [firstNames],
});
