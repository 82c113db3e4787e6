import type { Lang } from '../core/types.ts';
import type { LangPack } from './pack.ts';
import { nl } from './nl/index.ts';
import { en } from './en/index.ts';

export const packs: Readonly<Record<Lang, LangPack>> = { nl, en };

export const LANGS: readonly Lang[] = ['nl', 'en'];

export function isLang(code: string): code is Lang {
  return (LANGS as readonly string[]).includes(code);
}
