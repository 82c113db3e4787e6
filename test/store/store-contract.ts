/**
 * The contract every `Store` backend passes: the same table of our own articles, the same
 * expected answers. `sqlite-store.test.ts` and `postgres-store.test.ts` run it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/types.ts';
import { prepareDocument } from '../../src/store/prepare-document.ts';
import type { PreparedDocument, Store } from '../../src/store/store.ts';
import { makeAnalysis } from '../helpers/make-analysis.ts';

const V1 = 'test-pipeline-1';
const V2 = 'test-pipeline-2';

const articles: Array<[string, Analysis]> = [
  [
    'haven.txt',
    makeAnalysis(
      'De staking in de haven duurt voort. "We gaan door tot er een akkoord ligt", zei vakbondsleider Mirjam de Wit. Volgens de werkgevers kost de staking 12 miljoen euro per dag. Het zogeheten "redelijke bod" ligt er sinds dinsdag.',
      'nl',
      { title: 'Staking legt haven stil', outlet: 'Het Dagblad', published: '2026-03-10', author: 'A. Schrijver' },
      {
        quotes: [
          { content: 'We gaan door tot er een akkoord ligt', speaker: 'vakbondsleider Mirjam de Wit', speakerName: 'Mirjam de Wit', role: 'vakbondsleider', cue: 'zei' },
          { content: 'kost de staking 12 miljoen euro per dag', speaker: 'de werkgevers', speakerName: 'de werkgevers', cue: 'Volgens', kind: 'indirect' },
        ],
        figures: [{ text: '12 miljoen euro', value: 12_000_000, unit: 'euro', claimedBy: 'de werkgevers' }],
        term: '"redelijke bod"',
        hedge: 'zogeheten',
        time: ['dinsdag', '2026-03-10'],
      },
    ),
  ],
  [
    'brug.txt',
    makeAnalysis(
      'De nieuwe brug gaat later open. "Het staal kwam te laat", zei wethouder Mirjam de Wit. De bouw kost nu 40 procent meer.',
      'nl',
      { title: 'Brug later open', outlet: 'De Krant', published: '2026-04-02' },
      {
        quotes: [{ content: 'Het staal kwam te laat', speaker: 'wethouder Mirjam de Wit', speakerName: 'Mirjam de Wit', role: 'wethouder', cue: 'zei' }],
        figures: [{ text: '40 procent', value: 40, unit: 'procent' }],
      },
    ),
  ],
  [
    'harbour.txt',
    makeAnalysis(
      'The harbour strike goes on. "We will not give in", said union leader Jonas Berg. Ships wait outside the harbour.',
      'en',
      { title: 'Harbour strike goes on', outlet: 'The Courier' },
      { quotes: [{ content: 'We will not give in', speaker: 'union leader Jonas Berg', speakerName: 'Jonas Berg', role: 'union leader', cue: 'said' }] },
    ),
  ],
];

const prepared = (version = V1): PreparedDocument[] => articles.map(([source, analysis]) => prepareDocument(analysis, source, version));

export function runStoreContract(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe(`Store contract: ${name}`, { skip }, () => {
    let store: Store;
    const ids = new Map<string, number>();

    before(async () => {
      store = await open();
      const result = await store.putDocuments(prepared());
      assert.deepEqual(result, { inserted: 3, skipped: 0 });
      for await (const doc of store.documents()) ids.set(doc.source ?? '', doc.id);
    });
    after(async () => {
      await store?.close();
    });

    test('every layer of every analysis comes back whole', async () => {
      for (const [source, analysis] of articles) {
        const doc = await store.getDocument(ids.get(source) ?? -1);
        assert.ok(doc !== null, source);
        assert.deepEqual(
          { source: doc.source, lang: doc.lang, meta: doc.meta, pipelineVersion: doc.pipelineVersion, analysis: doc.analysis },
          { source, lang: analysis.lang, meta: analysis.meta, pipelineVersion: V1, analysis },
        );
      }
      assert.equal(await store.getDocument(999_999), null);
    });

    test('storing the same text again is a no-op', async () => {
      const before = await store.stats();
      assert.deepEqual(await store.putDocuments(prepared()), { inserted: 0, skipped: 3 });
      assert.deepEqual(await store.stats(), before);
      assert.deepEqual(before, {
        documents: 3, quotes: 4, mentions: 4, entities: 4, quantities: 2, quotedTerms: 1, hedges: 1, times: 1, failures: 0,
        pipelineVersions: { [V1]: 3 },
      });
      const hashes = prepared().map((doc) => doc.hash);
      assert.deepEqual(await store.knownHashes([...hashes, 'f'.repeat(64)]), new Set(hashes));
      const byHash = await Promise.all([...hashes, 'f'.repeat(64)].map((hash) => store.documentIdByHash(hash)));
      assert.deepEqual(byHash, [...prepared().map((doc) => ids.get(doc.source ?? '')), null]);
    });

    test('document summaries come newest first (undated last), a page at a time, filtered', async () => {
      const summary = async (source: string) => {
        const doc = await store.getDocument(ids.get(source) ?? -1);
        assert.ok(doc !== null, source);
        return { id: doc.id, source, lang: doc.lang, title: doc.meta.title ?? null, outlet: doc.meta.outlet ?? null, published: doc.meta.published ?? null, quotes: doc.analysis.quotes.length };
      };
      const [brug, haven, harbour] = await Promise.all(['brug.txt', 'haven.txt', 'harbour.txt'].map(summary));
      assert.deepEqual(await store.documentSummaries({}), [brug, haven, harbour]);
      assert.deepEqual(await store.documentSummaries({ limit: 1, offset: 1 }), [haven]);
      assert.deepEqual(await store.documentSummaries({ offset: 3 }), []);
      assert.deepEqual(await store.documentSummaries({ outlet: 'het dagblad' }), [haven]);
      assert.deepEqual(await store.documentSummaries({ lang: 'en' }), [harbour]);
    });

    test('quotes by speaker match the words of the name, any case', async () => {
      const rows: Array<[string, Parameters<Store['quotes']>[0], Array<[string, string]>]> = [
        ['surname', { speaker: 'de wit' }, [['brug.txt', 'Het staal kwam te laat'], ['haven.txt', 'We gaan door tot er een akkoord ligt']]],
        ['full name', { speaker: 'Mirjam de Wit' }, [['brug.txt', 'Het staal kwam te laat'], ['haven.txt', 'We gaan door tot er een akkoord ligt']]],
        ['with --since', { speaker: 'Mirjam', since: '2026-04-01' }, [['brug.txt', 'Het staal kwam te laat']]],
        ['with --until', { speaker: 'Mirjam', until: '2026-03-10' }, [['haven.txt', 'We gaan door tot er een akkoord ligt']]],
        ['with --outlet, any case', { speaker: 'wit', outlet: 'het dagblad' }, [['haven.txt', 'We gaan door tot er een akkoord ligt']]],
        ['English', { speaker: 'BERG' }, [['harbour.txt', 'We will not give in']]],
        ['nobody', { speaker: 'Pietersen' }, []],
        ['words in what was said', { text: 'staal' }, [['brug.txt', 'Het staal kwam te laat']]],
      ];
      for (const [label, query, expected] of rows) {
        const found = await store.quotes(query);
        assert.deepEqual(found.map((q) => [q.source, q.content]), expected, label);
      }
    });

    test('a quote record carries the document and the quote', async () => {
      const [quote] = await store.quotes({ speaker: 'Berg' });
      assert.deepEqual(quote, {
        documentId: ids.get('harbour.txt'), source: 'harbour.txt', title: 'Harbour strike goes on', outlet: 'The Courier', published: null,
        quoteId: 'q1', kind: 'direct', speakerName: 'Jonas Berg', role: 'union leader', cue: 'said', content: 'We will not give in',
        start: 29, end: 48, confidence: 0.9,
      });
      assert.equal((await store.quotes({})).length, 4);
      assert.equal((await store.quotes({ limit: 1 })).length, 1);
    });

    test('speaker totals: one per person key, the roles and outlets of every spelling, most quoted first', async () => {
      assert.deepEqual(await store.speakerTotals({}), [
        { key: 'vit,miriam', name: 'Mirjam de Wit', roles: ['vakbondsleider', 'wethouder'], quotes: 2, documents: 2, outlets: [{ outlet: 'De Krant', quotes: 1 }, { outlet: 'Het Dagblad', quotes: 1 }] },
        { key: '~de werkgevers', name: 'de werkgevers', roles: [], quotes: 1, documents: 1, outlets: [{ outlet: 'Het Dagblad', quotes: 1 }] },
        { key: 'berg,ionas', name: 'Jonas Berg', roles: ['union leader'], quotes: 1, documents: 1, outlets: [{ outlet: 'The Courier', quotes: 1 }] },
      ]);
      assert.deepEqual((await store.speakerTotals({ outlet: 'de krant', limit: 5 })).map((s) => [s.name, s.roles, s.quotes]), [['Mirjam de Wit', ['wethouder'], 1]]);
      assert.deepEqual((await store.speakerTotals({ limit: 1 })).map((s) => s.name), ['Mirjam de Wit']);
    });

    test('figures about a word in their unit or sentence', async () => {
      assert.deepEqual(await store.figures({ about: 'euro' }), [{
        documentId: ids.get('haven.txt'), source: 'haven.txt', title: 'Staking legt haven stil', outlet: 'Het Dagblad', published: '2026-03-10',
        text: '12 miljoen euro', value: 12_000_000, valueMax: null, approx: 'exact', unit: 'euro', claimedBy: 'de werkgevers',
        context: 'Volgens de werkgevers kost de staking 12 miljoen euro per dag.', start: 148, end: 163,
      }]);
      assert.deepEqual((await store.figures({ about: 'bouw' })).map((f) => f.text), ['40 procent']);
      assert.deepEqual((await store.figures({})).map((f) => f.text), ['40 procent', '12 miljoen euro']);
    });

    test('full-text search finds words and phrases, with a snippet', async () => {
      const rows: Array<[string, Parameters<Store['search']>[0], string[]]> = [
        ['one word', { text: 'staking' }, ['haven.txt']],
        ['title words count', { text: 'brug' }, ['brug.txt']],
        ['all words must match', { text: 'staking brug' }, []],
        ['a phrase', { text: '"harbour strike"' }, ['harbour.txt']],
        ['a prefix', { text: 'akkoor*' }, ['haven.txt']],
        ['filtered by language', { text: 'Mirjam', lang: 'nl', until: '2026-03-31' }, ['haven.txt']],
        ['query syntax is only words', { text: '(harbour) -strike: "ships' }, ['harbour.txt']],
        ['nothing to look for', { text: '"" *' }, []],
      ];
      for (const [label, query, expected] of rows) {
        const hits = await store.search(query);
        assert.deepEqual(hits.map((hit) => hit.source).sort(), expected, label);
      }
      const [hit] = await store.search({ text: 'staal' });
      assert.deepEqual({ ...hit, snippet: undefined }, {
        documentId: ids.get('brug.txt'), source: 'brug.txt', title: 'Brug later open', outlet: 'De Krant', published: '2026-04-02', lang: 'nl', snippet: undefined,
      });
      assert.match(hit.snippet, /\[staal\]/i);
    });

    test('failures are kept by source and dropped when the source goes in later', async () => {
      await store.recordFailures([
        { source: 'leeg.txt', ruleId: 'input-empty', reason: 'empty: there is no text to analyse', at: '2026-05-01T10:00:00.000Z' },
        { source: 'feed.jsonl#3', ruleId: 'json-invalid', reason: 'line 4 is not valid JSON', at: '2026-05-01T10:00:01.000Z' },
      ]);
      await store.recordFailures([{ source: 'leeg.txt', ruleId: 'input-empty', reason: 'empty: only white space', at: '2026-05-01T10:00:02.000Z' }]);
      assert.deepEqual(await store.failures(), [
        { source: 'feed.jsonl#3', ruleId: 'json-invalid', reason: 'line 4 is not valid JSON', at: '2026-05-01T10:00:01.000Z' },
        { source: 'leeg.txt', ruleId: 'input-empty', reason: 'empty: only white space', at: '2026-05-01T10:00:02.000Z' },
      ]);
      const fixed = prepareDocument(makeAnalysis('Het bestand is nu gevuld met een zin.', 'nl', {}), 'leeg.txt', V1);
      assert.deepEqual(await store.putDocuments([fixed]), { inserted: 1, skipped: 0 });
      assert.deepEqual((await store.failures()).map((f) => f.source), ['feed.jsonl#3']);
    });

    test('a finished source is known by path, size and modification time', async () => {
      const mark = { path: '/archief/a.jsonl', size: 1200, mtimeMs: 1_767_225_600_123.5 };
      assert.equal(await store.isSourceDone(mark), false);
      await store.markSourceDone(mark);
      assert.equal(await store.isSourceDone(mark), true);
      assert.equal(await store.isSourceDone({ ...mark, size: 1201 }), false);
      assert.equal(await store.isSourceDone({ ...mark, mtimeMs: mark.mtimeMs + 1 }), false);
    });

    test('a batch with a bad document stores nothing of the batch', async () => {
      const before = await store.stats();
      const good = prepareDocument(makeAnalysis('Een goed stuk tekst over de gemeenteraad.', 'nl', {}), 'goed.txt', V1);
      const bad = { ...prepareDocument(makeAnalysis('Een stuk met een kapotte rij.', 'nl', {}), 'kapot.txt', V1), lang: null } as unknown as PreparedDocument;
      await assert.rejects(store.putDocuments([good, bad]));
      assert.deepEqual(await store.stats(), before);
    });

    test('reanalysis replaces the analysis and every layer row of outdated documents', async () => {
      const outdated = await store.textsToReanalyze(V2, 0, 100);
      assert.equal(outdated.length, 4);
      const first = await store.textsToReanalyze(V2, 0, 1);
      const next = await store.textsToReanalyze(V2, first[0].id, 100);
      assert.deepEqual([...first, ...next], outdated);
      const haven = outdated.find((doc) => doc.source === 'haven.txt');
      assert.ok(haven !== undefined);
      assert.equal(haven.text, articles[0][1].text);
      // The new pipeline finds one quote only, by a new speaker.
      const redone = makeAnalysis(haven.text, haven.lang, haven.meta, {
        quotes: [{ content: 'We gaan door tot er een akkoord ligt', speaker: 'vakbondsleider Mirjam de Wit', speakerName: 'M. de Wit' }],
      });
      assert.equal(await store.replaceAnalyses([prepareDocument(redone, haven.source, V2)]), 1);
      assert.deepEqual((await store.getDocument(haven.id))?.analysis, redone);
      assert.deepEqual((await store.quotes({ speaker: 'M.' })).map((q) => q.speakerName), ['M. de Wit']);
      assert.deepEqual((await store.quotes({ speaker: 'werkgevers' })), []);
      const stats = await store.stats();
      assert.deepEqual(stats.pipelineVersions, { [V1]: 3, [V2]: 1 });
      assert.equal(stats.quotes, 3);
      assert.equal((await store.textsToReanalyze(V2, 0, 100)).length, 3);
      // The speaker totals kept at write time follow: de werkgevers is gone, M. de Wit has come.
      const totals = (await store.speakerTotals({})).map((s) => [s.name, s.roles, s.quotes, s.documents, s.outlets]);
      assert.deepEqual(totals, [
        ['Jonas Berg', ['union leader'], 1, 1, [{ outlet: 'The Courier', quotes: 1 }]],
        ['M. de Wit', [], 1, 1, [{ outlet: 'Het Dagblad', quotes: 1 }]],
        ['Mirjam de Wit', ['wethouder'], 1, 1, [{ outlet: 'De Krant', quotes: 1 }]],
      ]);
      // And per day and outlet: Het Dagblad's only speaker is now M. de Wit.
      assert.deepEqual((await store.speakerTotals({ outlet: 'het dagblad' })).map((s) => [s.name, s.quotes, s.documents]), [['M. de Wit', 1, 1]]);
      assert.deepEqual((await store.speakerTotals({ until: '2026-03-31' })).map((s) => [s.name, s.quotes, s.documents]), [['M. de Wit', 1, 1]]);
      // Replacing with the same analysis again changes no count.
      assert.equal(await store.replaceAnalyses([prepareDocument(redone, haven.source, V2)]), 1);
      assert.deepEqual((await store.speakerTotals({})).map((s) => [s.name, s.roles, s.quotes, s.documents, s.outlets]), totals);
    });

    test('documents are listed in order, filtered like the queries', async () => {
      const all: string[] = [];
      for await (const doc of store.documents()) all.push(doc.source ?? '');
      assert.deepEqual(all, ['haven.txt', 'brug.txt', 'harbour.txt', 'leeg.txt']);
      const english: string[] = [];
      for await (const doc of store.documents({ lang: 'en' })) english.push(doc.source ?? '');
      assert.deepEqual(english, ['harbour.txt']);
    });
  });
}
