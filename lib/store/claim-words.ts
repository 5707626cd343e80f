/**
 * The claims' word index as a table of its own: one row per (term, group) holding the ids of the
 * claims of that group that have the term. A group is the set of claims written by one request
 * (one stored page, one import), so a write adds a row per distinct term it brings instead of an
 * index entry per term of every claim: an import of 100,000 claims writes about 25,000 rows where
 * a multiEntry index took 1.5 million entries, and IndexedDB's cost is per entry written.
 *
 * Terms are the claim's words (text-index.ts) and its filter terms (`e:<entity id>`,
 * `q:<quantity kind>`, see `filterTerms`). A DBCore middleware keeps the rows in step with every
 * write of a claim, whoever writes: it widens every read-write transaction on `claims` to this
 * table and updates the rows of the claims put, added or deleted. Each claim records its group
 * (`wordGroup`), so removing it touches only the rows it is in.
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { gatherInTransaction, replacedRecords, type Gathering, rowsFollowing, writeGathered, writeRows } from './record-mutation';
import type { ClaimRecord } from './records';
import { indexWords } from './text-index';

export const CLAIM_WORDS = 'claimWords';
export const CLAIM_WORDS_SCHEMA = '[term+group]';

export interface ClaimWordsRow {
  term: string;
  group: string;
  ids: string[];
}

/**
 * The manager's claim filters (by entity, by quantity kind) as terms of the same index: a word
 * never contains ':', so `e:<entity id>` and `q:<kind>` cannot be confused with words, not even by
 * prefix search.
 */
export function filterTerms(kind: 'e' | 'q', values: string[]): string[] {
  return [...new Set(values)].map((value) => `${kind}:${value}`);
}

/**
 * The term every claim has: the store's claim count is the length of its rows, read in a few
 * milliseconds where counting the claims table walks all 100,000 records. No word or filter term
 * starts with '*', so no search reaches it.
 */
export const EVERY_CLAIM = '*';

/** Every term a claim is found under. */
export function claimTerms(claim: Pick<ClaimRecord, 'text' | 'entityIds' | 'quantities'>): string[] {
  return [
    EVERY_CLAIM,
    ...indexWords(claim.text),
    ...filterTerms('e', claim.entityIds ?? []),
    ...filterTerms('q', (claim.quantities ?? []).map((q) => q.kind)),
  ];
}

type StoredClaim = ClaimRecord & { wordGroup?: string };

let groups = 0;
/** A group id unique across contexts and restarts: time, a counter and a random part. */
function newGroup(): string {
  groups = (groups + 1) % 1_000_000;
  return `${Date.now().toString(36)}.${groups.toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
}

/** Ids each (term, group) row gains or loses. */
class RowChanges {
  readonly added = new Map<string, string[]>();
  readonly removed = new Map<string, Set<string>>();

  add(term: string, group: string, id: string): void {
    const key = JSON.stringify([term, group]);
    const list = this.added.get(key);
    if (list) list.push(id);
    else this.added.set(key, [id]);
  }

  remove(term: string, group: string, id: string): void {
    const key = JSON.stringify([term, group]);
    const set = this.removed.get(key);
    if (set) set.add(id);
    else this.removed.set(key, new Set([id]));
  }
}

/**
 * Applies row changes: rows of a fresh group are written without reading (nothing can be in them
 * yet); rows losing ids, or of an existing group, are read, changed, and written or deleted.
 *
 * Written as promise chains, not async functions: Dexie's own middlewares below this one need its
 * transaction zone, which Dexie promises carry through `then` and native `await` does not.
 */
function applyChanges(rows: DBCoreTable, trans: DBCoreTransaction, changes: RowChanges, freshGroup: string | null): Promise<void> {
  const fresh: ClaimWordsRow[] = [];
  const touched = new Set<string>(changes.removed.keys());
  for (const [key, ids] of changes.added) {
    const [term, group] = JSON.parse(key) as [string, string];
    if (group === freshGroup) fresh.push({ term, group, ids });
    else touched.add(key);
  }
  const keys = [...touched];
  const reading: Promise<(ClaimWordsRow | undefined)[]> = keys.length ? rows.getMany({ trans, keys: keys.map((k) => JSON.parse(k)) }) : Dexie.Promise.resolve([]);
  return reading.then((existing) => {
    const put: ClaimWordsRow[] = [...fresh];
    const gone: [string, string][] = [];
    keys.forEach((key, i) => {
      const [term, group] = JSON.parse(key) as [string, string];
      const removed = changes.removed.get(key);
      const kept = (existing[i]?.ids ?? []).filter((id) => !removed?.has(id));
      const ids = [...new Set([...kept, ...(changes.added.get(key) ?? [])])];
      if (ids.length) put.push({ term, group, ids });
      else if (existing[i]) gone.push([term, group]);
    });
    return writeRows(rows, trans, put, gone, 'The claim word index');
  });
}

/**
 * A bulk writer (an import) may gather the rows of the claims it adds in one transaction and
 * write them once for many requests: one group for tens of thousands of claims, each of its rows
 * written once, instead of a group per request whose rows repeat the common words.
 */
class GatheredWords {
  readonly group = newGroup();
  readonly byTerm = new Map<string, string[]>();

  add(id: string, terms: string[]): void {
    for (const term of terms) {
      const ids = this.byTerm.get(term);
      if (ids) ids.push(id);
      else this.byTerm.set(term, [id]);
    }
  }
}

const gathering = new WeakMap<DBCoreTransaction, GatheredWords>();

/**
 * From now until `write` is called, the rows of claims added or put in the current transaction
 * are gathered instead of written; each flush starts a new group. The transaction must include
 * the word table.
 */
export function gatherClaimWords(db: Dexie): Gathering {
  return gatherInTransaction(gathering, () => new GatheredWords(), (gathered) =>
    writeGathered(gathered.byTerm, (terms) => db.table(CLAIM_WORDS).bulkPut(terms.map((term) => ({ term, group: gathered.group, ids: gathered.byTerm.get(term)! })))),
  );
}

/** Writes the claims, then the rows of the words they lose and gain. */
function mutateWithWords(down: DBCore, claims: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  return replacedRecords<StoredClaim>(claims, req).then((old) => {
    const changes = new RowChanges();
    for (const claim of old) {
      if (claim.wordGroup !== undefined) for (const term of claimTerms(claim)) changes.remove(term, claim.wordGroup, claim.id);
    }
    let group: string | null = null;
    let request = req;
    if (req.type === 'add' || req.type === 'put') {
      const gathered = gathering.get(req.trans);
      const fresh = gathered?.group ?? newGroup();
      group = fresh;
      const values = req.values.map((v: StoredClaim) => ({ ...v, wordGroup: fresh }));
      if (gathered) for (const claim of values) gathered.add(claim.id, claimTerms(claim));
      else for (const claim of values) for (const term of claimTerms(claim)) changes.add(term, fresh, claim.id);
      request = { ...req, values };
    }
    return claims.mutate(request).then((response) =>
      response.numFailures ? response : applyChanges(down.table(CLAIM_WORDS), req.trans, changes, group).then(() => response),
    );
  });
}

export const claimWordsIndexing = rowsFollowing('crosslight-claim-words', 'claims', CLAIM_WORDS, mutateWithWords);

/** How many claims the store holds, from the rows of the term every claim has. */
export async function claimCount(db: Dexie): Promise<number> {
  const rows = (await db.table(CLAIM_WORDS).where('[term+group]').between([EVERY_CLAIM, Dexie.minKey], [EVERY_CLAIM, Dexie.maxKey], true, true).toArray()) as ClaimWordsRow[];
  return rows.reduce((sum, row) => sum + row.ids.length, 0);
}

/** The ids of the claims holding `term`, across every group. */
export async function claimIdsWithTerm(db: Dexie, term: string): Promise<string[]> {
  const rows = (await db.table(CLAIM_WORDS).where('[term+group]').between([term, Dexie.minKey], [term, Dexie.maxKey], true, true).toArray()) as ClaimWordsRow[];
  return rows.flatMap((row) => row.ids);
}

/** The ids of the claims holding any term that starts with `prefix`. */
export async function claimIdsWithPrefix(db: Dexie, prefix: string): Promise<string[]> {
  const rows = (await db.table(CLAIM_WORDS).where('[term+group]').between([prefix, Dexie.minKey], [`${prefix}\uffff`, Dexie.maxKey], true, true).toArray()) as ClaimWordsRow[];
  return rows.flatMap((row) => row.ids);
}
