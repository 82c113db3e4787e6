import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Chrono, ParsedResult } from 'chrono-node';
import * as en from 'chrono-node/en';
import * as nl from 'chrono-node/nl';
import { withPatternsOnce } from '../../src/extract/read-chrono-times.ts';

const REF = { instant: new Date(Date.UTC(2024, 2, 10, 11)), timezone: 60 };

const TEXTS: Record<'nl' | 'en', readonly string[]> = {
  nl: [
    'Op 12 maart 2024 om 10 uur begon de staking in de haven.',
    'De raad vergadert maandag en dinsdag 14 mei, en opnieuw in juni.',
    'Vorige week zei de wethouder dat de brug binnen twee weken opengaat.',
    'Van 3 tot 5 april is het museum dicht; op 1 mei 2025 gaat het weer open.',
    'Gisteravond om half negen viel de stroom uit, vanochtend om 07.15 uur was hij terug.',
    'In januari 2023 en in februari kwamen er meer klachten dan in december.',
  ],
  en: [
    'On 12 March 2024 at 10 am the harbour strike began.',
    'The council meets on Monday and on Tuesday, May 14, and again in June.',
    'Last week the mayor said the bridge would open within two weeks.',
    'The museum is closed from April 3 to April 5 and opens again on May 1, 2025.',
  ],
};

/** What a result says, in plain values. */
function describe(result: ParsedResult): unknown {
  return { index: result.index, text: result.text, start: result.start.date().toISOString(), end: result.end?.date().toISOString() ?? null };
}

test('withPatternsOnce finds what chrono finds, with the Dutch copy of the month-name parser left out', () => {
  const bases: Record<'nl' | 'en', Chrono> = { nl: nl.casual, en: en.casual };
  for (const lang of ['nl', 'en'] as const) {
    const once = withPatternsOnce(bases[lang]);
    for (const text of TEXTS[lang]) {
      assert.deepStrictEqual(once.parse(text, REF, { forwardDate: false }).map(describe), bases[lang].parse(text, REF, { forwardDate: false }).map(describe), text);
    }
  }
  // Fails when a chrono-node upgrade changes which parsers are copies: check the rows above find
  // the same, and the comment on withPatternsOnce.
  const dropped = { nl: nl.casual.parsers.length - withPatternsOnce(nl.casual).parsers.length, en: en.casual.parsers.length - withPatternsOnce(en.casual).parsers.length };
  assert.deepStrictEqual(dropped, { nl: 1, en: 0 });
});
