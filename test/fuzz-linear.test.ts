import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../src/core/types.ts';
import { analyze } from '../src/pipeline.ts';
import { ADVERSARIAL_TEXTS } from './helpers/adversarial-texts.ts';
import { spanProblems } from './helpers/span-problems.ts';

/**
 * Time per input grows at most linearly: each hostile input of ADVERSARIAL_TEXTS is analysed at
 * about N and 4N characters, and the CPU time of the larger must stay well under the 16 times a
 * quadratic stage would take (linear is 4). CPU time of this process, the least of three runs,
 * so other work on the machine does not count; where even the larger input takes under
 * MIN_MS there is nothing to measure. The larger must also stay under MAX_US_PER_CHAR
 * microseconds per character (news text takes about one): linear with a huge constant is a
 * hang too on a 5 MB input. The CI-size run measures each input in one language (alternating);
 * the nightly-size run (ZEGSMAN_FUZZ_RUNS ≥ 100000) in both.
 */
const NIGHTLY = Number(process.env.ZEGSMAN_FUZZ_RUNS ?? 0) >= 100_000;
const RUNS = NIGHTLY ? 3 : 2;
const N = 10_000;
const MAX_RATIO = 12;
const MIN_MS = 25;
const MAX_US_PER_CHAR = 25;

/** CPU milliseconds of one analysis (and its span check, so the analysis cannot be skipped). */
function cpuMs(text: string, lang: Lang): number {
  const started = process.cpuUsage();
  const analysis = analyze(text, {}, { lang });
  const used = process.cpuUsage(started);
  assert.deepStrictEqual(spanProblems(analysis), []);
  return (used.user + used.system) / 1000;
}

function leastOf(runs: number, text: string, lang: Lang): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) least = Math.min(least, cpuMs(text, lang));
  return least;
}

/** Rows known to grow faster than linearly, with the stage at fault, until its owner fixes them. */
const KNOWN: Readonly<Record<string, string>> = {};

ADVERSARIAL_TEXTS.forEach(([name, make], index) => {
  for (const lang of NIGHTLY ? (['nl', 'en'] as const) : ([index % 2 === 0 ? 'nl' : 'en'] as const)) {
    const todo = KNOWN[`${lang} ${name}`];
    test(`linear time, ${lang}: ${name}`, todo !== undefined ? { todo } : {}, (t) => {
      const small = make(N);
      const large = make(4 * N);
      cpuMs(make(N / 4), lang); // warm up
      const [a, b] = [leastOf(RUNS, small, lang), leastOf(RUNS, large, lang)];
      const measured = `${small.length} → ${large.length} characters: ${a.toFixed(1)} → ${b.toFixed(1)} ms of CPU (× ${(b / Math.max(a, 1)).toFixed(1)}; linear is × 4)`;
      t.diagnostic(measured);
      assert.ok(b < MIN_MS || b / Math.max(a, 1) < MAX_RATIO, measured);
      assert.ok(b < (large.length * MAX_US_PER_CHAR) / 1000, `${measured}: over ${MAX_US_PER_CHAR} µs per character`);
    });
  }
});
