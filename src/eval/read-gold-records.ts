/**
 * Reads the project's JSON gold records (`../shared/gold/FORMAT.md`): every `*.json` (or
 * `*.json.gz`) file under a path, parsed and checked for the fields every eval needs — the
 * text, its language, id and publication date. Each eval then reads its own part of `record`.
 */
import { basename } from 'node:path';
import type { Lang } from '../core/types.ts';
import { isLang } from '../lang/index.ts';
import { goldFiles, readGoldText } from './read-gold.ts';

/** What every gold article has: its file, id, language, publication date and text. */
export interface GoldText {
  readonly id: string;
  readonly file: string;
  readonly lang: Lang;
  readonly published?: string;
  readonly text: string;
}

export interface GoldRecord extends GoldText {
  /** The whole parsed record, for the eval's own fields. */
  readonly record: Readonly<Record<string, unknown>>;
}

/** Reads every `*.json` gold record under `path` (a file or a folder); `lang` overrides each record's own. */
export function readGoldRecords(path: string, lang?: Lang): GoldRecord[] {
  return goldFiles(path, (name) => name.endsWith('.json') || name.endsWith('.json.gz')).map((file) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readGoldText(file));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: a gold record must be a JSON object`);
    const record = parsed as Readonly<Record<string, unknown>>;
    if (typeof record.text !== 'string') throw new Error(`${file}: "text" must be a string`);
    const articleLang = lang ?? (typeof record.lang === 'string' && isLang(record.lang) ? record.lang : null);
    if (articleLang === null) throw new Error(`${file}: no usable "lang" (nl or en); pass --lang`);
    return {
      id: typeof record.id === 'string' ? record.id : basename(file, '.json'),
      file,
      lang: articleLang,
      published: typeof record.published === 'string' ? record.published : undefined,
      text: record.text,
      record,
    };
  });
}
