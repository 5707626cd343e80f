import { describe, expect, it } from 'vitest';
import type { CrosslightDb } from '../../../lib/store/db';
import { exportStoreText } from '../../../lib/store/export';
import { importStore } from '../../../lib/store/import';
import { ingestDocument } from '../../../lib/store/ingest';
import { deleteSources, undoDelete } from '../../../lib/store/source-admin';
import { byId, EAST, freshDb, NORTH, SOUTH, splitAndMergeKeller, storeOf, upgradedFromVersionFour } from './manager-scenario';
import { countReads } from './read-counter';

type Rows = Record<string, string[]>;

/** What a walk over a multiEntry index on the records' field would answer for every key. */
async function indexWalk(records: { id: string }[], field: 'sketchKeys' | 'keys'): Promise<Rows> {
  const holders: Rows = {};
  for (const r of records) for (const key of new Set((r as unknown as Record<string, string[]>)[field])) holders[key] = [...(holders[key] ?? []), r.id];
  return Object.fromEntries(Object.entries(holders).sort(([x], [y]) => byId(x, y)).map(([key, ids]) => [key, ids.sort(byId)]));
}

async function storedRows(db: CrosslightDb, table: 'sketchBands' | 'entityKeys'): Promise<Rows> {
  return Object.fromEntries((await db.table(table).orderBy('key').toArray()).map((row: { key: string; ids: string[] }) => [row.key, [...row.ids].sort(byId)]));
}

const storedBands = (db: CrosslightDb) => storedRows(db, 'sketchBands');

async function expectKeyTablesExact(db: CrosslightDb): Promise<void> {
  const bands = await indexWalk(await db.sources.toArray(), 'sketchKeys');
  const keys = await indexWalk(await db.entities.toArray(), 'keys');
  expect(Object.keys(bands).length).toBeGreaterThan(0);
  expect(Object.keys(keys).length).toBeGreaterThan(0);
  expect(await storedBands(db)).toEqual(bands);
  expect(await storedRows(db, 'entityKeys')).toEqual(keys);
}

describe('the sketch band and entity key tables', () => {
  it('hold the sources of every band and the entities of every key as pages are stored, stored again with another text, deleted and restored', async () => {
    const { db, store } = await storeOf([NORTH, SOUTH, EAST]);
    await expectKeyTablesExact(db);
    await ingestDocument(store, { ...SOUTH, text: `${SOUTH.text} The talks ended with a dinner for 40 guests at the old palace.` }, { persist: true });
    await expectKeyTablesExact(db);
    const before = await storedBands(db);
    const north = (await db.sources.where('site').equals('north.example').first())!;
    const { undoToken } = await deleteSources(db, [north.id]);
    await expectKeyTablesExact(db);
    await undoDelete(db, undoToken);
    expect(await storedBands(db)).toEqual(before);
  });

  it('follow the entities’ keys through splits and merges', () => splitAndMergeKeller(expectKeyTablesExact));

  it('find an article’s copies reading one row per band and only the sources found', async () => {
    const db = freshDb();
    const reads = countReads(db);
    const { store } = await storeOf([NORTH, SOUTH], db);
    const north = (await db.sources.where('site').equals('north.example').first())!;
    reads.reset();
    const found = await store.findSourcesBySketchKeys(north.sketchKeys);
    expect(found.map((s) => s.id)).toContain(north.id);
    expect(reads.rows).toEqual({ sketchBands: new Set(north.sketchKeys).size, sources: found.length });
  });

  it('gain the sources and entities of an imported file', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH]);
    const { db } = await storeOf([EAST]);
    expect(await importStore(db, await exportStoreText(from))).toMatchObject({ ok: true });
    await expectKeyTablesExact(db);
  });

  it('are built from the stored sources and entities by the upgrade to version 5', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH, EAST]);
    const db = await upgradedFromVersionFour(from, ['sources', 'entities']);
    expect(await storedBands(db)).toEqual(await storedBands(from));
    expect(await storedRows(db, 'entityKeys')).toEqual(await storedRows(from, 'entityKeys'));
    await expectKeyTablesExact(db);
  });
});
