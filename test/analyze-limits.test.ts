import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_CHARS } from '../src/core/types.ts';
import { LimitError, analyze } from '../src/pipeline.ts';
import { ArticleError, analyzeArticle } from '../src/ingest/analyze-article.ts';
import type { RawArticle } from '../src/ingest/article.ts';

/** What `analyze` threw, as a plain object (or null when it returned). */
function thrown(run: () => unknown): Record<string, unknown> | null {
  try {
    run();
    return null;
  } catch (error) {
    const e = error as Error & { ruleId?: string; stage?: string | null };
    return { kind: e instanceof LimitError ? 'LimitError' : e.constructor.name, ruleId: e.ruleId, stage: e.stage, message: e.message };
  }
}

const rows: Array<[string, () => unknown, Record<string, unknown> | null]> = [
  ['a text over maxChars is refused before any stage runs', () => analyze('Een te lange zin.', {}, { lang: 'nl', maxChars: 10 }),
    { kind: 'LimitError', ruleId: 'text-too-long', stage: null, message: 'text: 17 characters, over the limit of 10 (AnalyzeOptions.maxChars); split the document or raise the limit' }],
  ['a text of exactly maxChars is read', () => analyze('Een zin.', {}, { lang: 'nl', maxChars: 8, until: 'tokens' }), null],
  ['the default size limit is DEFAULT_MAX_CHARS', () => analyze('a'.repeat(DEFAULT_MAX_CHARS + 1), {}, { lang: 'nl' }),
    { kind: 'LimitError', ruleId: 'text-too-long', stage: null, message: `text: ${DEFAULT_MAX_CHARS + 1} characters, over the limit of ${DEFAULT_MAX_CHARS} (AnalyzeOptions.maxChars); split the document or raise the limit` }],
  ['a text that is not a string is a TypeError naming it', () => analyze(null as unknown as string, {}, { lang: 'nl' }),
    { kind: 'TypeError', ruleId: undefined, stage: undefined, message: 'text: expected a string, got null' }],
  ['no time limit: Infinity', () => analyze('Een zin.', {}, { lang: 'nl', timeLimitMs: Infinity, until: 'tokens' }), null],
];

for (const [name, run, expected] of rows) {
  test(name, () => assert.deepStrictEqual(thrown(run), expected));
}

test('an analysis past its time limit stops after the stage that overran, naming it', () => {
  const error = thrown(() => analyze('Een zin.', {}, { lang: 'nl', timeLimitMs: 0 }));
  assert.deepStrictEqual({ ...error, message: String(error?.message).replace(/took [\d]+ ms/, 'took N ms') }, {
    kind: 'LimitError',
    ruleId: 'time-limit',
    stage: 'paragraphs',
    message: "the analysis took N ms by the end of stage 'paragraphs', past the time limit of 0 ms (AnalyzeOptions.timeLimitMs)",
  });
});

test('ingest records a text over the limit as a failure with the rule id of the limit', () => {
  const article = { source: 'huge.jsonl#1', text: 'a'.repeat(DEFAULT_MAX_CHARS + 1), meta: {} };
  assert.throws(() => analyzeArticle(article satisfies RawArticle, { lang: 'nl', pipelineVersion: 'test' }), (error: unknown) => {
    assert.ok(error instanceof ArticleError);
    assert.deepStrictEqual([error.source, error.ruleId, error.reason.replace(/\d+/g, 'N')], ['huge.jsonl#1', 'text-too-long', 'text: N characters, over the limit of N (AnalyzeOptions.maxChars); split the document or raise the limit']);
    return true;
  });
});
