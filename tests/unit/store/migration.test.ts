import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ORG_SHORT_KEY } from '../../../lib/engine/name-keys';
import { claimTerms } from '../../../lib/store/claim-words';
import { openCrosslightDb, withoutDerived } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { ingestDocument } from '../../../lib/store/ingest';
import { sketchOf } from '../../../lib/store/records';
import { searchClaims } from '../../../lib/store/search';
import { indexWords } from '../../../lib/store/text-index';
import { indexWalk, NORTH, storedPostings, wordIndex } from './manager-scenario';
import { versionOneDatabase, versionOneFixture as fixture } from './version-one-database';

describe('upgrading a version-1 database', () => {
  it('starts from a fixture written by the version-1 schema, with records in every table', () => {
    expect(fixture.schemaVersion).toBe(1);
    for (const records of Object.values(fixture.tables)) expect(records.length).toBeGreaterThan(0);
  });

  it('keeps every record of every table intact', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionOneDatabase(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(14);
    // Claims keep everything but their candidate keys, which version 3 writes again (see
    // claim-keys-upgrade.test.ts); entities keep every key and gain some (entity-keys-upgrade.test.ts).
    const keyless = (name: string, record: object & { keys?: string[] }) => (name === 'claims' || name === 'entities' ? { ...record, keys: [] } : record);
    for (const [name, records] of Object.entries(fixture.tables)) {
      const stored = await db.table(name).orderBy(':id').toArray();
      expect(stored.map((r) => keyless(name, withoutDerived(r))), name).toEqual(records.map((r) => keyless(name, r)));
    }
    const keysNow = new Map((await db.entities.toArray()).map((e) => [e.id, new Set(e.keys)]));
    for (const entity of fixture.tables.entities as { id: string; keys: string[] }[]) expect(entity.keys.filter((k) => !keysNow.get(entity.id)?.has(k)), entity.id).toEqual([]);
    expect(await db.blockedKeys.count()).toBe(0);
    expect(await db.trash.count()).toBe(0);
    const companies = await db.entities.filter((e) => e.type === 'organization').toArray();
    expect(companies.length).toBeGreaterThan(0);
    expect(companies.every((e) => e.keys.some((k) => k.startsWith(ORG_SHORT_KEY)))).toBe(true);
  });

  it('fills the word indexes for the records it already held', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionOneDatabase(), IDBKeyRange });
    const claims = await db.claims.toArray();
    const index = await wordIndex(db);
    expect(claims.every((c) => claimTerms(c).every((term) => index[term]?.includes(c.id)))).toBe(true);
    expect((await db.sources.toArray()).every((s) => Array.isArray(s.titleWords))).toBe(true);
    expect((await db.entities.toArray()).every((e) => e.words?.length)).toBe(true);
    const [first] = claims;
    const word = indexWords(first!.text)[0]!;
    const found = await searchClaims(db, `${word} `, {}, { offset: 0, limit: 500 });
    expect(found.items.map((i) => i.id)).toContain(first!.id);
  });

  it('builds the candidate postings of the claims it held', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionOneDatabase(), IDBKeyRange });
    const postings = await storedPostings(db);
    expect(postings.size).toBeGreaterThan(0);
    expect(postings).toEqual(await indexWalk(db));
  });

  it('keeps the sketch and copy links of every source it held in the table copies are looked for in', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionOneDatabase(), IDBKeyRange });
    const sketches = await db.sourceSketches.orderBy('id').toArray();
    expect(sketches).toHaveLength(fixture.tables.sources.length);
    expect(sketches).toEqual((await db.sources.orderBy('id').toArray()).map(sketchOf));
  });

  it('goes on storing pages after the upgrade', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionOneDatabase(), IDBKeyRange });
    const store = new DexieClaimStore(db);
    await ingestDocument(store, NORTH, { persist: true });
    expect(await db.sources.count()).toBe(fixture.tables.sources.length + 1);
  });
});
