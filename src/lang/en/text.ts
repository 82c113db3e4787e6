import abbreviations from './abbreviations.json' with { type: 'json' };
import tokens from './tokens.json' with { type: 'json' };
import { buildTextLexicon, type TextLexicon } from '../text-lexicon.ts';

/** English abbreviations and tokenisation rules for the text layer. */
export const text: TextLexicon = buildTextLexicon(abbreviations, tokens);
