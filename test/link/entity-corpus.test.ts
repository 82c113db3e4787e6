import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterMentions } from '../../src/link/cluster-mentions.ts';
import { linkCorpusEntities, type EntityOverride, type EntityRecord } from '../../src/link/link-corpus-entities.ts';
import { emptyAnalysis } from '../../src/core/analysis.ts';
import { packs } from '../../src/lang/index.ts';
import type { Lang } from '../../src/core/types.ts';
import { ROOT } from '../helpers/shared-data.ts';
import { markMentions } from '../helpers/mark-mentions.ts';

const DIR = join(ROOT, 'test', 'fixtures', 'entity-corpus');

/** Every article of the fixture corpus linked on its own: its entity records and, per mention, the gold identity and entity. */
function readCorpus(): { records: EntityRecord[]; gold: { documentId: number; identity: string; entity: string | undefined }[] } {
  const records: EntityRecord[] = [];
  const gold: { documentId: number; identity: string; entity: string | undefined }[] = [];
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  files.forEach((file, i) => {
    const documentId = i + 1;
    const meta = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.meta.json')), 'utf8')) as { lang: Lang };
    const { text, mentions, gold: identities } = markMentions(readFileSync(join(DIR, file), 'utf8'));
    const analysis = clusterMentions({ ...emptyAnalysis({ text, lang: meta.lang, meta: {} }), mentions }, { lang: meta.lang, pack: packs[meta.lang] });
    for (const e of analysis.entities) {
      records.push({ documentId, entityId: e.id, type: e.type, name: e.name, key: e.key ?? null, role: null, mentionCount: e.mentions.length });
    }
    for (const m of analysis.mentions) {
      const identity = identities.get(m.id);
      if (identity !== undefined) gold.push({ documentId, identity, entity: m.entity });
    }
  });
  return { records, gold };
}

/** Gold identity → the corpus entities its mentions ended in. */
function identities(overrides: readonly EntityOverride[] = []): Record<string, string[]> {
  const { records, gold } = readCorpus();
  const corpusOf = new Map<string, string>();
  for (const entity of linkCorpusEntities(records, overrides)) {
    for (const link of entity.links) corpusOf.set(`${link.documentId}/${link.entityId}`, entity.id);
  }
  const out: Record<string, Set<string>> = {};
  for (const g of gold) (out[g.identity] ??= new Set()).add(g.entity === undefined ? 'unlinked' : corpusOf.get(`${g.documentId}/${g.entity}`) ?? 'no corpus entity');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

/** Every identity in one corpus entity, and no corpus entity holding two identities. */
const expected: Record<string, string[]> = {
  'abdrakhmanov': ['PER:abdraxmanov,nurlan'],
  'almaty': ['LOC:almati'],
  'boris-johnson': ['PER:iohnson,boris'],
  'csto': ['ORG:kolektive sekuriti treati organisation'],
  'europe': ['LOC:europe'],
  'kazakhstan': ['LOC:kasaxstan'],
  'kim-il-sung': ['PER:kim,il sung'],
  'kim-jong-il': ['PER:kim,iong il'],
  'kim-jong-un': ['PER:kim,iong un'],
  'kremlin': ['ORG:kremlin'],
  'kyiv': ['LOC:kiv'],
  'lbj-library': ['ORG:lindon baines iohnson librari'],
  'lyndon-johnson': ['PER:iohnson,lindon b'],
  'moscow': ['LOC:moskov'],
  'nazarbayev': ['PER:nasarbaev,nursultan'],
  'peskov': ['PER:peskov,dmitri'],
  'prigozhin': ['PER:prigoxin,evgeni'],
  'putin': ['PER:putin,vladimir'],
  'pyongyang': ['LOC:piongiang'],
  'shoigu': ['PER:xoigu,sergei'],
  'texas': ['LOC:teksas'],
  'the-hague': ['LOC:hage'],
  'tokayev': ['PER:tokaev,kasim iomart'],
  'ukraine': ['LOC:ukrain'],
  'zelensky': ['PER:selenski,volodimir'],
};

test('the fixture corpus: every spelling of one person, place or organisation ends in one corpus entity, and no two meet', () => {
  const found = identities();
  assert.deepStrictEqual(found, expected);
  const corpusIds = Object.values(found).flat();
  assert.equal(new Set(corpusIds).size, corpusIds.length, 'two identities share a corpus entity');
});

test('a merge by hand joins two corpus entities and a split takes one apart again', () => {
  const merged = identities([{ kind: 'merge', type: 'PER', a: 'iohnson,boris', b: 'iohnson,lindon b' }]);
  assert.deepStrictEqual([merged['boris-johnson'], merged['lyndon-johnson']], [['PER:iohnson,boris'], ['PER:iohnson,boris']]);
  const apart = identities([{ kind: 'split', type: 'PER', key: 'abdraxmanov' }]);
  assert.deepStrictEqual(apart['abdrakhmanov'], ['PER:abdraxmanov', 'PER:abdraxmanov,nurlan']);
  const merge = { kind: 'merge', type: 'PER', a: 'iohnson,boris', b: 'iohnson,lindon b' } as const;
  const split = { kind: 'split', type: 'PER', key: 'iohnson,lindon b' } as const;
  assert.deepStrictEqual(identities([merge, split])['lyndon-johnson'], ['PER:iohnson,lindon b'], 'a later split undoes a merge');
  assert.deepStrictEqual(identities([split, merge])['lyndon-johnson'], ['PER:iohnson,boris'], 'a later merge undoes a split');
});
