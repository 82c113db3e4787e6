import verbs from './speech-verbs.json' with { type: 'json' };
import markers from './speech-markers.json' with { type: 'json' };
import pronouns from './pronouns.json' with { type: 'json' };
import roles from './roles.json' with { type: 'json' };
import sources from './source-nouns.json' with { type: 'json' };
import nounPhrases from './noun-phrases.json' with { type: 'json' };
import context from './quote-context.json' with { type: 'json' };
import firstNames from './first-names.json' with { type: 'json' };
import englishFirstNames from '../en/first-names.json' with { type: 'json' };
import { buildSpeechLexicon, type SpeechLexicon } from '../speech-lexicon.ts';

/** Dutch speech verbs, markers, roles, pronouns and names for the quote and coreference stages. Dutch news names people from everywhere, so the English first-name list is read too. */
export const speech: SpeechLexicon = buildSpeechLexicon({
  verbs,
  markers,
  optionalComplementizer: false,
  pronouns,
  roles,
  compounds: true,
  sources,
  nounPhrases,
  verbSecond: true,
  context,
  firstNames: [firstNames, englishFirstNames],
});
