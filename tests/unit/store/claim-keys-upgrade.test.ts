import { describe, expect, it } from 'vitest';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { ingestDocument } from '../../../lib/store/ingest';
import { freshDb, storedPostings, upgradedFromVersionNine } from './manager-scenario';

const input = (name: string, text: string) => ({ url: `https://${name}.example/story`, title: name, site: `${name}.example`, byline: '', published: '', text });

describe('upgrading a store to version 10', () => {
  it('keys stored claims again as figures are now keyed: a crowd is one figure of its event, whatever words stand beside it', async () => {
    const from = freshDb();
    const text = 'Luka Marinovic beat Henrik Aaltonen in the final. Marinovic and Aaltonen were cheered by a crowd of 14,800 at the arena.';
    await ingestDocument(new DexieClaimStore(from), input('final', text), { persist: true });
    const fresh = new Map((await from.claims.toArray()).map((c) => [c.id, c.keys]));
    const crowdKeys = [...fresh.values()].flat().filter((k) => k.includes(':attendance:'));
    expect(crowdKeys.length).toBeGreaterThan(0);
    // As version 9 keyed them: a crowd had no slot of its own, and was keyed by the words beside it.
    await from.claims.toCollection().modify((c) => {
      c.keys = c.keys.map((k) => (k.includes(':attendance:') ? `${k.replace(':attendance:', ':other:')}|cheered` : k));
    });

    const db = await upgradedFromVersionNine(from, ['sources', 'claims']);
    expect(db.verno).toBe(10);
    expect(new Map((await db.claims.toArray()).map((c) => [c.id, c.keys]))).toEqual(fresh);
    const postings = await storedPostings(db);
    for (const key of crowdKeys) expect(postings.get(key)?.ids.length).toBe(1);
    expect([...postings.keys()].some((k) => k.includes(':other:') && k.endsWith('|cheered'))).toBe(false);
  });
});
