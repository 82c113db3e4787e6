import type { LangPack } from '../pack.ts';
import { text } from './text.ts';

/** English. */
export const en: LangPack = {
  code: 'en',
  name: 'English',
  text,
};
