import { describe, expect, it } from 'vitest';
import { ORG_SHORT_KEY } from '../../../lib/engine/name-keys';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { ingestDocument } from '../../../lib/store/ingest';
import { freshDb, upgradedFromVersionFour } from './manager-scenario';

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
    expect(db.verno).toBe(13);
    const store = new DexieClaimStore(db);
    expect((await store.findEntitiesByKeys([`${ORG_SHORT_KEY}halvorsen`])).map((e) => e.name)).toEqual(['Halvorsen Motor Co']);
    const people = await db.entities.filter((e) => e.type !== 'organization').toArray();
    expect(people.every((e) => !e.keys.some((k) => k.startsWith(ORG_SHORT_KEY)))).toBe(true);
  });
});
