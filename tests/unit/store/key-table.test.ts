import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrosslightDb } from '../../../lib/store/db';
import { sketchOf } from '../../../lib/store/records';
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
  expect(await db.sourceSketches.orderBy('id').toArray()).toEqual((await db.sources.orderBy('id').toArray()).map(sketchOf));
}

describe('the sketch band, source sketch and entity key tables', () => {
  it('hold the sources of every band, every source\'s sketch and the entities of every key as pages are stored, stored again with another text, deleted and restored', async () => {
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

  it('find the sketches of an article’s possible copies reading one row per band and one sketch per source found, no text', async () => {
    const db = freshDb();
    const reads = countReads(db);
    const { store } = await storeOf([NORTH, SOUTH], db);
    const north = (await db.sources.where('site').equals('north.example').first())!;
    reads.reset();
    const found = await store.findSketchesBySketchKeys(north.sketchKeys);
    expect(found).toContainEqual(sketchOf(north));
    expect(reads.rows).toEqual({ sketchBands: new Set(north.sketchKeys).size, sourceSketches: found.length });
  });

  it('let a page sharing bands with stored sources that are not its copies be stored without reading any of them whole', async () => {
    const db = freshDb();
    const reads = countReads(db);
    const analysis = readFileSync(join(__dirname, '../../fixtures/corpus/000.txt'), 'utf8');
    const summary = readFileSync(join(__dirname, '../../fixtures/corpus/001.txt'), 'utf8');
    const { store } = await storeOf([{ ...NORTH, text: analysis }], db);
    // Half of one article quoted at the head of another: some bands in common, not a copy.
    const quoting = { ...SOUTH, text: `${analysis.slice(0, analysis.length / 2)}\n\n${summary}` };
    const [stored] = await db.sources.toArray();
    reads.reset();
    const result = await ingestDocument(store, quoting, { persist: false });
    expect(result.source.sketchKeys.some((band) => stored!.sketchKeys.includes(band))).toBe(true);
    expect(result.source.duplicateOf).toEqual([]);
    expect(reads.rows.sourceSketches).toBeGreaterThan(0);
    expect(reads.rows.sources ?? 0).toBe(0);
  });

  it('gain the sources and entities of an imported file', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH]);
    const { db } = await storeOf([EAST]);
    expect(await importStore(db, await exportStoreText(from))).toMatchObject({ ok: true });
    await expectKeyTablesExact(db);
  });

  it('are built from the stored sources and entities by the upgrades to versions 5 and 6', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH, EAST]);
    const db = await upgradedFromVersionFour(from, ['sources', 'entities']);
    expect(await storedBands(db)).toEqual(await storedBands(from));
    expect(await storedRows(db, 'entityKeys')).toEqual(await storedRows(from, 'entityKeys'));
    await expectKeyTablesExact(db);
  });
});
