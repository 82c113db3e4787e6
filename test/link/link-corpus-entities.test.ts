import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkCorpusEntities, type EntityRecord } from '../../src/link/link-corpus-entities.ts';
import type { EntityType } from '../../src/core/types.ts';

let next = 0;
function record(documentId: number, name: string, key: string | null, role: string | null = null, type: EntityType = 'PER'): EntityRecord {
  next++;
  return { documentId, entityId: `e${next}`, type, name, key, role, mentionCount: 1 };
}

/** A corpus entity as a row: id, confidence, and its links as "document:key:reason:confidence". */
function rows(records: readonly EntityRecord[]): string[] {
  return linkCorpusEntities(records).map((e) => `${e.id} ${e.confidence} | ${e.links.map((l) => `${l.documentId}:${l.key}:${l.reason}:${l.confidence}`).join(' ')}`).sort();
}

test('people link by surname and fitting given names, with the evidence and its confidence', () => {
  assert.deepStrictEqual(rows([
    record(1, 'Sergej Sjojgoe', 'xoigu,sergei'),
    record(2, 'Sergei Shoigu', 'xoigu,sergei'),
    record(3, 'S. Shoigu', 'xoigu,s'),
    record(4, 'Shoigu', 'xoigu'),
    record(5, 'Kremlin', 'kremlin', null, 'ORG'),
    record(6, 'Kremlin', null, null, 'ORG'),
  ]), [
    'ORG:kremlin 1 | 5:kremlin:same-key:1 6:kremlin:same-key:1',
    'PER:xoigu,sergei 0.6 | 1:xoigu,sergei:same-key:1 2:xoigu,sergei:same-key:1 3:xoigu,s:compatible-names:0.75 4:xoigu:surname-only:0.6',
  ]);
});

test('people of one surname stay apart; a name or surname that fits two of them joins neither', () => {
  assert.deepStrictEqual(rows([
    record(1, 'Kim Jong-un', 'kim,iong un'),
    record(2, 'Kim Jong-il', 'kim,iong il'),
    record(3, 'Kim Jong', 'kim,iong'),
    record(4, 'Kim', 'kim'),
    record(5, 'Boris Johnson', 'iohnson,boris', 'prime minister'),
    record(6, 'Lyndon B. Johnson', 'iohnson,lindon b', 'president'),
    record(7, 'Johnson', 'iohnson', 'president'),
    record(8, 'George W. Bush', 'bux,george v'),
    record(9, 'George H. W. Bush', 'bux,george h v'),
    record(10, 'George Bush', 'bux,george'),
  ]), [
    'PER:bux,george 1 | 10:bux,george:same-key:1',
    'PER:bux,george h v 1 | 9:bux,george h v:same-key:1',
    'PER:bux,george v 1 | 8:bux,george v:same-key:1',
    'PER:iohnson,boris 1 | 5:iohnson,boris:same-key:1',
    'PER:iohnson,lindon b 0.5 | 6:iohnson,lindon b:same-key:1 7:iohnson:surname-only:0.5',
    'PER:kim 1 | 4:kim:same-key:1',
    'PER:kim,iong 1 | 3:kim,iong:same-key:1',
    'PER:kim,iong il 1 | 2:kim,iong il:same-key:1',
    'PER:kim,iong un 1 | 1:kim,iong un:same-key:1',
  ]);
});

test('the corpus entity is named by the commonest spelling of its fullest key and counts documents and mentions', () => {
  const [entity] = linkCorpusEntities([record(1, 'Vladimir Poetin', 'putin,vladimir'), record(2, 'Vladimir Putin', 'putin,vladimir'), record(3, 'Vladimir Putin', 'putin,vladimir'), record(3, 'Putin', 'putin')]);
  assert.deepStrictEqual([entity.id, entity.name, entity.keys, entity.documents, entity.mentions], ['PER:putin,vladimir', 'Vladimir Putin', ['putin,vladimir', 'putin'], 3, 4]);
});

test('an organisation and a place of one key are one entity, typed as most of its mentions', () => {
  assert.deepStrictEqual(rows([
    record(1, 'Kremlin', 'kremlin', null, 'LOC'),
    record(2, 'Kremlin', 'kremlin', null, 'ORG'),
    record(3, 'Kremlin', 'kremlin', null, 'ORG'),
    record(4, 'Washington', 'vaxington', null, 'LOC'),
    record(5, 'George Washington', 'vaxington,george', null, 'PER'),
  ]), [
    'LOC:vaxington 1 | 4:vaxington:same-key:1',
    'ORG:kremlin 1 | 1:kremlin:same-key:1 2:kremlin:same-key:1 3:kremlin:same-key:1',
    'PER:vaxington,george 1 | 5:vaxington,george:same-key:1',
  ]);
});
