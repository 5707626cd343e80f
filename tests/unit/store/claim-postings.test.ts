import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POSTINGS_LIMIT } from '../../../lib/engine/postings';
import { changedPostings } from '../../../lib/store/claim-postings';
import type { ClaimStore } from '../../../lib/store/claim-store';
import type { CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { exportStoreText } from '../../../lib/store/export';
import { importStore } from '../../../lib/store/import';
import { ingestDocument, type DocumentInput } from '../../../lib/store/ingest';
import { deleteSources, undoDelete } from '../../../lib/store/source-admin';
import { claim, source, write } from './make-records';
import { byId, EAST, freshDb, indexWalk, NORTH, SOUTH, splitAndMergeKeller, storedPostings, storeOf, upgradedFromVersionFour } from './manager-scenario';

async function expectPostingsExact(db: CrosslightDb): Promise<void> {
  const reference = await indexWalk(db);
  expect(reference.size).toBeGreaterThan(0);
  expect(await storedPostings(db)).toEqual(reference);
}

const corpus = (name: string): DocumentInput => ({
  url: `https://${name}.example/story`,
  title: name,
  site: `${name}.example`,
  byline: '',
  published: '',
  addedAt: 1,
  text: readFileSync(join(__dirname, '../../fixtures/corpus', `${name}.txt`), 'utf8'),
});
const CORPUS = ['000', '001', '002'].map(corpus);

describe('a postings row', () => {
  it('keeps the smallest ids of the claims that hold its key, and says when there are more than the limit', () => {
    const ids = Array.from({ length: POSTINGS_LIMIT }, (_, i) => `s#c${String(i + 10).padStart(3, '0')}`);
    const full = changedPostings(undefined, undefined, ids);
    expect(full).toEqual({ ids: [...ids].sort(byId), complete: true });
    const over = changedPostings(full!, undefined, ['s#c000']);
    expect(over).toEqual({ ids: ['s#c000', ...ids.sort(byId).slice(0, POSTINGS_LIMIT - 1)], complete: false });
  });

  it('stays common once it overflowed, even when it loses ids, and goes when its last holder of a complete list goes', () => {
    const over = changedPostings(undefined, undefined, Array.from({ length: POSTINGS_LIMIT + 1 }, (_, i) => `c${i}`))!;
    expect(changedPostings(over, new Set(['c0', 'c1']), undefined)).toMatchObject({ complete: false });
    expect(changedPostings(over, new Set(over.ids), undefined)).toEqual({ ids: [], complete: false });
    expect(changedPostings({ ids: ['a'], complete: true }, new Set(['a']), undefined)).toBeNull();
  });
});

describe('the postings table', () => {
  it('holds what an index walk over the claims would find after pages are stored, read again and changed', async () => {
    const { db, store } = await storeOf([NORTH, SOUTH, EAST]);
    await expectPostingsExact(db);
    await ingestDocument(store, { ...SOUTH, text: `${SOUTH.text} The talks ended with a dinner for 40 guests.` }, { persist: true });
    await expectPostingsExact(db);
  });

  it('cuts a key held by more claims than the limit to its smallest ids, as the index walk did', async () => {
    const db = freshDb();
    const store = new DexieClaimStore(db);
    const claims = Array.from({ length: 300 }, (_, i) => claim('big', i, `Claim ${i}.`, { keys: [`k${i % 3}`, 'shared', `own${i}`] }));
    await store.commitDocument(write({ source: source('big'), claims }));
    await store.commitDocument(write({ source: source('small'), claims: [claim('small', 0, 'One.', { keys: ['shared', 'k1'] })] }));
    await expectPostingsExact(db);
    expect((await storedPostings(db)).get('shared')?.complete).toBe(false);
  });

  it('loses a deleted source’s claims and gets them back on undo', async () => {
    const { db } = await storeOf([NORTH, SOUTH, EAST]);
    const before = await storedPostings(db);
    const south = (await db.sources.where('site').equals('south.example').first())!;
    const { undoToken } = await deleteSources(db, [south.id]);
    await expectPostingsExact(db);
    expect([...(await storedPostings(db)).values()].some((p) => p.ids.some((id) => id.startsWith(south.id)))).toBe(false);
    await undoDelete(db, undoToken);
    expect(await storedPostings(db)).toEqual(before);
  });

  it('follows the claims keyed again when entities are split and merged', () => splitAndMergeKeller(expectPostingsExact));

  it('gains the claims of an imported file, in an empty store and in one that holds claims under the same keys', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH]);
    const text = await exportStoreText(from);
    const empty = freshDb('empty');
    expect(await importStore(empty, text)).toMatchObject({ ok: true });
    expect(await storedPostings(empty)).toEqual(await storedPostings(from));
    const { db } = await storeOf([EAST]);
    expect(await importStore(db, text)).toMatchObject({ ok: true });
    await expectPostingsExact(db);
  });

  it('is built from the stored claims by the upgrade to version 5', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH, EAST]);
    // With their sources: the upgrade to version 7 keys the claims again by their articles' principal actors.
    const db = await upgradedFromVersionFour(from, ['sources', 'claims']);
    expect(db.verno).toBe(14);
    expect(await storedPostings(db)).toEqual(await storedPostings(from));
    await expectPostingsExact(db);
  });

  it('follows the claims as the upgrades to versions 7 and 8 give them the keys of each principal actor alone', async () => {
    const { db: from } = await storeOf([NORTH, SOUTH, EAST]);
    const single = (keys: string[]) => keys.filter((k) => k.startsWith('s:'));
    const before = await from.claims.toArray();
    expect(before.some((c) => single(c.keys).length)).toBe(true);
    await from.claims.toCollection().modify((c) => {
      c.keys = c.keys.filter((k) => !k.startsWith('s:'));
    });
    const db = await upgradedFromVersionFour(from, ['sources', 'claims']);
    const claims = await db.claims.toArray();
    const keysById = (list: typeof claims) => new Map(list.map((c) => [c.id, c.keys]));
    expect(keysById(claims)).toEqual(keysById(before));
    // Every principal actor of a source with several is keyed alone, not its first only.
    const sources = await db.sources.toArray();
    const led = sources.find((s) => (s.leadEntityIds ?? []).length > 1)!;
    const actorsKeyed = new Set(claims.filter((c) => c.sourceId === led.id).flatMap((c) => single(c.keys).map((k) => k.split('|')[1])));
    expect([...actorsKeyed].sort()).toEqual([...led.leadEntityIds!].sort());
    await expectPostingsExact(db);
  });
});

/** The product's store, with candidate postings answered by walking the claims as the keys index did. */
function withIndexWalk(store: DexieClaimStore): ClaimStore {
  return Object.assign(Object.create(store) as DexieClaimStore, {
    findClaimIdsByKeys: async (keys: string[]) => {
      const all = await indexWalk(store.db);
      return new Map([...new Set(keys)].map((key) => [key, all.get(key) ?? { ids: [], complete: true }]));
    },
  });
}

describe('matching the corpus through the postings table', () => {
  it('finds exactly the matches the keys index found, with a crowd of claims making some keys common', async () => {
    const db = freshDb();
    const store = new DexieClaimStore(db);
    for (const doc of CORPUS.slice(0, 2)) await ingestDocument(store, doc, { persist: true });
    const stored = await db.claims.toArray();
    // Copies of the stored claims under other sources: the keys they hold overflow the limit.
    for (let s = 0; s < 30; s++) {
      const id = `crowd${String(s).padStart(2, '0')}`;
      await store.commitDocument(write({ source: source(id), claims: stored.map((c, i) => ({ ...c, id: `${id}#c${i}`, sourceId: id, index: i })) }));
    }
    expect([...(await storedPostings(db)).values()].some((p) => !p.complete)).toBe(true);
    const doc = CORPUS[2]!;
    const viaPostings = await ingestDocument(store, doc, { persist: false });
    const viaIndex = await ingestDocument(withIndexWalk(store), doc, { persist: false });
    expect(viaPostings.matches.length).toBeGreaterThan(0);
    expect(viaPostings.matches).toEqual(viaIndex.matches);
  }, 60_000);
});
