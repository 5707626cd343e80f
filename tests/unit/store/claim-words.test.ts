import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { claimTerms } from '../../../lib/store/claim-words';
import { openCrosslightDb, SCHEMA_V1, SCHEMA_V2, type CrosslightDb } from '../../../lib/store/db';
import { mergeEntities } from '../../../lib/store/entity-edit';
import { exportStoreText } from '../../../lib/store/export';
import { importStore } from '../../../lib/store/import';
import { ingestDocument } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { searchClaims } from '../../../lib/store/search';
import { deleteSources, undoDelete } from '../../../lib/store/source-admin';
import { sourceIdFor } from '../../../lib/store/source-id';
import { EAST, entityNamed, freshDb, NORTH, SOUTH, storeOf, wordIndex } from './manager-scenario';

/** The word table as it must be: every term of every stored claim, and nothing else. */
async function expected(db: CrosslightDb): Promise<Record<string, string[]>> {
  const index: Record<string, string[]> = {};
  for (const claim of await db.claims.toArray()) for (const term of claimTerms(claim)) index[term] = [...(index[term] ?? []), claim.id].sort();
  return Object.fromEntries(Object.entries(index).sort(([x], [y]) => (x < y ? -1 : 1)));
}

async function expectInStep(db: CrosslightDb): Promise<void> {
  expect(await wordIndex(db)).toEqual(await expected(db));
}

/** A version-3 database as the earlier code left it: words kept on each claim, under a multiEntry index. */
async function versionThreeDatabase(): Promise<IDBFactory> {
  const analysed = await ingestDocument(new MemoryClaimStore(), NORTH, { persist: false });
  const indexedDB = new IDBFactory();
  const old = new Dexie('crosslight', { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores({});
  await old.transaction('rw', old.tables, async () => {
    await old.table('sources').add(analysed.source);
    await old.table('claims').bulkAdd(analysed.claims.map((c) => ({ ...c, words: claimTerms(c) })));
    await old.table('entities').bulkAdd(analysed.entities);
    await old.table('mentions').bulkAdd(analysed.mentions);
  });
  old.close();
  return indexedDB;
}

describe('the claim word table', () => {
  it('takes over the words of a version-3 database, which leave the claims', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionThreeDatabase(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(14);
    const claims = await db.claims.toArray();
    expect(claims.length).toBeGreaterThan(3);
    expect(claims.some((c) => 'words' in c)).toBe(false);
    await expectInStep(db);
    const found = await searchClaims(db, 'vienna ', {}, { offset: 0, limit: 50 });
    expect(found.total).toBe(claims.filter((c) => /vienna/i.test(c.text)).length);
    expect(found.total).toBeGreaterThan(0);
  });

  it('writes one row per distinct word of a write, not one per word of every claim', async () => {
    const { db } = await storeOf([NORTH]);
    const claims = await db.claims.toArray();
    const distinct = new Set(claims.flatMap(claimTerms));
    expect(await db.claimWords.count()).toBe(distinct.size);
    expect(claims.flatMap(claimTerms).length).toBeGreaterThan(distinct.size);
  });

  it('stays in step with the claims whoever writes them: pages stored again, merges, deletions, undo, imports', async () => {
    const { db, store } = await storeOf([NORTH, SOUTH, EAST]);
    await expectInStep(db);
    await ingestDocument(store, { ...NORTH, text: NORTH.text.replace(/Vienna/g, 'Geneva') }, { persist: true });
    await expectInStep(db);
    expect((await searchClaims(db, 'geneva ', {}, { offset: 0, limit: 50 })).total).toBeGreaterThan(0);

    const [keller, berg] = await Promise.all([entityNamed(db, 'Anna Keller'), entityNamed(db, 'Jonas Berg')]);
    await mergeEntities(db, keller!.id, berg!.id);
    await expectInStep(db);
    expect((await searchClaims(db, '', { entityId: berg!.id }, { offset: 0, limit: 50 })).total).toBe(0);

    const deleted = await deleteSources(db, [sourceIdFor(SOUTH.url)]);
    await expectInStep(db);
    await undoDelete(db, deleted.undoToken);
    await expectInStep(db);

    const copy = freshDb('crosslight-copy');
    await importStore(copy, await exportStoreText(db));
    await expectInStep(copy);
    expect(await wordIndex(copy)).toEqual(await wordIndex(db));
    await store.removeSource(sourceIdFor(EAST.url));
    await expectInStep(db);
  });
});
