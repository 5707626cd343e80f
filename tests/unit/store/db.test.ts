import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CrosslightDb, openCrosslightDb } from '../../../lib/store/db';
import { readPostings } from '../../../lib/store/claim-postings';
import { claimIdsWithTerm } from '../../../lib/store/claim-words';
import { claim, source } from './make-records';

function freshDb(): CrosslightDb {
  return openCrosslightDb('crosslight-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('the Crosslight database', () => {
  it('declares schema version 9 with the indexes candidate search, removal and the manager use', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(14);
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.src).sort()]));
    expect(indexes).toEqual({
      sources: ['*titleWords', '*urls', 'addedAt', 'claimCount', 'conflictCount', 'published', 'site', 'title'],
      claims: ['sourceId'],
      claimWords: [],
      claimPostings: [],
      sketchBands: [],
      sourceSketches: [],
      entities: ['*words', 'mentionCount', 'name'],
      entityKeys: [],
      mentions: ['entityId', 'sourceId'],
      matches: ['a', 'b', 'relation', 'sourceA', 'sourceB'],
      blockedKeys: [],
      trash: ['expiresAt'],
    });
    expect(db.tables.filter((t) => t.schema.primKey.keyPath !== 'id').map((t) => t.name).sort()).toEqual(['blockedKeys', 'claimPostings', 'claimWords', 'entityKeys', 'sketchBands', 'trash']);
  });

  it('indexes the words of every claim written, whoever writes it', async () => {
    const db = freshDb();
    await db.claims.put(claim('s1', 0, 'The talks lasted two hours.'));
    expect(await claimIdsWithTerm(db, 'talks')).toEqual(['s1#c0']);
    expect(await claimIdsWithTerm(db, 'the')).toEqual([]);
  });

  it('keeps the postings of every candidate key in step with the claims, whoever writes them', async () => {
    const db = freshDb();
    await db.claims.bulkPut([claim('s1', 0, 'One', { keys: ['e:1', 'duration'] }), claim('s2', 0, 'Two', { keys: ['e:2', 'duration'] })]);
    expect(await readPostings(db, ['duration', 'e:1'])).toEqual(new Map([['duration', { ids: ['s1#c0', 's2#c0'], complete: true }], ['e:1', { ids: ['s1#c0'], complete: true }]]));
    await db.claims.put(claim('s1', 0, 'One', { keys: ['e:1'] }));
    await db.claims.delete('s2#c0');
    expect(await readPostings(db, ['duration', 'e:1', 'e:2'])).toEqual(new Map([['duration', { ids: [], complete: true }], ['e:1', { ids: ['s1#c0'], complete: true }], ['e:2', { ids: [], complete: true }]]));
    expect(await db.claimPostings.toCollection().primaryKeys()).toEqual(['e:1']);
  });

  it('finds a source by any URL it was seen under', async () => {
    const db = freshDb();
    await db.sources.put(source('s1', { urls: ['https://a.example/x', 'https://a.example/x?utm=1'] }));
    expect((await db.sources.where('urls').equals('https://a.example/x?utm=1').first())?.id).toBe('s1');
  });

  it('shares one instance per database name within a context', () => {
    expect(openCrosslightDb('shared-name')).toBe(openCrosslightDb('shared-name'));
    expect(openCrosslightDb('shared-name')).not.toBe(openCrosslightDb('other-name'));
  });

  it('keeps its data and answers again after the connection was closed, as when an idle worker stops', async () => {
    const indexedDB = new IDBFactory();
    const first = openCrosslightDb('restart', { indexedDB, IDBKeyRange });
    await first.sources.put(source('s1'));
    first.close();
    const second = openCrosslightDb('restart', { indexedDB, IDBKeyRange });
    expect((await second.sources.get('s1'))?.id).toBe('s1');
  });
});
