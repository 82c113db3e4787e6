import cyrillicRu from '../translit/ru-nl.json' with { type: 'json' };
import cyrillicUk from '../translit/uk-nl.json' with { type: 'json' };
import nameKey from '../translit/name-key.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };
import particles from './particles.json' with { type: 'json' };
import genitives from './genitives.json' with { type: 'json' };
import surnameFirst from './surname-first.json' with { type: 'json' };
import givenNameVariants from './given-name-variants.json' with { type: 'json' };
import people from '../people-seed.json' with { type: 'json' };
import places from '../places-seed.json' with { type: 'json' };
import { buildNameLexicon, type NameLexicon } from '../name-lexicon.ts';

/** The one name lexicon for every language (see `../name-lexicon.ts`). */
export const names: NameLexicon = buildNameLexicon({ cyrillicRu, cyrillicUk, nameKey, titles, particles, genitives, surnameFirst, givenNameVariants, people, places });
