// The Dutch news the benchmarks measure (bench.ts, bench-frog.ts), read the same way for both.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu } from '../src/eval/conllu.ts';
import { readGoldText } from '../src/eval/read-gold.ts';
import { rebuildDocuments } from '../src/eval/rebuild-ud-text.ts';

/** Dutch news under `shared` (../shared): the nl-dev gold articles, then the UD Alpino dev documents; `missing` names what is not on this machine. */
export function readDutchNews(shared: string): { texts: string[]; missing: string[] } {
  const texts: string[] = [];
  const missing: string[] = [];
  const goldDir = join(shared, 'gold', 'nl-dev');
  if (existsSync(goldDir)) {
    for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
      const record = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { text?: unknown };
      if (typeof record.text === 'string') texts.push(record.text);
    }
  } else missing.push(goldDir);
  const alpino = join(shared, 'data', 'ud', 'UD_Dutch-Alpino', 'nl_alpino-ud-dev.conllu.gz');
  if (existsSync(alpino)) {
    for (const doc of rebuildDocuments(parseConllu(readGoldText(alpino), alpino))) texts.push(doc.text);
  } else missing.push(alpino);
  return { texts, missing };
}
