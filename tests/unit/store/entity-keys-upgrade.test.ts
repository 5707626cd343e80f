import { describe, expect, it } from 'vitest';
import { ORG_SHORT_KEY } from '../../../lib/engine/name-keys';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { ingestDocument } from '../../../lib/store/ingest';
import { freshDb, storeOf, upgradedFromVersion, upgradedFromVersionFour } from './manager-scenario';

const input = (name: string, text: string) => ({ url: `https://${name}.example/story`, title: name, site: `${name}.example`, byline: '', published: '', text });

describe('upgrading a store to version 9', () => {
  it('gives stored companies the keys of their short names, so that a report naming one by its short name alone finds it', async () => {
    const from = freshDb();
    await ingestDocument(new DexieClaimStore(from), input('full', 'Halvorsen Motor Co said the Harbour Safety Board had ordered the recall of 4,000 vans in Tromvik.'), { persist: true });
    // As version 8 stored it: no short-name keys.
    await from.entities.toCollection().modify((e) => {
      e.keys = e.keys.filter((k) => !k.startsWith(ORG_SHORT_KEY));
    });
    const db = await upgradedFromVersionFour(from, ['sources', 'entities']);
    expect(db.verno).toBe(14);
    const store = new DexieClaimStore(db);
    expect((await store.findEntitiesByKeys([`${ORG_SHORT_KEY}halvorsen`])).map((e) => e.name)).toEqual(['Halvorsen Motor Co']);
    const people = await db.entities.filter((e) => e.type !== 'organization').toArray();
    expect(people.every((e) => !e.keys.some((k) => k.startsWith(ORG_SHORT_KEY)))).toBe(true);
  });
});

describe('upgrading a store to version 14', () => {
  it('gives a stored body named with its head last the key of its head-first form, so that a report naming it the other way finds it', async () => {
    const from = freshDb();
    await ingestDocument(new DexieClaimStore(from), input('last', 'The Defence Ministry said 400 troops would stay in Varnau until March, the Defence Ministry said.'), { persist: true });
    // As version 13 stored it: the keys of the name as written only.
    await from.entities.toCollection().modify((e) => {
      e.keys = e.keys.filter((k) => !k.includes('ministry of'));
    });
    const untouched = (await from.entities.toArray()).filter((e) => e.type !== 'organization');
    const db = await upgradedFromVersion(13, from, ['sources', 'entities']);
    expect(db.verno).toBe(14);
    const store = new DexieClaimStore(db);
    expect((await store.findEntitiesByKeys(['org:ministry of defence'])).map((e) => e.name)).toEqual(['Defence Ministry']);
    expect((await db.entities.filter((e) => e.type !== 'organization').toArray()).map((e) => e.keys)).toEqual(untouched.map((e) => e.keys));
  });

  it('joins a body one report names head first and another head last into one stored entity', async () => {
    const { db } = await storeOf([
      input('first', 'The Ministry of Defence said 400 troops would stay in Varnau until March.'),
      input('second', 'The Defence Ministry said 450 troops would stay in Varnau until March.'),
    ]);
    expect((await db.entities.filter((e) => e.type === 'organization').toArray()).map((e) => e.name)).toHaveLength(1);
  });
});
