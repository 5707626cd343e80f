import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { candidateKeys } from '../../../lib/engine/candidate-keys';
import type { Postings } from '../../../lib/engine/postings';
import { openCrosslightDb, SCHEMA_V1, SCHEMA_V2, type CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { ingestDocument, type DocumentInput } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { freshDb, storedPostings, upgradedFromVersion } from './manager-scenario';
import { countReads, type ReadCounter } from './read-counter';

const corpus = (name: string) => readFileSync(join(__dirname, '../../fixtures/corpus', `${name}.txt`), 'utf8');
const input = (name: string): DocumentInput => ({ url: `https://${name}.example/story`, title: name, site: `${name}.example`, byline: '', published: '', text: corpus(name), addedAt: 1 });

/** Keys as the version-2 code wrote them: single entity ids and words next to a quantity kind. */
const oldKeys = (entityIds: string[]) => entityIds.map((id) => `e:${id}`).concat('w:duration|meet');

/** A version-2 database holding article 000, its claims keyed in the earlier format. */
async function versionTwoDatabase(): Promise<IDBFactory> {
  const analysed = await ingestDocument(new MemoryClaimStore(), input('000'), { persist: false });
  const indexedDB = new IDBFactory();
  const old = new Dexie('crosslight', { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.transaction('rw', old.tables, async () => {
    await old.table('sources').add(analysed.source);
    await old.table('claims').bulkAdd(analysed.claims.map((c) => ({ ...c, keys: oldKeys(c.entityIds) })));
    await old.table('entities').bulkAdd(analysed.entities.map((e) => ({ ...e, mentionCount: 1 })));
    await old.table('mentions').bulkAdd(analysed.mentions);
  });
  old.close();
  return indexedDB;
}

describe('upgrading a version-2 database to version 3', () => {
  it('writes every stored claim’s candidate keys again in the current format', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionTwoDatabase(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const [source] = await db.sources.toArray();
    const claims = await db.claims.toArray();
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      expect(claim.keys).toEqual(candidateKeys({ ...claim, contextEntityIds: source!.leadEntityIds ?? [], topic: source!.topic }));
      expect(claim.keys.some((k) => k.startsWith('e:') || k.startsWith('w:'))).toBe(false);
    }
  });

  it('lets a new article find the conflicts with the claims stored before the upgrade', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB: await versionTwoDatabase(), IDBKeyRange });
    const result = await ingestDocument(new DexieClaimStore(db), input('001'), { persist: true });
    const conflicts = result.matches.filter((m) => m.relation === 'conflicts');
    expect(conflicts.map((m) => m.note).join('; ')).toContain('duration 2 h 16 min vs 2 h 17 min');
  });
});

/**
 * A store of one article whose claims are keyed as `version` keyed them (`olderKey` turns each key
 * the current code writes into that version's), opened by the current code: its claims
 * must be keyed as the current code keys them, in the claims and in the postings alike.
 */
async function expectKeyedAgain(
  text: string,
  changed: (key: string) => boolean,
  olderKey: (key: string) => string,
  version: number,
): Promise<Map<string, Postings>> {
  const from = freshDb();
  await ingestDocument(new DexieClaimStore(from), { ...input('000'), url: 'https://upgrade.example/story', text }, { persist: true });
  const fresh = new Map((await from.claims.toArray()).map((c) => [c.id, c.keys]));
  const keys = [...fresh.values()].flat().filter(changed);
  expect(keys.length).toBeGreaterThan(0);
  await from.claims.toCollection().modify((c) => {
    c.keys = c.keys.map((k) => (changed(k) ? olderKey(k) : k));
  });
  const db = await upgradedFromVersion(version, from, ['sources', 'claims']);
  expect(db.verno).toBe(14);
  expect(new Map((await db.claims.toArray()).map((c) => [c.id, c.keys]))).toEqual(fresh);
  const postings = await storedPostings(db);
  for (const key of keys) expect(postings.get(key)?.ids.length).toBe(1);
  return postings;
}

describe('upgrading a store to version 10', () => {
  it('keys stored claims again as figures are now keyed: a crowd is one figure of its event, whatever words stand beside it', async () => {
    const text = 'Luka Marinovic beat Henrik Aaltonen in the final. Marinovic and Aaltonen were cheered by a crowd of 14,800 at the arena.';
    // As version 9 keyed them: a crowd had no slot of its own, and was keyed by the words beside it.
    const postings = await expectKeyedAgain(text, (k) => k.includes(':attendance:'), (k) => `${k.replace(':attendance:', ':other:')}|cheered`, 9);
    expect([...postings.keys()].some((k) => k.includes(':other:') && k.endsWith('|cheered'))).toBe(false);
  });
});

describe('upgrading a store to version 11', () => {
  it('keys stored claims again as figures are now keyed: a capacity is a figure of its own', async () => {
    const text = 'Hartwell & Price filed for bankruptcy. Hartwell & Price said the Hartwell & Price store in Dover is licensed to hold 900 shoppers.';
    // As version 10 keyed them: a capacity was another figure.
    const postings = await expectKeyedAgain(text, (k) => k.includes(':capacity:'), (k) => k.replace(':capacity:', ':other:'), 10);
    expect([...postings.keys()].some((k) => k.includes('count/shopper:other:'))).toBe(false);
  });
});

describe('upgrading a store to version 12', () => {
  it('keys stored claims again as figures are now keyed: a count by the deed it counts', async () => {
    const text = 'Hartwell & Price filed for bankruptcy. Hartwell & Price said it would close 120 of its 410 stores by the end of May.';
    // As version 11 keyed them: by the longest word around the count and its value only.
    const deed = (k: string) => k.startsWith('s:count/store:') && k.endsWith('|close');
    await expectKeyedAgain(text, deed, (k) => k.replace(/\|close$/, '|=120'), 11);
  });
});

describe('upgrading a store to version 13', () => {
  it('keys stored claims again as figures are now keyed: what a thing is rated to bear is its capacity', async () => {
    const text = 'Halden Vault Systems said its showcases are rated to resist a sustained attack for up to seven minutes, Halden Vault Systems and Lucia Ferrer said.';
    // As version 12 keyed them: a rating was another length.
    await expectKeyedAgain(text, (k) => k.includes('duration:capacity:'), (k) => k.replace('duration:capacity:', 'duration:other:'), 12);
  });
});

describe('upgrading a store several versions behind', () => {
  const text =
    'Halden Vault Systems said its showcases are rated to resist a sustained attack for up to seven minutes. ' +
    'The thieves spent 11 minutes inside the museum, Lucia Ferrer said. Halden Vault Systems sold 40 showcases in 2023.';
  const rated = (k: string) => k.includes('duration:capacity:');

  it('writes back only the claims whose keys change, and reads the claims once however many versions rekey them', async () => {
    const from = freshDb();
    await ingestDocument(new DexieClaimStore(from), { ...input('000'), url: 'https://upgrade.example/story', text }, { persist: true });
    const stored = await from.claims.toArray();
    const stale = stored.filter((c) => c.keys.some(rated)).map((c) => c.id);
    expect(stale).toHaveLength(1);
    expect(stored.length).toBeGreaterThan(2);
    await from.claims.toCollection().modify((c) => {
      c.keys = c.keys.map((k) => (rated(k) ? k.replace('duration:capacity:', 'duration:other:') : k));
    });
    const groupBefore = new Map((await from.claims.toArray()).map((c) => [c.id, c.wordGroup]));
    let reads: ReadCounter | undefined;
    // Versions 10 to 13 each rekey the claims.
    const db = await upgradedFromVersion(9, from, ['sources', 'claims'], (opening) => void (reads = countReads(opening)));
    const readByUpgrade = reads!.rows.claims;
    expect(new Map((await db.claims.toArray()).map((c) => [c.id, c.keys]))).toEqual(new Map(stored.map((c) => [c.id, c.keys])));
    for (const claim of await db.claims.toArray()) {
      // A claim written again is filed under the word group of that write.
      if (stale.includes(claim.id)) expect(claim.wordGroup).not.toBe(groupBefore.get(claim.id));
      else expect(claim.wordGroup).toBe(groupBefore.get(claim.id));
    }
    expect(readByUpgrade).toBe(stored.length);
  });
});
