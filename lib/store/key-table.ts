/**
 * A multiEntry field of a table's records (the sources' sketch bands, the entities' lookup keys)
 * as a table of its own: one row per key holding the ids of the records that have it. A lookup
 * of all the keys of an article is ONE request, where a multiEntry index took a request per key,
 * each answering whole records; then only the records found are read.
 *
 * A DBCore middleware keeps the rows in step with every write of a record, whoever writes: it
 * widens every read-write transaction on the records' table to the rows' table, reads the
 * records a write replaces and changes only the rows of the keys they lose or gain (a record
 * whose keys did not change touches none).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Dexie, Middleware, Transaction } from 'dexie';
import { replacedRecords, rowsFollowing, writeRows } from './record-mutation';

export const KEY_ROWS_SCHEMA = 'key';

export interface KeyRow {
  key: string;
  ids: string[];
}

export interface KeyTable {
  /** The table whose records hold the keys. */
  records: string;
  /** The records' field listing their keys. */
  field: string;
  /** The table of one row per key. */
  rows: string;
}

/** Near-duplicate sketch bands of the sources (findCopies in ingest.ts). */
export const SKETCH_BANDS: KeyTable = { records: 'sources', field: 'sketchKeys', rows: 'sketchBands' };
/** Lookup keys of the entities (entity resolution in ingest and import). */
export const ENTITY_KEYS: KeyTable = { records: 'entities', field: 'keys', rows: 'entityKeys' };

type Keyed = { id: string } & Record<string, unknown>;
type Changes = Map<string, { lost: Set<string>; gained: Set<string> }>;

function keysOf(record: Keyed, field: string): string[] {
  return (record[field] as string[] | undefined) ?? [];
}

/** For each key whose holders change, the ids it loses and gains (a record keeping a key changes nothing). */
function keyChanges(table: KeyTable, before: Keyed[], after: Keyed[]): Changes {
  const changes: Changes = new Map();
  const of = (key: string) => {
    let change = changes.get(key);
    if (!change) changes.set(key, (change = { lost: new Set(), gained: new Set() }));
    return change;
  };
  const pairs = (records: Keyed[]) => new Set(records.flatMap((r) => keysOf(r, table.field).map((key) => `${key}\u0000${r.id}`)));
  const held = pairs(after);
  const had = pairs(before);
  for (const r of before) for (const key of keysOf(r, table.field)) if (!held.has(`${key}\u0000${r.id}`)) of(key).lost.add(r.id);
  for (const r of after) for (const key of keysOf(r, table.field)) if (!had.has(`${key}\u0000${r.id}`)) of(key).gained.add(r.id);
  return changes;
}

/** The rows of `changes` applied to the stored rows of those keys, in their order. */
function nextRows(keys: string[], stored: (KeyRow | undefined)[], changes: Changes): { put: KeyRow[]; gone: string[] } {
  const put: KeyRow[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const change = changes.get(key)!;
    // Sorted, so that the same records make the same rows whatever order they were written in.
    const ids = [...new Set([...(stored[i]?.ids ?? []).filter((id) => !change.lost.has(id)), ...change.gained])].sort();
    if (ids.length) put.push({ key, ids });
    else if (stored[i]) gone.push(key);
  });
  return { put, gone };
}

/**
 * Writes the records, then the rows of the keys they lose and gain. Promise chains, not async
 * functions: Dexie's middlewares below need its transaction zone (see claim-words.ts).
 */
function mutateWithRows(down: DBCore, records: DBCoreTable, table: KeyTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const rows = down.table(table.rows);
  const { trans } = req;
  return replacedRecords<Keyed>(records, req).then((old) =>
    records.mutate(req).then((response) => {
      if (response.numFailures) return response;
      const changes = keyChanges(table, old, req.type === 'add' || req.type === 'put' ? (req.values as Keyed[]) : []);
      const keys = [...changes.keys()];
      if (!keys.length) return response;
      return rows.getMany({ trans, keys }).then((stored: (KeyRow | undefined)[]) => {
        const { put, gone } = nextRows(keys, stored, changes);
        return writeRows(rows, trans, put, gone, `The ${table.rows} table`).then(() => response);
      });
    }),
  );
}

export function keyTableIndexing(table: KeyTable): Middleware<DBCore> {
  return rowsFollowing(`crosslight-${table.rows}`, table.records, table.rows, (down, records, req) => mutateWithRows(down, records, table, req));
}

/** The rows of every stored record, for a database whose rows' table is new (an upgrade). */
export async function buildKeyRows(tx: Transaction, table: KeyTable): Promise<void> {
  const changes = keyChanges(table, [], await tx.table(table.records).toArray());
  await tx.table(table.rows).bulkPut(nextRows([...changes.keys()], [], changes).put);
}

/** The ids of the records holding any of `keys`, each once. */
export async function idsWithKeys(db: Dexie, table: KeyTable, keys: string[]): Promise<string[]> {
  const rows = await db.table<KeyRow, string>(table.rows).bulkGet([...new Set(keys)]);
  return [...new Set(rows.flatMap((row) => row?.ids ?? []))];
}
