import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CrosslightDb, openCrosslightDb } from '../../../lib/store/db';
import { claimIdsWithTerm } from '../../../lib/store/claim-words';
import { claim, source } from './make-records';

function freshDb(): CrosslightDb {
  return openCrosslightDb('crosslight-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('the Crosslight database', () => {
  it('declares schema version 4 with the indexes candidate search, removal and the manager use', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(4);
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.src).sort()]));
    expect(indexes).toEqual({
      sources: ['*sketchKeys', '*titleWords', '*urls', 'addedAt', 'claimCount', 'conflictCount', 'published', 'site', 'title'],
      claims: ['*keys', 'sourceId'],
      claimWords: [],
      entities: ['*keys', '*words', 'mentionCount', 'name'],
      mentions: ['entityId', 'sourceId'],
      matches: ['a', 'b', 'relation', 'sourceA', 'sourceB'],
      blockedKeys: [],
      trash: ['expiresAt'],
    });
    expect(db.tables.filter((t) => t.schema.primKey.keyPath !== 'id').map((t) => t.name).sort()).toEqual(['blockedKeys', 'claimWords', 'trash']);
  });

  it('indexes the words of every claim written, whoever writes it', async () => {
    const db = freshDb();
    await db.claims.put(claim('s1', 0, 'The talks lasted two hours.'));
    expect(await claimIdsWithTerm(db, 'talks')).toEqual(['s1#c0']);
    expect(await claimIdsWithTerm(db, 'the')).toEqual([]);
  });

  it('finds a claim by any one of its candidate keys through the multiEntry index', async () => {
    const db = freshDb();
    await db.claims.bulkPut([claim('s1', 0, 'One', { keys: ['e:1', 'duration'] }), claim('s2', 0, 'Two', { keys: ['e:2'] })]);
    expect((await db.claims.where('keys').equals('duration').toArray()).map((c) => c.id)).toEqual(['s1#c0']);
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
