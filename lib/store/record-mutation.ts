/**
 * What the middlewares that keep a table in step with another's records (claim-words.ts,
 * claim-postings.ts, sketch-bands.ts) need of a mutation: the records it replaces, and one
 * mutation at a time per transaction, since each reads rows, changes them and writes them back.
 */
import { Dexie, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';

/** The records (keyed by `id`) a mutation replaces or deletes, as stored before it. */
export function replacedRecords<T extends { id: string }>(table: DBCoreTable, req: DBCoreMutateRequest): Promise<T[]> {
  if (req.type === 'add') return Dexie.Promise.resolve([]);
  if (req.type === 'deleteRange') {
    return table
      .query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
      .then((found) => found.result as T[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: T) => v.id));
  return table.getMany({ trans: req.trans, keys }).then((found: (T | undefined)[]) => found.filter((r): r is T => r !== undefined));
}

/**
 * A queue of mutations per transaction: two at once would read and write the same rows. Each
 * middleware has its own, as one's mutation runs inside the other's.
 */
export function mutationQueue(): <T>(trans: DBCoreTransaction, run: () => Promise<T>) => Promise<T> {
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return <T>(trans: DBCoreTransaction, run: () => Promise<T>) => {
    const previous = queues.get(trans);
    const next = previous ? previous.then(run, run) : run();
    queues.set(trans, next.catch(() => undefined));
    return next;
  };
}
