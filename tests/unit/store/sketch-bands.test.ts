import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCrosslightDb, SCHEMA_V2, SCHEMA_V4, type CrosslightDb } from '../../../lib/store/db';
import { exportStoreText } from '../../../lib/store/export';
import { importStore } from '../../../lib/store/import';
import { ingestDocument } from '../../../lib/store/ingest';
import { deleteSources, undoDelete } from '../../../lib/store/source-admin';
import { byId, EAST, freshDb, NORTH, SOUTH, storeOf } from './manager-scenario';
import { countReads } from './read-counter';

/** What a walk over a multiEntry index on the sources' sketch bands would answer for every band. */
async function bandWalk(db: CrosslightDb): Promise<Record<string, string[]>> {
  const holders: Record<string, string[]> = {};
  for (const s of await db.sources.toArray()) for (const band of new Set(s.sketchKeys)) holders[band] = [...(holders[band] ?? []), s.id];
  return Object.fromEntries(Object.entries(holders).sort(([x], [y]) => byId(x, y)).map(([band, ids]) => [band, ids.sort(byId)]));
}

async function storedBands(db: CrosslightDb): Promise<Record<string, string[]>> {
  return Object.fromEntries((await db.sketchBands.orderBy('band').toArray()).map((row) => [row.band, [...row.ids].sort(byId)]));
}

async function expectBandsExact(db: CrosslightDb): Promise<void> {
  const reference = await bandWalk(db);
  expect(Object.keys(reference).length).toBeGreaterThan(0);
  expect(await storedBands(db)).toEqual(reference);
}

describe('the sketch band table', () => {
  it('holds the sources of every band as pages are stored, stored again with another text, deleted and restored', async () => {
    const { db, store } = await storeOf([NORTH, SOUTH, EAST]);
    await expectBandsExact(db);
    await ingestDocument(store, { ...SOUTH, text: `${SOUTH.text} The talks ended with a dinner for 40 guests at the old palace.` }, { persist: true });
    await expectBandsExact(db);
    const before = await storedBands(db);
    const north = (await db.sources.where('site').equals('north.example').first())!;
    const { undoToken } = await deleteSources(db, [north.id]);
    await expectBandsExact(db);
    await undoDelete(db, undoToken);
    expect(await storedBands(db)).toEqual(before);
  });

  it('finds an article’s copies reading one row per band and only the sources found', async () => {
    const db = freshDb();
    const reads = countReads(db);
    const { store } = await storeOf([NORTH, SOUTH], db);
    const north = (await db.sources.where('site').equals('north.example').first())!;
    reads.reset();
    const found = await store.findSourcesBySketchKeys(north.sketchKeys);
    expect(found.map((s) => s.id)).toContain(north.id);
    expect(reads.rows).toEqual({ sketchBands: new Set(north.sketchKeys).size, sources: found.length });
  });

  it('gains the bands of the sources of an imported file', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH]);
    const { db } = await storeOf([EAST]);
    expect(await importStore(db, await exportStoreText(from))).toMatchObject({ ok: true });
    await expectBandsExact(db);
  });

  it('is built from the stored sources by the upgrade to version 5', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH, EAST]);
    const indexedDB = new IDBFactory();
    const old = new Dexie('crosslight', { indexedDB, IDBKeyRange });
    old.version(4).stores({ ...SCHEMA_V2, ...SCHEMA_V4 });
    await old.table('sources').bulkAdd(await from.sources.toArray());
    old.close();
    const db = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await storedBands(db)).toEqual(await storedBands(from));
    await expectBandsExact(db);
  });
});
