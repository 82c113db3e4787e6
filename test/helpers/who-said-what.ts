import { analyze } from '../../src/pipeline.ts';
import type { Analysis, Lang } from '../../src/core/types.ts';

/** One quote as the tables write it: the texts of its spans and who said it. */
export interface Said {
  readonly kind: 'direct' | 'indirect';
  readonly content: string;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly role: string | null;
}

/** The article analysed up to and including the quote stage. */
export function analyseQuotes(text: string, lang: Lang): Analysis {
  return analyze(text, {}, { lang, until: 'quotes' });
}

/** Who said what in `text`, in text order, as rows for `deepStrictEqual`. */
export function whoSaidWhat(text: string, lang: Lang): Said[] {
  return analyseQuotes(text, lang).quotes.map((q) => ({
    kind: q.kind,
    content: q.content.text,
    cue: q.cue?.text ?? null,
    speaker: q.speaker?.text ?? null,
    speakerName: q.speakerName,
    role: q.role,
  }));
}
