/**
 * Every stored claim, a chunk at a time, for the upgrades that read or rewrite all of them: one
 * request per chunk instead of a cursor step per claim, and never the whole table in memory.
 */
import type { Transaction } from 'dexie';
import type { ClaimRecord } from './records';

/** Claims per request; a chunk rewritten by an upgrade is one word group (claim-words.ts). */
const UPGRADE_CHUNK = 25_000;

/** The claims of every stored claim, read a chunk at a time in id order. */
export async function eachClaimChunk(tx: Transaction, use: (chunk: ClaimRecord[]) => Promise<void> | void): Promise<void> {
  const claims = tx.table('claims');
  let last: string | null = null;
  for (;;) {
    const chunk: ClaimRecord[] = await (last === null ? claims.orderBy(':id') : claims.where(':id').above(last)).limit(UPGRADE_CHUNK).toArray();
    if (!chunk.length) return;
    await use(chunk);
    last = chunk[chunk.length - 1]!.id;
  }
}
