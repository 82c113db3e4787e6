import type { LangPack } from '../pack.ts';
import { text } from './text.ts';
import { speech } from './speech.ts';
import { entities } from './entities.ts';
import { claims } from './claims.ts';
import { pos } from './pos.ts';

/** English. */
export const en: LangPack = {
  code: 'en',
  name: 'English',
  text,
  speech,
  entities,
  claims,
  pos,
};
