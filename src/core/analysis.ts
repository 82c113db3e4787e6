import { SCHEMA_VERSION, type Analysis, type Doc } from './types.ts';

/** The analysis of a document before any stage has run: every layer empty. */
export function emptyAnalysis(doc: Doc): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    lang: doc.lang,
    meta: doc.meta,
    text: doc.text,
    paragraphs: [],
    sentences: [],
    tokens: [],
    quoteSpans: [],
    mentions: [],
    entities: [],
    quotes: [],
    quantities: [],
    quotedTerms: [],
    hedges: [],
    times: [],
    messages: [],
  };
}
