/**
 * What the middlewares that keep tables in step with the claims (claim-words.ts,
 * claim-postings.ts) need of a claim mutation: the claims it replaces, and one mutation at a time
 * per transaction, since each reads rows, changes them and writes them back.
 */
import { Dexie, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import type { ClaimRecord } from './records';

export type StoredClaim = ClaimRecord & { wordGroup?: string };

/** The claims a mutation replaces or deletes, as stored before it. */
export function replacedClaims(claims: DBCoreTable, req: DBCoreMutateRequest): Promise<StoredClaim[]> {
  if (req.type === 'add') return Dexie.Promise.resolve([]);
  if (req.type === 'deleteRange') {
    return claims
      .query({ trans: req.trans, values: true, query: { index: claims.schema.primaryKey, range: req.range } })
      .then((found) => found.result as StoredClaim[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: StoredClaim) => v.id));
  return claims.getMany({ trans: req.trans, keys }).then((found: (StoredClaim | undefined)[]) => found.filter((c): c is StoredClaim => c !== undefined));
}

/**
 * A queue of claim mutations per transaction: two at once would read and write the same rows.
 * Each middleware has its own, as one's mutation runs inside the other's.
 */
export function claimMutationQueue(): <T>(trans: DBCoreTransaction, run: () => Promise<T>) => Promise<T> {
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return <T>(trans: DBCoreTransaction, run: () => Promise<T>) => {
    const previous = queues.get(trans);
    const next = previous ? previous.then(run, run) : run();
    queues.set(trans, next.catch(() => undefined));
    return next;
  };
}
