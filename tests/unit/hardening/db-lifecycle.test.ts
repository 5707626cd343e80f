/**
 * An update of Crosslight that upgrades the store's schema while an old store manager tab holds
 * the database open: the old tab lets go and is told to reload, the upgrade completes, and every
 * record the old version stored is still there.
 */
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCrosslightDb, SCHEMA_V1 } from '../../../lib/store/db';
import { openWithNotice, STORE_BLOCKED_MESSAGE, STORE_OPENING_MESSAGE, STORE_UPGRADED_MESSAGE, watchDbLifecycle } from '../../../lib/store/db-lifecycle';

type Tables = Record<string, Record<string, unknown>[]>;
/** A store as the version-1 code left it. */
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/db-v1/store.json', import.meta.url), 'utf8')) as { tables: Tables };

/** The old version's page: its code knows schema version 1 only. */
async function oldManagerTab(indexedDB: IDBFactory): Promise<Dexie> {
  const db = new Dexie('crosslight', { indexedDB, IDBKeyRange });
  db.version(1).stores(SCHEMA_V1);
  await db.transaction('rw', Object.keys(SCHEMA_V1), async () => {
    for (const [table, records] of Object.entries(fixture.tables)) await db.table(table).bulkPut(records);
  });
  return db;
}

/**
 * A version-1 store held open by a connection that ignores requests to close, as a page of a
 * version without this handling: an upgrade waits until the test closes it.
 */
async function stubbornOldPage(indexedDB: IDBFactory): Promise<IDBDatabase> {
  (await oldManagerTab(indexedDB)).close();
  const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('crosslight');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  stubborn.onversionchange = () => undefined;
  return stubborn;
}

const countsOf = (db: Dexie) => Promise.all(Object.keys(SCHEMA_V1).map((table) => db.table(table).count()));
const fixtureCounts = Object.keys(SCHEMA_V1).map((table) => fixture.tables[table]?.length ?? 0);

describe('a schema upgrade while an old page holds the database open', () => {
  it('closes the old page’s connection for good, tells it to reload, and upgrades with every record kept', async () => {
    const indexedDB = new IDBFactory();
    const old = await oldManagerTab(indexedDB);
    expect(await countsOf(old)).toEqual(fixtureCounts);
    const told: string[] = [];
    watchDbLifecycle(old, { onStale: (message) => told.push(message) });

    const updated = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
    await updated.open();

    expect(updated.verno).toBe(14);
    expect(told).toEqual([STORE_UPGRADED_MESSAGE]);
    expect(old.isOpen()).toBe(false);
    // The old code does not reopen the upgraded store behind the reader's back.
    await expect(old.table('sources').count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(await countsOf(updated)).toEqual(fixtureCounts);
    expect(fixtureCounts[0]).toBeGreaterThan(0);
  });

  it('tells the updated page that it waits, while an old page does not let go, and upgrades once it does', async () => {
    const indexedDB = new IDBFactory();
    const stubborn = await stubbornOldPage(indexedDB);

    const updated = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
    const waits: string[] = [];
    watchDbLifecycle(updated, { onStale: () => undefined, onBlocked: (message) => waits.push(message) });
    const opening = updated.open();
    await new Promise((wake) => setTimeout(wake, 50));
    expect(waits).toEqual([STORE_BLOCKED_MESSAGE]);
    expect(updated.isOpen()).toBe(false);

    stubborn.close();
    await opening;
    expect(updated.verno).toBe(14);
    expect(await countsOf(updated)).toEqual(fixtureCounts);
  });

  it('stops watching when asked', async () => {
    const indexedDB = new IDBFactory();
    const old = await oldManagerTab(indexedDB);
    const told: string[] = [];
    const stop = watchDbLifecycle(old, { onStale: (message) => told.push(message) });
    stop();
    await openCrosslightDb('crosslight', { indexedDB, IDBKeyRange }).open();
    expect(told).toEqual([]);
  });
});

describe('a store that takes long to open', () => {
  it('tells the page why it waits once the opening takes longer than it should, and takes the message away when the store is open', async () => {
    const indexedDB = new IDBFactory();
    // Holding the upgrade back keeps the opening pending for as long as the test needs.
    const holder = await stubbornOldPage(indexedDB);
    const shown: (string | null)[] = [];
    const opening = openWithNotice(openCrosslightDb('crosslight', { indexedDB, IDBKeyRange }), (message) => shown.push(message), 30);
    await new Promise((wake) => setTimeout(wake, 10));
    expect(shown).toEqual([]);
    await new Promise((wake) => setTimeout(wake, 60));
    expect(shown).toEqual([STORE_OPENING_MESSAGE]);
    holder.close();
    await opening;
    expect(shown).toEqual([STORE_OPENING_MESSAGE, null]);
  });

  it('says nothing when the store opens in time', async () => {
    const shown: (string | null)[] = [];
    await openWithNotice(openCrosslightDb('crosslight', { indexedDB: new IDBFactory(), IDBKeyRange }), (message) => shown.push(message), 5_000);
    expect(shown).toEqual([]);
  });
});
