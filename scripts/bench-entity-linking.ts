// Time to link the entities of a 100,000-article store into corpus entities (issue 8 target:
// ≤ 60 s): reading every article's entities, linking them (`src/link/link-corpus-entities.ts`)
// and writing corpus entities and links, on SQLite. The store is synthetic — 100k short
// articles with about ten entities each, names drawn with Zipf popularity from generated
// surnames and given names, a third of the people named by surname alone, some by initial —
// and is built once into $TMPDIR (not timed). Run: npx tsx scripts/bench-entity-linking.ts [articles]
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.ts';
import { linkStoreEntities } from '../src/store/link-store-entities.ts';
import { personKey, parsePersonName } from '../src/link/parse-person-name.ts';
import { nameKey } from '../src/link/name-key.ts';
import { seededRandom } from '../src/model/seeded-random.ts';
import type { EntityRow, PreparedDocument } from '../src/store/store.ts';
import type { EntityType } from '../src/core/types.ts';

const ARTICLES = Number(process.argv[2] ?? 100_000);
const PATH = join(tmpdir(), `zegsman-bench-entities-${ARTICLES}.db`);

const random = seededRandom(8);
const SYLLABLES = ['ka', 'lo', 'mi', 'ver', 'sen', 'dra', 'kov', 'ta', 'ben', 'rus', 'jev', 'no', 'pel', 'gar', 'ti', 'sjo', 'man', 'ber', 'hol', 'zi'];
const word = (n: number): string => {
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
};
const surnames = Array.from({ length: 40_000 }, () => word(2 + Math.floor(random() * 2)));
const givens = Array.from({ length: 400 }, () => word(2));
const orgs = Array.from({ length: 8_000 }, () => `${word(2)} ${word(3)}`);
/** An index with Zipf-like popularity (rank r drawn with weight about 1/r). */
const zipf = (n: number): number => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);

function entityRow(id: number, type: EntityType, name: string, key: string): EntityRow {
  return { entityId: `e${id}`, type, name, key, role: null, gender: null, aliases: [], mentionCount: 1 + Math.floor(random() * 4) };
}

function article(i: number): PreparedDocument {
  const entities: EntityRow[] = [];
  const people = 4 + Math.floor(random() * 5);
  for (let p = 0; p < people; p++) {
    const s = zipf(surnames.length);
    const given = givens[(s * 7919) % givens.length];
    const r = random();
    const text = r < 0.33 ? surnames[s] : r < 0.38 ? `${given[0]}. ${surnames[s]}` : `${given} ${surnames[s]}`;
    const parsed = parsePersonName(text);
    if (parsed !== null) entities.push(entityRow(entities.length + 1, 'PER', text, personKey(parsed.surnameKey, parsed.given)));
  }
  for (let o = 0; o < 4; o++) {
    const name = orgs[zipf(orgs.length)];
    entities.push(entityRow(entities.length + 1, o % 2 === 0 ? 'ORG' : 'LOC', name, nameKey(name)));
  }
  const text = `Synthetic article ${i}.`;
  return {
    hash: `bench-${i}`.padEnd(64, '0'),
    source: null,
    lang: 'nl',
    meta: {},
    text,
    pipelineVersion: 'bench',
    schemaVersion: '1.0.0',
    analysisJson: '{}',
    rows: { quotes: [], mentions: [], entities, quantities: [], quotedTerms: [], hedges: [], times: [] },
  };
}

if (!existsSync(PATH)) {
  const store = await openStore(`file:${PATH}`);
  const started = performance.now();
  for (let i = 0; i < ARTICLES; i += 1000) {
    await store.putDocuments(Array.from({ length: Math.min(1000, ARTICLES - i) }, (_, k) => article(i + k)));
  }
  await store.close();
  console.log(`built ${PATH}: ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed below)`);
}

const store = await openStore(`file:${PATH}`);
const runs: number[] = [];
let summary = await linkStoreEntities(store);
runs.push(summary.seconds);
for (let r = 0; r < 2; r++) {
  summary = await linkStoreEntities(store);
  runs.push(summary.seconds);
}
await store.close();
runs.sort((a, b) => a - b);
console.log(`${ARTICLES} articles, ${summary.entities} article entities → ${summary.corpusEntities} corpus entities: median ${runs[1].toFixed(1)} s (runs ${runs.map((s) => s.toFixed(1)).join(', ')}; peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB)`);
