/**
 * Upgrades that give stored entities keys the engine has learnt to make since they were stored
 * (engine/entity-keys.ts), so that what is named the new way finds what was stored before. The
 * entity key table follows the write.
 */
import type { Transaction } from 'dexie';
import { entityKeys, headFirstForm } from '../engine/entity-keys';
import { ORG_SHORT_KEY } from '../engine/name-keys';
import type { EntityRecord } from './records';

/** The names an entity was stored under, as its keys are made from them. */
function namesOf(entity: EntityRecord): string[] {
  return entity.aliases.length ? entity.aliases : [entity.name];
}

/**
 * Schema version 9 (see db.ts): stored companies get the weak keys of the short names they are
 * called by, so that a report naming "Halvorsen" alone finds the "Halvorsen Motor Co" stored before.
 */
export async function addCompanyShortNameKeys(tx: Transaction): Promise<void> {
  await tx
    .table('entities')
    .filter((entity: EntityRecord) => entity.type === 'organization')
    .modify((entity: EntityRecord) => {
      const short = entityKeys('organization', null, namesOf(entity)).filter((k) => k.startsWith(ORG_SHORT_KEY));
      entity.keys = [...new Set([...entity.keys, ...short])];
    });
}

/**
 * Schema version 14: a stored government body named with its head last or with "the" ("Defence
 * Ministry", "Department of the Treasury") gets the key of its head-first form, so that a report
 * naming it the other way ("Ministry of Defence", "Treasury Department") finds it.
 */
export async function addBodyFormKeys(tx: Transaction): Promise<void> {
  await tx
    .table('entities')
    .filter((entity: EntityRecord) => entity.type === 'organization' && namesOf(entity).some((name) => headFirstForm(name) !== null))
    .modify((entity: EntityRecord) => {
      entity.keys = [...new Set([...entity.keys, ...entityKeys('organization', null, namesOf(entity))])];
    });
}
