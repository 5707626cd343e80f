import { describe, expect, it } from 'vitest';
import { POSTINGS_LIMIT } from '../../../lib/engine/postings';
import { gatherClaimPostings } from '../../../lib/store/claim-postings';
import { claimTerms, gatherClaimWords } from '../../../lib/store/claim-words';
import type { CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import type { ClaimRecord } from '../../../lib/store/records';
import { claim, source, write } from './make-records';
import { freshDb, indexWalk, storedPostings, wordIndex } from './manager-scenario';

/** Claims of source `id`, keyed so that some keys recur across flushes and one is held by more claims than the limit. */
function keyedClaims(id: string, count: number): ClaimRecord[] {
  return Array.from({ length: count }, (_, i) => claim(id, i, `Claim ${i} of ${id} counts ${i % 7} delegates.`, { keys: [`k${i % 5}`, 'shared', `own-${id}-${i}`] }));
}

/** Adds `batches` of claims in one transaction, their rows gathered, flushing after every batch but the last. */
async function addGathered(db: CrosslightDb, batches: ClaimRecord[][]): Promise<void> {
  await db.transaction('rw', [db.claims, db.claimWords, db.claimPostings], async () => {
    const words = gatherClaimWords(db);
    const postings = gatherClaimPostings(db);
    for (const [i, batch] of batches.entries()) {
      await db.claims.bulkAdd(batch);
      if (i < batches.length - 1) {
        await words.flush();
        await postings.flush();
      }
    }
    await words.write();
    await postings.write();
  });
}

/** The word table as it must be: every term of every stored claim. */
async function expectedWords(db: CrosslightDb): Promise<Record<string, string[]>> {
  const index: Record<string, string[]> = {};
  for (const c of await db.claims.toArray()) for (const term of claimTerms(c)) index[term] = [...(index[term] ?? []), c.id].sort();
  return Object.fromEntries(Object.entries(index).sort(([x], [y]) => (x < y ? -1 : 1)));
}

describe('rows gathered by a bulk write and flushed part-way', () => {
  it('are the postings and words that writing the claims one request at a time gives, in an empty store and in one holding the same keys', async () => {
    for (const held of [false, true]) {
      const db = freshDb(`gathered-${held}`);
      if (held) await new DexieClaimStore(db).commitDocument(write({ source: source('before'), claims: keyedClaims('before', 40) }));
      await addGathered(db, [keyedClaims('a', POSTINGS_LIMIT), keyedClaims('b', 30), keyedClaims('c', 20)]);
      expect(await storedPostings(db)).toEqual(await indexWalk(db));
      expect((await storedPostings(db)).get('shared')?.complete).toBe(false);
      expect(await wordIndex(db)).toEqual(await expectedWords(db));
    }
  });

  it('find the rows the store held before, past the first page of keys read', async () => {
    const db = freshDb();
    const many = Array.from({ length: 7_000 }, (_, i) => claim('before', i, `Claim ${i}.`, { keys: [`x${i}`, `y${i}`, `z${i}`] }));
    await new DexieClaimStore(db).commitDocument(write({ source: source('before'), claims: many }));
    const late = ['z6999', 'y6999', 'x0'].map((key, i) => claim('after', i, `Late ${i}.`, { keys: [key] }));
    await addGathered(db, [late.slice(0, 1), late.slice(1)]);
    const postings = await storedPostings(db);
    for (const key of ['z6999', 'y6999', 'x0']) expect(postings.get(key)?.ids).toHaveLength(2);
  }, 60_000);

  it('start a word group at each flush, which the claims written after it carry', async () => {
    const db = freshDb();
    await addGathered(db, [keyedClaims('a', 3), keyedClaims('b', 3), keyedClaims('c', 3)]);
    const groupOf = new Map((await db.claims.toArray()).map((c) => [c.id, (c as ClaimRecord & { wordGroup: string }).wordGroup]));
    expect(new Set(groupOf.values()).size).toBe(3);
    for (const row of await db.claimWords.toArray()) for (const id of row.ids) expect(groupOf.get(id)).toBe(row.group);
  });

  it('leave no row behind when the claims of every group are deleted', async () => {
    const db = freshDb();
    await addGathered(db, [keyedClaims('a', 4), keyedClaims('a', 8).slice(4)]);
    await db.transaction('rw', db.claims, () => db.claims.clear());
    expect(await db.claimWords.count()).toBe(0);
    expect(await db.claimPostings.count()).toBe(0);
  });
});
