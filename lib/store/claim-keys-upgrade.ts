/**
 * Schema versions 3, 7, 8, 10, 11, 12 and 13 (see db.ts): every stored claim gets its candidate keys again, in the
 * format matching now looks up (engine/candidate-keys.ts). Keys of the earlier format would never be
 * found, and the claims holding them would silently drop out of every comparison.
 */
import type { Transaction } from 'dexie';
import { candidateKeys } from '../engine/candidate-keys';
import type { ClaimRecord, SourceRecord } from './records';

export async function rekeyStoredClaims(tx: Transaction): Promise<void> {
  const sourceOf = new Map<string, Pick<SourceRecord, 'leadEntityIds' | 'topic'>>();
  await tx.table('sources').each((source: SourceRecord) => {
    sourceOf.set(source.id, { leadEntityIds: source.leadEntityIds, topic: source.topic });
  });
  await tx.table('claims').toCollection().modify((claim: ClaimRecord) => {
    const source = sourceOf.get(claim.sourceId);
    claim.keys = candidateKeys({ ...claim, contextEntityIds: source?.leadEntityIds ?? [], topic: source?.topic });
  });
}
