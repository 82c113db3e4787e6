import type { LangPack } from '../pack.ts';

/** Dutch. */
export const nl: LangPack = {
  code: 'nl',
  name: 'Dutch',
};
