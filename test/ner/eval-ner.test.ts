import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needShared, ROOT, shared } from '../helpers/shared-data.ts';

function zegsman(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TESTA = ['data', 'ner', 'conll2002-nl', 'ned.testa.gz'];

test('eval ner on CoNLL-2002 ned.testa stays at or above 78 F1', { skip: needShared(...TESTA) }, () => {
  const result = zegsman(['eval', 'ner', '--gold', shared(...TESTA), '--json']);
  assert.equal(result.status, 0, result.stderr);
  const { metrics } = JSON.parse(result.stdout) as { metrics: { f1: number; lang: string; format: string; byType: Record<string, unknown> } };
  assert.deepStrictEqual([metrics.lang, metrics.format, Object.keys(metrics.byType)], ['nl', 'conll2002', ['LOC', 'MISC', 'ORG', 'PER']]);
  assert.ok(metrics.f1 >= 0.78, `F1 ${metrics.f1} < 0.78`);
});

test('eval ner reads IOB2 with --format and prints per-type scores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-eval-ner-'));
  const gold = join(dir, 'mini.iob2');
  const rows = [
    ['De', 'O'], ['minister', 'O'], ['Jan', 'B-PER'], ['Jansen', 'I-PER'], ['bezocht', 'O'], ['Amsterdam', 'B-LOC'], ['.', 'O'],
  ];
  writeFileSync(gold, `# newdoc id = mini\n${rows.map(([w, t], i) => `${i + 1}\t${w}\t${t}`).join('\n')}\n`);
  const json = zegsman(['eval', 'ner', '--gold', gold, '--format', 'iob2', '--lang', 'nl', '--json']);
  assert.equal(json.status, 0, json.stderr);
  const { metrics } = JSON.parse(json.stdout) as { metrics: { gold: number; sentences: number; words: number; format: string } };
  assert.deepStrictEqual({ gold: metrics.gold, sentences: metrics.sentences, words: metrics.words, format: metrics.format }, { gold: 2, sentences: 1, words: 7, format: 'iob2' });
  const text = zegsman(['eval', 'ner', '--gold', gold, '--format', 'iob2', '--lang', 'nl']);
  assert.match(text.stdout, /^type +P +R +F1 +correct +found +gold$/m);
  assert.match(text.stdout, /^LOC +[\d.]+ +[\d.]+ +[\d.]+ +\d+ +\d+ +1$/m);
});

test('eval ner names a bad format and a bad gold line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-eval-ner-'));
  const gold = join(dir, 'bad.conll');
  writeFileSync(gold, 'Jansen N PERSOON\n');
  assert.match(zegsman(['eval', 'ner', '--gold', gold, '--format', 'xml']).stderr, /--format: expected conll2002 or iob2, got "xml"/);
  assert.match(zegsman(['eval', 'ner', '--gold', gold, '--lang', 'nl']).stderr, /bad\.conll:1: "PERSOON" is not a BIO tag/);
});
