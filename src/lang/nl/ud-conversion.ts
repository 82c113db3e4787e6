import data from './ud-conversion.json' with { type: 'json' };

/**
 * How UD Dutch tags what older annotations tag differently (see the JSON's `_source`).
 * Training reads it; the tagger itself never does, so it is not on the LangPack.
 */
export interface DutchUdConversion {
  /** Lemma → relations of a sibling in the Alpino tree that make the verb AUX. */
  readonly auxiliaries: ReadonlyMap<string, readonly string[]>;
  readonly legacy: {
    readonly possessives: ReadonlySet<string>;
    readonly ordinalWords: ReadonlySet<string>;
    /** "20e", "19de", "1ste". */
    readonly ordinalDigits: RegExp;
    readonly sconjFromAdp: ReadonlySet<string>;
    /** Relation (aux, aux:pass, cop) → the lemmas that stay AUX in it. */
    readonly auxiliariesByRelation: ReadonlyMap<string, ReadonlySet<string>>;
    /** Modals that are AUX even where the old file says VERB. */
    readonly modals: ReadonlySet<string>;
  };
}

const aux = new Map<string, readonly string[]>();
for (const [lemma, rels] of Object.entries(data.auxiliaries)) if (Array.isArray(rels)) aux.set(lemma, rels);
const legacy = data.legacyLassySmall;

export const udConversion: DutchUdConversion = {
  auxiliaries: aux,
  legacy: {
    possessives: new Set(legacy.possessives),
    ordinalWords: new Set(legacy.ordinalWords),
    ordinalDigits: new RegExp(`^[0-9]+(?:${legacy.ordinalDigitSuffixes.map(escapeRegExp).join('|')})$`),
    sconjFromAdp: new Set(legacy.sconjFromAdp),
    auxiliariesByRelation: new Map(
      Object.entries(legacy.auxiliariesByRelation).flatMap(([rel, lemmas]) => (Array.isArray(lemmas) ? [[rel, new Set(lemmas)] as const] : [])),
    ),
    modals: new Set(legacy.modals.lemmas),
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
