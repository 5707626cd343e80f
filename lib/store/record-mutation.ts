/**
 * What the middlewares that keep a table in step with another's records (claim-words.ts,
 * claim-postings.ts, key-table.ts) need of a mutation: the records it replaces, and one
 * mutation at a time per transaction, since each reads rows, changes them and writes them back.
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';

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
function mutationQueue(): <T>(trans: DBCoreTransaction, run: () => Promise<T>) => Promise<T> {
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return <T>(trans: DBCoreTransaction, run: () => Promise<T>) => {
    const previous = queues.get(trans);
    const next = previous ? previous.then(run, run) : run();
    queues.set(trans, next.catch(() => undefined));
    return next;
  };
}

/**
 * A DBCore middleware keeping the table `rows` in step with every write of `records`, whoever
 * writes: it widens every read-write transaction on `records` to `rows` and hands each mutation
 * of `records`, one at a time per transaction, to `mutate`, which writes the records and the rows.
 */
export function rowsFollowing(
  name: string,
  records: string,
  rows: string,
  mutate: (down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  const inOrder = mutationQueue();
  return {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => down.transaction(mode === 'readwrite' && stores.includes(records) && !stores.includes(rows) ? [...stores, rows] : stores, mode, options),
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== records) return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            // Upgrades to versions before the rows' table existed write records without it.
            if (!(req.trans as unknown as IDBTransaction).objectStoreNames.contains(rows)) return table.mutate(req);
            return inOrder(req.trans, () => mutate(down, table, req));
          },
        };
      },
    }),
  };
}

/** Puts `put` and deletes `gone` in the rows' table; a row that cannot be written fails the whole write. */
export function writeRows(rows: DBCoreTable, trans: DBCoreTransaction, put: object[], gone: unknown[], what: string): Promise<void> {
  const writes: Promise<DBCoreMutateResponse>[] = [];
  if (put.length) writes.push(rows.mutate({ trans, type: 'put', values: put }));
  if (gone.length) writes.push(rows.mutate({ trans, type: 'delete', keys: gone }));
  return Dexie.Promise.all(writes).then((responses: DBCoreMutateResponse[]) => {
    for (const response of responses) if (response.numFailures) throw Object.values(response.failures)[0] ?? new Error(`${what} could not be written.`);
  });
}

/** Rows written per request when an import's gathered rows are written. */
const GATHERED_SLICE = 10_000;

/**
 * Writes rows gathered over a whole import a slice of keys at a time, letting each slice go from
 * `gathered` once written: building every row of a 100,000-claim file at once set the import's
 * peak heap.
 */
export async function writeGathered<V>(gathered: Map<string, V>, write: (slice: string[]) => Promise<unknown>): Promise<void> {
  const keys = [...gathered.keys()];
  for (let i = 0; i < keys.length; i += GATHERED_SLICE) {
    const slice = keys.slice(i, i + GATHERED_SLICE);
    await write(slice);
    for (const key of slice) gathered.delete(key);
  }
}

/** Rows gathered in a transaction instead of written at each mutation (an import's). */
export interface Gathering {
  /** Writes what was gathered so far and gathers anew: the import's heap holds only the rows since. */
  flush(): Promise<void>;
  /** Writes what was gathered since the last flush and stops gathering. */
  write(): Promise<void>;
}

/**
 * Gathers, from now until `write` is called, what the middleware would write for the current
 * transaction's mutations into a `make()` (found by the middleware in `gathering`); `flush` and
 * `write` hand what was gathered to `write`, a mutation made meanwhile going to the next gathering.
 */
export function gatherInTransaction<T>(gathering: WeakMap<DBCoreTransaction, T>, make: () => T, write: (gathered: T) => Promise<void>): Gathering {
  const trans = Dexie.currentTransaction as unknown as { idbtrans: DBCoreTransaction } | null;
  if (!trans) throw new Error('Index rows are gathered inside a transaction only.');
  let current = make();
  gathering.set(trans.idbtrans, current);
  return {
    flush: () => {
      const full = current;
      current = make();
      gathering.set(trans.idbtrans, current);
      return write(full);
    },
    write: () => {
      gathering.delete(trans.idbtrans);
      return write(current);
    },
  };
}
