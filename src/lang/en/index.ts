import type { LangPack } from '../pack.ts';

/** English. */
export const en: LangPack = {
  code: 'en',
  name: 'English',
};
