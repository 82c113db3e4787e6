import data from './figure-concepts.json' with { type: 'json' };

/**
 * Counted nouns and units by the concept they name in either language
 * (`src/lang/figure-concepts.json`): "militairen" and "troops" are both "soldiers". Lower case.
 */
export interface FigureConcepts {
  /** Written form (lower case, words joined by one space) → concept. */
  readonly conceptOf: ReadonlyMap<string, string>;
}

export class FigureConceptError extends Error {
  readonly ruleId = 'figure-concepts-invalid';
}

/** Checks and indexes the parsed `figure-concepts.json`. */
export function buildFigureConcepts(raw: unknown): FigureConcepts {
  const concepts = (raw as { concepts?: unknown } | null)?.concepts;
  if (typeof concepts !== 'object' || concepts === null || Array.isArray(concepts)) {
    throw new FigureConceptError('figure-concepts.json: "concepts" must be an object of concept → list of words');
  }
  const conceptOf = new Map<string, string>();
  for (const [concept, words] of Object.entries(concepts)) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string')) {
      throw new FigureConceptError(`figure-concepts.json: concept "${concept}" must be a list of words`);
    }
    for (const word of words as string[]) conceptOf.set(word.toLowerCase().replace(/\s+/g, ' '), concept);
  }
  return { conceptOf };
}

export const figureConcepts: FigureConcepts = buildFigureConcepts(data);
