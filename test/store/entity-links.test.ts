/**
 * Entities across the corpus in the store (issue 8), on SQLite and, where a test server is set,
 * PostgreSQL: quotes by any spelling of the speaker, corpus entities with their evidence,
 * merges and splits by hand, and conflicting figures. Articles are our own, marked up with
 * `[[name|TYPE]]` and linked by the real `link-entities` stage.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { groupConflictingFigures, type FigureBasis, type FigureConflict, type FigureFact, type FigureKey } from '../../src/link/group-conflicting-figures.ts';
import { findFigureConflicts, type ConflictQuery } from '../../src/store/find-figure-conflicts.ts';
import { openStore } from '../../src/store/open-store.ts';
import { prepareDocument } from '../../src/store/prepare-document.ts';
import { linkStoreEntities } from '../../src/store/link-store-entities.ts';
import type { Store } from '../../src/store/store.ts';
import { linkedAnalysis, SHOIGU_ARTICLES } from '../helpers/linked-analysis.ts';
import { dropSchemas, freshSchema, needPostgres, schemaUrl } from '../helpers/postgres.ts';

function runEntityStoreTests(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe(`entities across the corpus: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.putDocuments(SHOIGU_ARTICLES.map((a, i) => prepareDocument(linkedAnalysis(a), `a${i + 1}`, 'test')));
    });
    after(async () => {
      await store?.close();
    });

    const said = async (speaker: string): Promise<string[]> => (await store.quotes({ speaker })).map((q) => q.content).sort();
    const shoigu = ['Alle troepen zijn binnen een week thuis', 'The mission is over,', 'We kept our word.'];

    test('quotes by any spelling of the speaker, before and after linking', async () => {
      const asked = ['Shoigu', 'Sjojgoe', 'Schoigu', 'Шойгу', 'sergei shoigu', 'Boris Johnson', 'Johnson', 'Lavrov'];
      const expected = [shoigu, shoigu, shoigu, shoigu, shoigu, ['I am no Lyndon Johnson,'], ['I am no Lyndon Johnson,', 'We shall overcome.'], []];
      assert.deepStrictEqual(await Promise.all(asked.map(said)), expected);
      await linkStoreEntities(store);
      assert.deepStrictEqual(await Promise.all(asked.map(said)), expected);
    });

    test('corpus entities by name, with their links and the evidence', async () => {
      await linkStoreEntities(store);
      const found = await store.corpusEntities({ name: 'Sjojgoe' });
      assert.deepStrictEqual(found.map((e) => [e.id, e.name, e.documents, e.mentions, e.confidence]), [['PER:xoigu,sergei', 'Sergej Sjojgoe', 3, 5, 1]]);
      const entity = await store.corpusEntity('PER:xoigu,sergei');
      assert.deepStrictEqual(entity?.links.map((l) => [l.name, l.reason, l.confidence]), [
        ['Sergej Sjojgoe', 'same-key', 1], ['Sergei Shoigu', 'same-key', 1], ['Сергей Шойгу', 'same-key', 1],
      ]);
      assert.equal(await store.corpusEntity('PER:nobody'), null);
      assert.deepStrictEqual((await store.corpusEntities({ type: 'LOC' })).map((e) => [e.id, e.documents]), [['LOC:kasaxstan', 2], ['LOC:moskov', 1]]);
    });

    test('a merge by hand, then a split that undoes it, each kept and applied at the next linking', async () => {
      await store.addEntityOverride({ kind: 'merge', type: 'PER', a: 'iohnson,boris', b: 'iohnson,lindon b' });
      await linkStoreEntities(store);
      assert.deepStrictEqual((await store.corpusEntities({ name: 'Johnson' })).map((e) => [e.id, e.documents, e.mentions]), [['PER:iohnson,boris', 1, 2]]);
      assert.deepStrictEqual(await said('Boris Johnson'), ['I am no Lyndon Johnson,', 'We shall overcome.']);
      await store.addEntityOverride({ kind: 'split', type: 'PER', key: 'iohnson,lindon b' });
      await linkStoreEntities(store);
      assert.deepStrictEqual(await said('Boris Johnson'), ['I am no Lyndon Johnson,']);
      assert.deepStrictEqual(await store.entityOverrides(), [
        { kind: 'merge', type: 'PER', a: 'iohnson,boris', b: 'iohnson,lindon b' },
        { kind: 'split', type: 'PER', key: 'iohnson,lindon b' },
      ]);
    });

    test('figures about one thing that disagree are grouped', async () => {
      const facts: FigureFact[] = [];
      for await (const fact of store.figureFacts({})) facts.push(fact);
      assert.deepStrictEqual(facts.map((f) => [f.text, f.unitKey, f.entityKeys, f.claimedBy]), [
        ['2030 militairen', 'soldiers', ['PER:xoigu,sergei', 'kasaxstan'], 'Sjojgoe'],
        ['2,500 troops', 'soldiers', ['PER:tokaev,kasim iomart', 'kasaxstan'], 'Kassym-Jomart Tokayev'],
      ]);
      const conflicts = groupConflictingFigures(facts);
      assert.deepStrictEqual(conflicts.map((c) => [c.unitKey, c.entityKeys, c.from, c.to, c.values, c.claimants]), [
        ['soldiers', ['kasaxstan'], '2022-01-20', '2022-01-21', [2030, 2500], ['Sjojgoe', 'Kassym-Jomart Tokayev']],
      ]);
      assert.deepStrictEqual(groupConflictingFigures(facts, { windowDays: 0 }), []);
    });

    test('conflicts read in two steps (narrow keys, then the whole figures of the groups returned) are those of grouping the whole figures', async () => {
      const facts: FigureFact[] = [];
      for await (const fact of store.figureFacts({})) facts.push(fact);
      const keys: FigureKey[] = [];
      for await (const page of store.figureKeys({})) keys.push(...page);
      const basis = ({ documentId, outlet, published, value, valueMax, approx, unitKey, entityKeys, time, claimedBy, start }: FigureBasis): FigureBasis =>
        ({ documentId, outlet, published, value, valueMax, approx, unitKey, entityKeys, time, claimedBy, start });
      assert.deepStrictEqual(keys.map(basis), facts.map(basis));
      const byId = await store.figureFactsById([...keys.map((k) => k.id), 999_999]);
      assert.deepStrictEqual(keys.map((k) => byId.get(k.id)), facts);
      assert.equal(byId.size, facts.length);

      const whole = groupConflictingFigures(facts);
      assert.equal(whole.length, 1);
      const asked: [ConflictQuery, FigureConflict[]][] = [
        [{ limit: 10 }, whole],
        [{ limit: 10, about: 'soldiers' }, whole],
        [{ limit: 10, about: 'Troops militairen' }, whole],
        [{ limit: 10, about: 'troops euro' }, []],
        [{ limit: 0 }, []],
        [{ limit: 10, windowDays: 0 }, []],
      ];
      for (const [query, expected] of asked) assert.deepStrictEqual(await findFigureConflicts(store, {}, query), expected, JSON.stringify(query));
      assert.deepStrictEqual(await findFigureConflicts(store, { since: '2030-01-01' }, { limit: 10 }), []);
    });
  });
}

runEntityStoreTests('SQLite', () => openStore(':memory:'));
const schema = freshSchema('zegsman_entities');
runEntityStoreTests('PostgreSQL', () => openStore(schemaUrl(schema)), needPostgres);
after(() => dropSchemas(schema));
