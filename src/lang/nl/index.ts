import type { LangPack } from '../pack.ts';
import { text } from './text.ts';
import { speech } from './speech.ts';
import { entities } from './entities.ts';
import { claims } from './claims.ts';
import { pos } from './pos.ts';

/** Dutch. */
export const nl: LangPack = {
  code: 'nl',
  name: 'Dutch',
  text,
  speech,
  entities,
  claims,
  pos,
};
