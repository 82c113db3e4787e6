import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What decides the analysis: the pipeline, everything below it, and the trained weights. */
const INPUTS = ['src/pipeline.ts', 'src/core', 'src/lang', 'src/text', 'src/model', 'src/extract', 'src/link', 'models'];

let cached: string | undefined;

/**
 * The version of the analysis this program produces: the package version and a fingerprint of
 * the pipeline's code and weights (`0.1.0+3f2a9c1b0d4e`). A store whose documents carry another
 * version can be brought up to date with `zegsman reanalyze`. `ZEGSMAN_PIPELINE_VERSION`
 * overrides it (tests, or to pin a version by hand).
 */
export function pipelineVersion(): string {
  if (process.env.ZEGSMAN_PIPELINE_VERSION) return process.env.ZEGSMAN_PIPELINE_VERSION;
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of listFiles(join(ROOT, input))) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  cached = `${version}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

function listFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => listFiles(join(path, name)));
}
