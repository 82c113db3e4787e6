import type { Lang } from '../core/types.ts';
import { parseCsv } from '../eval/parse-csv.ts';
import { readGoldText } from '../eval/read-gold.ts';
import { sharedData } from './train-ner.ts';
import { tokenisePlainText } from './tokenise-plain-text.ts';

/**
 * The running text word clusters are learned from, per language, with how much each source
 * counts. The Dutch total is 36M words of legal text against 1M of Wikipedia and 1960s–70s
 * newspapers and magazines, so the laws are sampled (one line in eight) and the general text
 * counts several times. The NER training corpora are left out on purpose: their rare names
 * would get clusters (and case counts) that no unseen name has, and the tagger would learn to
 * trust those features more than they deserve at run time. No dev or test text is read.
 */
export interface TextSource {
  readonly name: string;
  /** Path under ../shared/data. */
  readonly path: readonly string[];
  readonly format: 'lines' | 'pretokenised' | 'wikinews-csv';
  /** Each co-occurrence counts this many times. */
  readonly weight: number;
  /** Keep one line in this many (by a fixed hash of the line); default 1 (all). */
  readonly sampleEvery?: number;
}

const LAWS = ['wetten', 'amvb-kb', 'ministeriele-regelingen', 'beleidsregels-circulaires-zbo', 'verdragen'];

export const CLUSTER_SOURCES: Readonly<Record<Lang, readonly TextSource[]>> = {
  nl: [
    ...LAWS.map((name): TextSource => ({
      name: `laws-nl.${name}`,
      path: ['unlabelled', 'nl-laws-statengeneraal', `laws-nl.${name}.txt.gz`],
      format: 'lines',
      weight: 1,
      sampleEvery: 8,
    })),
    { name: 'nlwikipedia-selection', path: ['unlabelled', 'nl-alpino-suites', 'nlwikipedia-selection.txt.gz'], format: 'pretokenised', weight: 4 },
    { name: 'eindhoven', path: ['unlabelled', 'nl-alpino-suites', 'eindhoven.txt.gz'], format: 'pretokenised', weight: 3 },
    { name: 'clin28-nlwiki', path: ['unlabelled', 'nl-wikipedia-clin28', 'clin28-nlwiki.txt.gz'], format: 'lines', weight: 4 },
  ],
  en: [
    { name: 'enwiki-chinapedia', path: ['unlabelled', 'en-wikipedia-chinapedia', 'enwiki-chinapedia.txt.gz'], format: 'lines', weight: 1 },
    { name: 'wikinews-en 2019', path: ['news-text', 'wikinews-en', 'wikinews_2019.csv'], format: 'wikinews-csv', weight: 3 },
    { name: 'wikinews-en 2020', path: ['news-text', 'wikinews-en', 'wikinews_2020.csv'], format: 'wikinews-csv', weight: 3 },
  ],
};

/** Calls `visit` with every sentence (or paragraph) of a source as words. */
export function readSourceSentences(source: TextSource, lang: Lang, visit: (words: readonly string[]) => void): void {
  const path = sharedData(...source.path);
  const text = readGoldText(path);
  const lines = source.format === 'wikinews-csv' ? wikinewsParagraphs(text) : text.split('\n');
  const every = source.sampleEvery ?? 1;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (every > 1 && lineHash(line) % every !== 0) continue;
    visit(source.format === 'pretokenised' ? line.trim().split(/\s+/u) : tokenisePlainText(line, lang));
  }
}

function lineHash(line: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The paragraphs of the `text` column (the fourth) of a url,date,title,text CSV; the header and rows of another width are skipped. */
function wikinewsParagraphs(csv: string): string[] {
  return parseCsv(csv)
    .slice(1)
    .filter((row) => row.length === 4)
    .flatMap((row) => row[3].split(/\n+/u));
}
