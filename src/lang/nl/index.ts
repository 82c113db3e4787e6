import type { LangPack } from '../pack.ts';
import { text } from './text.ts';

/** Dutch. */
export const nl: LangPack = {
  code: 'nl',
  name: 'Dutch',
  text,
};
