/**
 * A small real store for the manager's tests: three (invented) reports of one meeting, analysed
 * and stored by the real ingest pipeline on IndexedDB (fake-indexeddb), so entities, claims and
 * matches are what the engine makes of them.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { POSTINGS_LIMIT, type Postings } from '../../../lib/engine/postings';
import { openCrosslightDb, SCHEMA_V2, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, withoutDerived, type CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { mergeEntities, splitAlias } from '../../../lib/store/entity-edit';
import { ingestDocument, type DocumentInput } from '../../../lib/store/ingest';

export const NORTH: DocumentInput = {
  url: 'https://north.example/news/summit-talks',
  title: 'Keller and Berg meet in Vienna',
  site: 'north.example',
  byline: 'A. Writer',
  published: '2024-05-07',
  addedAt: 1_715_000_000_000,
  text:
    'Leaders of Norland and Sudmark met in Vienna on Tuesday for their first summit. ' +
    'President Anna Keller and Prime Minister Jonas Berg talked for 2 hours and 16 minutes, officials said. ' +
    'The meeting had been planned to last 30 minutes. Keller said the talks were constructive. ' +
    'Both sides agreed on a ceasefire starting on 9 July.',
};

export const SOUTH: DocumentInput = {
  url: 'https://south.example/world/keller-berg-meeting',
  title: 'Vienna talks run long',
  site: 'south.example',
  byline: '',
  published: '2024-05-08',
  addedAt: 1_715_100_000_000,
  text:
    'President Anna Keller and Prime Minister Jonas Berg met in Vienna on Tuesday. ' +
    'Keller and Berg talked for two hours seventeen minutes, a spokesman said. ' +
    'The meeting had been planned to last 35 minutes. Berg called the talks frank. ' +
    'A ceasefire will start on 9 July, both sides said.',
};

export const EAST: DocumentInput = {
  url: 'https://east.example/berg-returns',
  title: 'Berg returns home after Vienna',
  site: 'east.example',
  byline: 'C. Reporter',
  published: '2024-05-09',
  addedAt: 1_715_200_000_000,
  text:
    'Jonas Berg flew back from Vienna on Wednesday. ' +
    'The prime minister said the talks with Anna Keller lasted two hours and 17 minutes.',
};

export function freshDb(name = 'crosslight-test'): CrosslightDb {
  return openCrosslightDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export async function storeOf(docs: DocumentInput[] = [NORTH, SOUTH, EAST], db = freshDb()): Promise<{ db: CrosslightDb; store: DexieClaimStore }> {
  const store = new DexieClaimStore(db);
  for (const doc of docs) await ingestDocument(store, doc, { persist: true });
  return { db, store };
}

/** Every record of every table, as stored (without derived word fields), sorted by key. */
export async function dump(db: CrosslightDb) {
  const sorted = async <T extends object>(records: Promise<T[]>) => (await records).map(withoutDerived);
  return {
    sources: await sorted(db.sources.orderBy('id').toArray()),
    claims: await sorted(db.claims.orderBy('id').toArray()),
    entities: await sorted(db.entities.orderBy('id').toArray()),
    mentions: await sorted(db.mentions.orderBy('id').toArray()),
    matches: await sorted(db.matches.orderBy('id').toArray()),
    blockedKeys: await db.blockedKeys.orderBy('key').toArray(),
    claimWords: await wordIndex(db),
    claimPostings: await db.claimPostings.orderBy('key').toArray(),
    sketchBands: (await db.sketchBands.orderBy('key').toArray()).map((row) => ({ ...row, ids: [...row.ids].sort() })),
    entityKeys: (await db.entityKeys.orderBy('key').toArray()).map((row) => ({ ...row, ids: [...row.ids].sort() })),
  };
}

/** The claim word table as term → claim ids, whatever groups the rows were written in. */
export async function wordIndex(db: CrosslightDb): Promise<Record<string, string[]>> {
  const index: Record<string, string[]> = {};
  for (const row of await db.claimWords.toArray()) index[row.term] = [...(index[row.term] ?? []), ...row.ids].sort();
  return Object.fromEntries(Object.entries(index).sort(([x], [y]) => (x < y ? -1 : 1)));
}

type StoredTable = 'sources' | 'claims' | 'entities';

/** A version-4 database holding `tables` of `from` as they are (without the tables version 5 derives), opened by the current code. */
export function upgradedFromVersionFour(from: CrosslightDb, tables: StoredTable[]): Promise<CrosslightDb> {
  return upgradedFrom((old) => old.version(4).stores({ ...SCHEMA_V2, ...SCHEMA_V4 }), from, tables);
}

/**
 * A database of `version` (9 or later: its tables are version 6's) holding `tables` of `from` as
 * they are (without the tables derived from them), opened by the current code; `before` sees the
 * database before it opens, to watch the upgrade.
 */
export function upgradedFromVersion(version: number, from: CrosslightDb, tables: StoredTable[], before?: (db: CrosslightDb) => void): Promise<CrosslightDb> {
  return upgradedFrom((old) => old.version(version).stores({ ...SCHEMA_V2, ...SCHEMA_V4, ...SCHEMA_V5, ...SCHEMA_V6 }), from, tables, before);
}

async function upgradedFrom(declare: (old: Dexie) => void, from: CrosslightDb, tables: StoredTable[], before?: (db: CrosslightDb) => void): Promise<CrosslightDb> {
  const indexedDB = new IDBFactory();
  const old = new Dexie('crosslight', { indexedDB, IDBKeyRange });
  declare(old);
  for (const table of tables) await old.table(table).bulkAdd(await from.table(table).toArray());
  old.close();
  const db = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
  before?.(db);
  await db.open();
  return db;
}

export const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** What a walk over a multiEntry index on the claims' keys would answer for every key: the postings' reference. */
export async function indexWalk(db: CrosslightDb): Promise<Map<string, Postings>> {
  const holders = new Map<string, string[]>();
  for (const c of await db.claims.toArray()) for (const key of new Set(c.keys)) holders.set(key, [...(holders.get(key) ?? []), c.id]);
  return new Map([...holders].sort(([x], [y]) => byId(x, y)).map(([key, ids]) => [key, { ids: ids.sort(byId).slice(0, POSTINGS_LIMIT), complete: ids.length <= POSTINGS_LIMIT }]));
}

/** The postings table as key → postings, in key order. */
export async function storedPostings(db: CrosslightDb): Promise<Map<string, Postings>> {
  return new Map((await db.claimPostings.orderBy('key').toArray()).map((row) => [row.key, { ids: row.ids, complete: row.complete }]));
}

/** Splits an alias off Anna Keller and merges it back, running `check` on the store after each edit. */
export async function splitAndMergeKeller(check: (db: CrosslightDb) => Promise<void>): Promise<void> {
  const { db } = await storeOf([NORTH, SOUTH, EAST]);
  const keller = await entityNamed(db, 'Anna Keller');
  const split = await splitAlias(db, keller.id, 'Keller');
  await check(db);
  await mergeEntities(db, keller.id, split.created!.id);
  await check(db);
}

export async function entityNamed(db: CrosslightDb, name: string) {
  const entity = await db.entities.where('name').equals(name).first();
  if (!entity) throw new Error(`No entity named ${name}`);
  return entity;
}
