/**
 * After the reader edits entities, the claims that name them are keyed and matched again with the
 * engine's own `candidateKeys` and `matchClaim` (through ingest's `findMatches`), so a merge finds
 * the agreements and conflicts the split names hid, and a split or a block drops the ones that
 * rested on a wrong identity. Runs inside the caller's read-write transaction.
 */
import { candidateKeys } from '../engine/matching';
import type { CrosslightDb } from './db';
import { DexieClaimStore } from './dexie-store';
import { findMatches } from './ingest';
import type { ClaimRecord, MatchRecord } from './records';
import { uniqueIds } from './unique';

export interface RematchResult {
  claimsUpdated: number;
  matchesAdded: number;
  matchesRemoved: number;
}


/**
 * Writes `claims` (whose entities changed) with fresh candidate keys and replaces every match
 * they take part in by what the matcher finds now. Conflict counts of every source whose matches
 * changed are recounted.
 */
export async function rekeyAndRematch(db: CrosslightDb, claims: ClaimRecord[]): Promise<RematchResult> {
  if (!claims.length) return { claimsUpdated: 0, matchesAdded: 0, matchesRemoved: 0 };
  const store = new DexieClaimStore(db);
  const sources = await store.getSources(uniqueIds(claims.map((c) => c.sourceId)));
  const sourceOf = new Map(sources.map((s) => [s.id, s]));
  const rekeyed = claims.map((claim) => ({
    ...claim,
    keys: candidateKeys({ ...claim, contextEntityIds: sourceOf.get(claim.sourceId)?.leadEntityIds ?? [], topic: sourceOf.get(claim.sourceId)?.topic }),
  }));
  await db.claims.bulkPut(rekeyed);

  const old = await store.matchesOfClaims(rekeyed.map((c) => c.id));
  await db.matches.bulkDelete(old.map((m) => m.id));
  const found = new Map<string, MatchRecord>();
  for (const source of sources) {
    const own = rekeyed.filter((c) => c.sourceId === source.id);
    const matches = await findMatches(store, source.id, own, source, new Set(source.duplicateOf));
    for (const match of matches) found.set(match.id, match);
  }
  await db.matches.bulkPut([...found.values()]);

  const oldIds = new Set(old.map((m) => m.id));
  const touched = new Set<string>();
  for (const m of [...old, ...found.values()]) touched.add(m.sourceA).add(m.sourceB);
  await store.recountSources(touched);
  return {
    claimsUpdated: rekeyed.length,
    matchesAdded: [...found.keys()].filter((id) => !oldIds.has(id)).length,
    matchesRemoved: [...oldIds].filter((id) => !found.has(id)).length,
  };
}
