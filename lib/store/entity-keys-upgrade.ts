/**
 * Schema version 9 (see db.ts): stored companies get the weak keys of the short names they are
 * called by (engine/entity-keys.ts), so that a report naming "Halvorsen" alone finds the
 * "Halvorsen Motor Co" stored before. The entity key table follows the write.
 */
import type { Transaction } from 'dexie';
import { entityKeys } from '../engine/entity-keys';
import { ORG_SHORT_KEY } from '../engine/name-keys';
import type { EntityRecord } from './records';

export async function addCompanyShortNameKeys(tx: Transaction): Promise<void> {
  await tx
    .table('entities')
    .filter((entity: EntityRecord) => entity.type === 'organization')
    .modify((entity: EntityRecord) => {
      const names = entity.aliases.length ? entity.aliases : [entity.name];
      const short = entityKeys('organization', null, names).filter((k) => k.startsWith(ORG_SHORT_KEY));
      entity.keys = [...new Set([...entity.keys, ...short])];
    });
}
