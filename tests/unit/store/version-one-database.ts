/**
 * A database as the version-1 code left it, in fake-indexeddb: the fixture made by
 * scripts/make-db-v1-fixture.ts, written through the version-1 schema. Shared by the upgrade's
 * unit tests and by the browser test that compares its upgrade with Node's.
 */
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DEFAULT_DB_NAME, SCHEMA_V1 } from '../../../lib/store/db';

type Tables = Record<keyof typeof SCHEMA_V1, { id: string }[]>;

export const versionOneFixture = JSON.parse(readFileSync(new URL('../../fixtures/db-v1/store.json', import.meta.url), 'utf8')) as { schemaVersion: number; tables: Tables };

export async function versionOneDatabase(): Promise<IDBFactory> {
  const indexedDB = new IDBFactory();
  const old = new Dexie(DEFAULT_DB_NAME, { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  await old.transaction('rw', old.tables, async () => {
    for (const [name, records] of Object.entries(versionOneFixture.tables)) await old.table(name).bulkAdd(records);
  });
  old.close();
  return indexedDB;
}
