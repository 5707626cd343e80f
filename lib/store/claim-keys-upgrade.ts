/**
 * Schema versions 3, 7, 8, 10, 11, 12 and 13 (see db.ts): every stored claim gets its candidate keys again, in the
 * format matching now looks up (engine/candidate-keys.ts). Keys of the earlier format would never be
 * found, and the claims holding them would silently drop out of every comparison.
 *
 * Only the claims whose keys change are written back: a new version changes the keys of a few
 * kinds of figure, and each claim written costs its word and postings rows as well, so rewriting
 * all of them kept a large store closed for minutes after an update.
 */
import type { Transaction } from 'dexie';
import { candidateKeys } from '../engine/candidate-keys';
import { eachClaimChunk } from './claim-chunks';
import type { ClaimRecord, SourceRecord } from './records';

export async function rekeyStoredClaims(tx: Transaction): Promise<void> {
  const sourceOf = new Map<string, Pick<SourceRecord, 'leadEntityIds' | 'topic'>>();
  await tx.table('sources').each((source: SourceRecord) => {
    sourceOf.set(source.id, { leadEntityIds: source.leadEntityIds, topic: source.topic });
  });
  await eachClaimChunk(tx, async (chunk) => {
    const changed: ClaimRecord[] = [];
    for (const claim of chunk) {
      const source = sourceOf.get(claim.sourceId);
      const keys = candidateKeys({ ...claim, contextEntityIds: source?.leadEntityIds ?? [], topic: source?.topic });
      if (!sameKeys(keys, claim.keys)) changed.push({ ...claim, keys });
    }
    if (changed.length) await tx.table('claims').bulkPut(changed);
  });
}

function sameKeys(now: string[], stored: string[]): boolean {
  return now.length === stored.length && now.every((key, i) => key === stored[i]);
}
