import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { POSTINGS_LIMIT } from '../../../lib/engine/postings';
import { openCrosslightDb, type CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { describeClaimStore } from './claim-store-contract';
import { article, claim, source, write } from './make-records';
import { ingestDocument } from '../../../lib/store/ingest';
import { sourceIdFor } from '../../../lib/store/source-id';
import { EAST, NORTH, SOUTH, storeOf } from './manager-scenario';
import { countReads } from './read-counter';

function freshStore(): DexieClaimStore {
  return new DexieClaimStore(openCrosslightDb('crosslight-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
}

describeClaimStore('the IndexedDB store', freshStore);

describe('the IndexedDB store', () => {
  it('writes nothing of a document when any part of it cannot be written', async () => {
    const store = freshStore();
    const first = article('s', ['First version.']);
    await store.commitDocument(write(first));
    const broken = { ...claim('s', 1, 'Second version.'), id: undefined as unknown as string };
    await expect(store.commitDocument(write({ source: source('s', { title: 'v2' }), claims: [broken] }))).rejects.toThrow();
    expect((await store.getSource('s'))?.title).toBe('Title of s');
    expect((await store.claimsOfSource('s')).map((c) => c.text)).toEqual(['First version.']);
  });

  it('commits a large document and finds its claims by key reading one postings row per key and no claim', async () => {
    const store = freshStore();
    const reads = countReads(store.db);
    const claims = Array.from({ length: 2000 }, (_, i) => claim('big', i, `Claim ${i}.`, { keys: [`k${i % 50}`, `j${i % 100}`, 'shared'] }));
    await store.commitDocument(write({ source: source('big'), claims }));
    reads.reset();
    const found = await store.findClaimIdsByKeys(['k7', 'j8', 'shared']);
    expect(found.get('k7')).toEqual({ ids: claims.filter((c) => c.keys.includes('k7')).map((c) => c.id).sort().slice(0, POSTINGS_LIMIT), complete: true });
    expect(found.get('j8')?.ids).toHaveLength(20);
    expect(found.get('shared')).toMatchObject({ complete: false });
    expect(reads.rows).toEqual({ claimPostings: 3 });
  });
});

describe('the blocked entity keys', () => {
  const blocked = (keys: string[]) => keys.map((key) => ({ key, name: key, blockedAt: 1 }));

  it('tells which keys of an article are blocked, reading a few blocked keys in one request', async () => {
    const store = freshStore();
    const reads = countReads(store.db);
    await store.db.blockedKeys.bulkPut(blocked(['person:ellen banner', 'org:seattle times']));
    reads.reset();
    expect(await store.findBlockedEntityKeys(['org:seattle times', 'place:hamburg', 'org:seattle times'])).toEqual(['org:seattle times']);
    // Both blocked keys came in the one request, not the one key of the three that is blocked.
    expect(reads.requests).toEqual({ blockedKeys: 1 });
    expect(reads.rows).toEqual({ blockedKeys: 2 });
  });

  it('tells which keys are blocked when the reader has blocked more than are read whole', async () => {
    const store = freshStore();
    await store.db.blockedKeys.bulkPut(blocked(Array.from({ length: 1_500 }, (_, i) => `org:body ${i}`)));
    expect(await store.findBlockedEntityKeys(['org:body 1499', 'org:body 1500', 'org:body 7'])).toEqual(['org:body 1499', 'org:body 7']);
  });
});

describe('the counters a commit keeps', () => {
  /** Every source's conflicts and every entity's mentions, counted from the records themselves. */
  async function expectCountersExact(db: CrosslightDb): Promise<void> {
    const matches = await db.matches.toArray();
    for (const s of await db.sources.toArray()) {
      expect(s.conflictCount, s.id).toBe(matches.filter((m) => m.relation === 'conflicts' && (m.sourceA === s.id || m.sourceB === s.id)).length);
    }
    const mentions = await db.mentions.toArray();
    for (const e of await db.entities.toArray()) expect(e.mentionCount, e.id).toBe(mentions.filter((m) => m.entityId === e.id).length);
    expect(new Set(mentions.map((m) => m.entityId)).size).toBe(await db.entities.count());
  }

  it('stay exact as pages are stored, stored again in another version, and removed', async () => {
    const { db, store } = await storeOf([NORTH, SOUTH, EAST]);
    await expectCountersExact(db);
    await ingestDocument(store, { ...SOUTH, text: SOUTH.text.replace(/seventeen/g, 'nineteen') }, { persist: true });
    await expectCountersExact(db);
    await ingestDocument(store, NORTH, { persist: true });
    await expectCountersExact(db);
    await store.removeSource(sourceIdFor(EAST.url));
    await expectCountersExact(db);
  });
});
