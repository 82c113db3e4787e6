import places from './entity-places.json' with { type: 'json' };
import regions from './entity-regions.json' with { type: 'json' };
import usCities from './entity-us-cities.json' with { type: 'json' };
import demonyms from './entity-demonyms.json' with { type: 'json' };
import organisations from './entity-organisations.json' with { type: 'json' };
import moreOrganisations from './entity-more-organisations.json' with { type: 'json' };
import people from './entity-people.json' with { type: 'json' };
import triggers from './entity-triggers.json' with { type: 'json' };
import genitives from './entity-genitives.json' with { type: 'json' };
import firstNames from '../intl/entity-first-names.json' with { type: 'json' };
import surnames from '../intl/entity-surnames.json' with { type: 'json' };
import { buildEntityLexicon, type EntityLexicon } from '../entity-lexicon.ts';

/** English gazetteers and trigger words for the entity tagger (the first names and surnames are international). */
export const entities: EntityLexicon = buildEntityLexicon([places, regions, usCities, demonyms, organisations, moreOrganisations, people, firstNames, surnames], [triggers], genitives);
