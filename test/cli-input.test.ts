import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers/shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'zegsman-cli-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

mkdirSync(join(dir, 'folder'));
const cases: Array<[string, string[], RegExp]> = [
  ['missing file', [join(dir, 'nope.txt')], /nope\.txt: no such file/],
  ['directory', [join(dir, 'folder')], /folder: is a directory/],
  ['empty file', [file('empty.txt', '')], /empty\.txt: empty/],
  ['white space only', [file('blank.txt', ' \n\t\n')], /blank\.txt: empty: only white space/],
  ['binary', [file('bin.dat', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))], /bin\.dat: binary data, not text \(a NUL byte at offset 4\)/],
  ['not UTF-8', [file('latin1.txt', new Uint8Array([0x44, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x73]))], /latin1\.txt: not valid UTF-8 \(first bad byte at offset 6\)/],
  ['too large', ['--max-bytes', '10', file('big.txt', 'De minister zei dat het goed ging.')], /big\.txt: too large: 34 bytes, the limit is 10/],
  ['bad language', ['--lang', 'fr', file('ok.txt', 'De minister zei dat het goed ging.')], /expected nl, en or auto, got "fr"/],
];

for (const [name, args, expected] of cases) {
  test(`analyze rejects bad input: ${name}`, () => {
    const result = run(['analyze', ...args]);
    assert.notEqual(result.status, 0, 'exit code must be non-zero');
    assert.match(result.stderr, expected);
    assert.equal(result.stderr.trim().split('\n').length, 1, `one line, got: ${result.stderr}`);
  });
}

test('analyze reads standard input and prints JSON with the unchanged text', () => {
  const text = 'De minister zei dinsdag dat het goed ging.';
  const result = run(['analyze', '-', '--format', 'json', '--lang', 'nl'], text);
  assert.equal(result.status, 0, result.stderr);
  const analysis = JSON.parse(result.stdout);
  assert.equal(analysis.text, text);
  assert.equal(analysis.lang, 'nl');
});

test('analyze refuses text that is neither Dutch nor English unless --lang is given', () => {
  const result = run(['analyze', file('de.txt', 'Der Minister sagte am Dienstag, dass alles gut gehe und niemand sich Sorgen machen müsse.')]);
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /not recognisably Dutch or English/);
});
