/**
 * The candidate postings: one row per candidate key holding the ids of the claims that have it,
 * the first POSTINGS_LIMIT in id order, and whether that is all of them (engine/candidates.ts).
 * Matching an article reads every key it looks up in ONE request, where a multiEntry index on the
 * claims took a request per key, and IndexedDB's cost is per request.
 *
 * A DBCore middleware keeps the rows in step with every write of a claim, whoever writes (ingest,
 * deletion and undo, the manager's entity edits, an import, an upgrade): it widens every
 * read-write transaction on `claims` to this table and changes the rows of the keys that the
 * claims put, added or deleted lose or gain. The ids kept are the smallest, as an index walk would
 * return them. A key that once had more holders than the limit stays "common": when one of its
 * kept ids goes, the next holder is not known here, so the row keeps fewer ids and says it is cut.
 */
import { Dexie, type Table, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { POSTINGS_LIMIT, type Postings } from '../engine/postings';
import { hash32 } from '../engine/hash';
import { gatherInTransaction, replacedRecords, type Gathering, rowsFollowing, writeGathered, writeRows } from './record-mutation';
import type { ClaimRecord } from './records';

export const CLAIM_POSTINGS = 'claimPostings';
export const CLAIM_POSTINGS_SCHEMA = 'key';

export interface ClaimPostingsRow extends Postings {
  key: string;
}

/** Ids gained per key, each list cut to the smallest ids now and then so that a common key stays small. */
export class GainedPostings {
  readonly byKey = new Map<string, string[]>();

  add(id: string, keys: readonly string[]): void {
    for (const key of keys) {
      const ids = this.byKey.get(key);
      if (!ids) {
        this.byKey.set(key, [id]);
        continue;
      }
      ids.push(id);
      // One more than the limit is kept: enough to tell that the key overflowed.
      if (ids.length > 4 * POSTINGS_LIMIT) this.byKey.set(key, smallest(ids, POSTINGS_LIMIT + 1));
    }
  }
}

function smallest(ids: string[], n: number): string[] {
  return [...new Set(ids)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).slice(0, n);
}

/** A row after it lost `removed` and gained `added`; null when no claim holds the key any more. */
export function changedPostings(row: Postings | undefined, removed: ReadonlySet<string> | undefined, added: readonly string[] | undefined): Postings | null {
  const kept = removed ? (row?.ids ?? []).filter((id) => !removed.has(id)) : (row?.ids ?? []);
  const all = smallest([...kept, ...(added ?? [])], POSTINGS_LIMIT + 1);
  const complete = (row?.complete ?? true) && all.length <= POSTINGS_LIMIT;
  if (complete && !all.length) return null;
  return { ids: all.slice(0, POSTINGS_LIMIT), complete };
}

/** The rows to put and the keys to delete, given the stored rows of `keys` in their order. */
export function nextRows(
  keys: string[],
  stored: (Postings | undefined)[],
  removed: Map<string, Set<string>>,
  added: Map<string, string[]>,
): { put: ClaimPostingsRow[]; gone: string[] } {
  const put: ClaimPostingsRow[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const row = stored[i];
    const next = changedPostings(row, removed.get(key), added.get(key));
    if (next) put.push({ key, ids: next.ids, complete: next.complete });
    else if (row) gone.push(key);
  });
  return { put, gone };
}

/** Rows of a store whose table is still empty (the upgrade to version 5): nothing to read first. */
export function freshRows(gained: GainedPostings): ClaimPostingsRow[] {
  return nextRows([...gained.byKey.keys()], [], new Map(), gained.byKey).put;
}

/**
 * Reads the rows of every key touched, applies the changes and writes them back.
 *
 * Written as promise chains, not async functions: Dexie's own middlewares below this one need its
 * transaction zone, which Dexie promises carry through `then` and native `await` does not.
 */
function applyChanges(rows: DBCoreTable, trans: DBCoreTransaction, removed: Map<string, Set<string>>, added: Map<string, string[]>): Promise<void> {
  const keys = [...new Set([...removed.keys(), ...added.keys()])];
  if (!keys.length) return Dexie.Promise.resolve();
  return rows.getMany({ trans, keys }).then((stored: (ClaimPostingsRow | undefined)[]) => {
    const { put, gone } = nextRows(keys, stored, removed, added);
    return writeRows(rows, trans, put, gone, 'The candidate postings');
  });
}

const gathering = new WeakMap<DBCoreTransaction, GainedPostings>();

/** Keys of the postings table read per request when the keys it holds are listed. */
const HELD_KEYS_PAGE = 20_000;

/**
 * A key's hash as a small integer: a set of 500,000 of them takes a few MB where the keys
 * themselves took tens, and two keys sharing one only cost a read that finds no row.
 */
function keyHash(key: string): number {
  return hash32(key) >>> 2;
}

/** The hashes of the keys the postings table holds, read a page of keys at a time. */
async function heldKeyHashes(table: Table<ClaimPostingsRow, string>): Promise<Set<number>> {
  const held = new Set<number>();
  let page = await table.orderBy(':id').limit(HELD_KEYS_PAGE).primaryKeys();
  while (page.length) {
    for (const key of page) held.add(keyHash(key));
    page = page.length < HELD_KEYS_PAGE ? [] : await table.where(':id').above(page[page.length - 1]).limit(HELD_KEYS_PAGE).primaryKeys();
  }
  return held;
}

/**
 * From now until `write` is called, the postings of claims ADDED in the current transaction are
 * gathered instead of written (puts and deletes still write at once: they may take ids from rows):
 * an import then reads and writes a row it touches once per flush. The transaction must include
 * the table.
 */
export function gatherClaimPostings(db: Dexie): Gathering {
  const table = db.table<ClaimPostingsRow, string>(CLAIM_POSTINGS);
  // Which keys have a row, as hashes: reading every gathered key took a request per key, and
  // most keys of a large import are new (all of them in an empty store).
  let held: Set<number> | undefined;
  return gatherInTransaction(gathering, () => new GainedPostings(), async (gained) => {
    const hashes = (held ??= await heldKeyHashes(table));
    await writeGathered(gained.byKey, async (keys) => {
      const heldKeys = keys.filter((key) => hashes.has(keyHash(key)));
      const rows = new Map((await table.bulkGet(heldKeys)).map((row, i) => [heldKeys[i]!, row]));
      await table.bulkPut(nextRows(keys, keys.map((key) => rows.get(key)), new Map(), gained.byKey).put);
      for (const key of keys) hashes.add(keyHash(key));
    });
  });
}

/** Writes the claims, then the rows of the keys they lose and gain. */
function mutateWithPostings(down: DBCore, claims: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  return replacedRecords<ClaimRecord>(claims, req).then((old) =>
    claims.mutate(req).then((response) => {
      if (response.numFailures) return response;
      const removed = new Map<string, Set<string>>();
      for (const claim of old) {
        for (const key of claim.keys ?? []) {
          const ids = removed.get(key);
          if (ids) ids.add(claim.id);
          else removed.set(key, new Set([claim.id]));
        }
      }
      // An import's additions are gathered and written at its end (gatherClaimPostings); added claims replace none.
      const gathered = req.type === 'add' ? gathering.get(req.trans) : undefined;
      const gained = gathered ?? new GainedPostings();
      if (req.type === 'add' || req.type === 'put') for (const claim of req.values as ClaimRecord[]) gained.add(claim.id, claim.keys ?? []);
      return applyChanges(down.table(CLAIM_POSTINGS), req.trans, removed, gathered ? new Map() : gained.byKey).then(() => response);
    }),
  );
}

export const claimPostingsIndexing = rowsFollowing('crosslight-claim-postings', 'claims', CLAIM_POSTINGS, mutateWithPostings);

/** For each key, its postings; a key no claim holds has an empty, complete list. */
export async function readPostings(db: Dexie, keys: string[]): Promise<Map<string, Postings>> {
  const rows = await db.table<ClaimPostingsRow, string>(CLAIM_POSTINGS).bulkGet(keys);
  return new Map(keys.map((key, i) => {
    const row = rows[i];
    return [key, row ? { ids: row.ids, complete: row.complete } : { ids: [], complete: true }];
  }));
}
