/**
 * Readers for attribution gold, as the `quotes` eval scores it: the project's own JSON format
 * (`../shared/gold/FORMAT.md`) and PolNeAR's brat standoff (`.ann` beside a `text/` folder).
 * Both become `GoldArticle`s: the text and its attributions with content fragments, cue and
 * source spans, every span checked against the text.
 */
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { Lang, Span } from '../core/types.ts';
import { goldFiles, readGoldText } from './read-gold.ts';
import { readGoldRecords, type GoldText } from './read-gold-records.ts';

export interface GoldAttribution {
  readonly kind: 'direct' | 'indirect' | null;
  /** One or more pieces of the statement (PolNeAR content may be discontinuous). */
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly sourceName: string | null;
}

export interface GoldArticle extends GoldText {
  readonly attributions: readonly GoldAttribution[];
}

export type QuoteGoldFormat = 'gold' | 'polnear';

export const QUOTE_GOLD_FORMATS: readonly QuoteGoldFormat[] = ['gold', 'polnear'];

interface JsonSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Reads every `*.json` gold record under `path` (a file or a folder). */
export function readJsonQuoteGold(path: string, lang?: Lang): GoldArticle[] {
  return readGoldRecords(path, lang).map(({ record, ...article }) => {
    const { file, text } = article;
    if (!Array.isArray(record.quotes)) throw new Error(`${file}: "quotes" must be a list`);
    const attributions = record.quotes.map((raw: unknown, i: number): GoldAttribution => {
      const q = raw as { kind?: unknown; content?: JsonSpan; cue?: JsonSpan | null; speaker?: JsonSpan | null; speakerName?: unknown };
      const where = `${file}: quotes[${i}]`;
      if (q.kind !== 'direct' && q.kind !== 'indirect') throw new Error(`${where}: kind must be "direct" or "indirect"`);
      return {
        kind: q.kind,
        content: [checkSpan(text, q.content, `${where}.content`)],
        cue: q.cue ? checkSpan(text, q.cue, `${where}.cue`) : null,
        source: q.speaker ? checkSpan(text, q.speaker, `${where}.speaker`) : null,
        sourceName: typeof q.speakerName === 'string' ? q.speakerName : null,
      };
    });
    return {
      ...article,
      attributions,
    };
  });
}

function checkSpan(text: string, span: JsonSpan | undefined, where: string): Span {
  if (!span || typeof span.start !== 'number' || typeof span.end !== 'number') throw new Error(`${where}: needs numeric start and end`);
  if (span.start < 0 || span.end > text.length || span.start > span.end) throw new Error(`${where}: [${span.start}, ${span.end}) is outside the text (length ${text.length})`);
  if (typeof span.text === 'string' && text.slice(span.start, span.end) !== span.text) {
    throw new Error(`${where}: text "${span.text}" is not the slice [${span.start}, ${span.end}) of the article`);
  }
  return { start: span.start, end: span.end };
}

/**
 * Reads a PolNeAR compartment (a folder with `attributions/` and `text/`, such as
 * `polnear-en/dev`), or a single `.ann` file whose text is in `../text/`. Where several
 * annotators did one article, the first annotation file (by name) is used.
 */
export function readPolnearGold(path: string): GoldArticle[] {
  const annFolder = existsSync(join(path, 'attributions')) ? join(path, 'attributions') : path;
  const files = goldFiles(annFolder, (name) => name.endsWith('.ann'));
  const seen = new Set<string>();
  const articles: GoldArticle[] = [];
  for (const file of files) {
    const name = basename(file, '.ann').replace(/_[0-9a-f]{4}$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const textFile = join(dirname(dirname(file)), 'text', `${name}.txt`);
    if (!existsSync(textFile)) throw new Error(`${file}: no article text at ${textFile}`);
    const text = readGoldText(textFile);
    articles.push({ id: name, file, lang: 'en', text, attributions: parseBrat(readGoldText(file), text, file) });
  }
  return articles;
}

/** The `.ann` standoff of one article: T lines are spans, E lines tie content, cue and source together. */
export function parseBrat(ann: string, text: string, file: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[][] = [];
  ann.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (line.startsWith('T')) {
      const match = /^(\S+) ([\d ;]+)$/.exec(fields[1] ?? '');
      if (!match) throw new Error(`${file}:${i + 1}: cannot read text-bound annotation "${line}"`);
      const fragments = match[2].split(';').map((part) => {
        const [start, end] = part.trim().split(' ').map(Number);
        if (!(start >= 0 && end <= text.length && start <= end)) throw new Error(`${file}:${i + 1}: span ${part} is outside the text`);
        return { start, end };
      });
      spans.set(fields[0], fragments);
    } else if (line.startsWith('E')) {
      events.push((fields[1] ?? '').split(' ').filter((arg) => arg !== ''));
    }
  });
  const out: GoldAttribution[] = [];
  for (const args of events) {
    const content: Span[] = [];
    let cue: Span | null = null;
    let source: Span | null = null;
    for (const arg of args) {
      const [role, id] = arg.split(':');
      const fragments = spans.get(id);
      if (!fragments) throw new Error(`${file}: event argument ${arg} names no text-bound annotation`);
      if (role.startsWith('Content')) content.push(...fragments);
      else if (role === 'Cue') cue = hull(fragments);
      else if (role === 'Source') source = hull(fragments);
    }
    if (content.length === 0) continue;
    content.sort((a, b) => a.start - b.start);
    out.push({ kind: null, content, cue, source, sourceName: source ? text.slice(source.start, source.end) : null });
  }
  return out;
}

function hull(fragments: readonly Span[]): Span {
  return { start: Math.min(...fragments.map((f) => f.start)), end: Math.max(...fragments.map((f) => f.end)) };
}

/** Where the GenderGapTracker English quote-verb list is, looking up from a PolNeAR path; null when absent. */
export function findEnglishSpeechVerbList(goldPath: string): string | null {
  let dir = goldPath;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'speech-verbs', 'en_quote_verbs_gendergaptracker.txt');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

