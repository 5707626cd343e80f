/**
 * The reader's corrections to entities: rename, merge two that are one, split an alias off, and
 * "not an entity". Each runs in one read-write transaction, carries mentions and claims along,
 * and evaluates the matches of every affected claim again (see rematch.ts).
 */
import { entityIdFor, entityTypeOfId } from '../engine/entity-resolution';
import { entityKeys } from '../engine/entity-keys';
import { foldName } from '../engine/name-keys';
import type { EntityType } from '../engine/types';
import type { EntityBlockView, EntityEditView, EntityListItem, Page } from '../messages';
import type { CrosslightDb } from './db';
import { DexieClaimStore } from './dexie-store';
import { blockingKeys } from './entity-blocklist';
import type { ClaimRecord, EntityRecord, MentionRecord, SourceRecord } from './records';
import { rekeyAndRematch, type RematchResult } from './rematch';
import { uniqueIds } from './unique';
import { claimsWithEntity, idsWithWords, type PageRequest } from './search';

export function toEntityListItem(entity: EntityRecord): EntityListItem {
  const { id, name, type, aliases, mentionCount } = entity;
  return { id, name, type, aliases, mentionCount };
}

export interface EntityQuery {
  query: string;
  entityType?: EntityType;
  sort: 'mentions' | 'name';
}

const byName = (x: EntityRecord, y: EntityRecord) => x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1);
const byMentions = (x: EntityRecord, y: EntityRecord) => y.mentionCount - x.mentionCount || byName(x, y);

export async function listEntities(db: CrosslightDb, q: EntityQuery, page: PageRequest): Promise<Page<EntityListItem>> {
  const ofType = (e: EntityRecord) => q.entityType === undefined || e.type === q.entityType;
  const ids = await idsWithWords(db.entities, 'words', q.query);
  if (ids) {
    // Ids carry the type, so the type filter needs no record.
    const wanted = [...ids].filter((id) => q.entityType === undefined || entityTypeOfId(id) === q.entityType);
    const found = (await db.entities.bulkGet(wanted)).filter((e): e is EntityRecord => e !== undefined);
    found.sort(q.sort === 'mentions' ? byMentions : byName);
    return { items: found.slice(page.offset, page.offset + page.limit).map(toEntityListItem), total: found.length, offset: page.offset };
  }
  const ordered = q.sort === 'mentions' ? db.entities.orderBy('mentionCount').reverse() : db.entities.orderBy('name');
  const filtered = q.entityType === undefined ? ordered : ordered.filter(ofType);
  const [total, items] = await Promise.all([filtered.clone().count(), filtered.clone().offset(page.offset).limit(page.limit).toArray()]);
  return { items: items.map(toEntityListItem), total, offset: page.offset };
}

function allTables(db: CrosslightDb) {
  return [db.sources, db.claims, db.entities, db.mentions, db.matches, db.blockedKeys];
}

async function requireEntity(db: CrosslightDb, id: string): Promise<EntityRecord> {
  const entity = await db.entities.get(id);
  if (!entity) throw new Error(`This entity is no longer in the store (${id}).`);
  return entity;
}

function view(entity: EntityRecord | undefined, result: RematchResult, created?: EntityRecord): EntityEditView {
  return { entity: entity ? toEntityListItem(entity) : null, ...(created ? { created: toEntityListItem(created) } : {}), ...result };
}

export async function renameEntity(db: CrosslightDb, id: string, name: string): Promise<EntityEditView> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A name cannot be empty.');
  return db.transaction('rw', db.entities, async () => {
    const entity = await requireEntity(db, id);
    const renamed = { ...entity, name: trimmed, aliases: uniqueIds([...entity.aliases, trimmed]) };
    await db.entities.put(renamed);
    return view(renamed, { claimsUpdated: 0, matchesAdded: 0, matchesRemoved: 0 });
  });
}

/**
 * Claims that name `id`, with `replace` applied to their entity ids, plus the claims whose
 * article's principal actors change (their candidate keys depend on them).
 */
async function claimsNaming(db: CrosslightDb, id: string, replace: (ids: string[]) => string[], sources: SourceRecord[]): Promise<ClaimRecord[]> {
  const naming = await claimsWithEntity(db, id);
  const changed = new Map(naming.map((c) => [c.id, { ...c, entityIds: uniqueIds(replace(c.entityIds)) }]));
  const leadChanged = sources.filter((s) => s.leadEntityIds?.includes(id)).map((s) => s.id);
  for (const sourceId of leadChanged) {
    for (const claim of await db.claims.where('sourceId').equals(sourceId).toArray()) if (!changed.has(claim.id)) changed.set(claim.id, claim);
  }
  return [...changed.values()];
}

/** The sources that mention `id`, with `replace` applied to their principal actors. */
async function sourcesMentioning(db: CrosslightDb, mentions: MentionRecord[], id: string, replace: (ids: string[]) => string[]) {
  const sources = (await db.sources.bulkGet(uniqueIds(mentions.map((m) => m.sourceId)))).filter((s): s is SourceRecord => s !== undefined);
  const updated = sources.filter((s) => s.leadEntityIds?.includes(id)).map((s) => ({ ...s, leadEntityIds: uniqueIds(replace(s.leadEntityIds ?? [])) }));
  await db.sources.bulkPut(updated);
  return sources;
}

/** `otherId` becomes part of `entityId`: mentions, claims, aliases and keys move over, matches are evaluated again. */
export async function mergeEntities(db: CrosslightDb, entityId: string, otherId: string): Promise<EntityEditView> {
  if (entityId === otherId) throw new Error('An entity cannot be merged with itself.');
  return db.transaction('rw', allTables(db), async () => {
    const [target, other] = await Promise.all([requireEntity(db, entityId), requireEntity(db, otherId)]);
    const replace = (ids: string[]) => ids.map((id) => (id === otherId ? entityId : id));
    const mentions = await db.mentions.where('entityId').equals(otherId).toArray();
    await db.mentions.bulkPut(mentions.map((m) => ({ ...m, entityId })));
    const sources = await sourcesMentioning(db, mentions, otherId, replace);
    const claims = await claimsNaming(db, otherId, replace, sources);
    await db.entities.delete(otherId);
    await db.entities.put({
      ...target,
      aliases: uniqueIds([...target.aliases, ...other.aliases]),
      keys: uniqueIds([...target.keys, ...other.keys]),
    });
    const result = await rekeyAndRematch(db, claims);
    await new DexieClaimStore(db).recountEntities(new Set([entityId]));
    return view(await db.entities.get(entityId), result);
  });
}

/** Whether a mention is written as `alias` (case, accents and punctuation ignored). */
const writtenAs = (mention: MentionRecord, alias: string) => foldName(mention.selector.exact) === foldName(alias);

/** The mentions written as `alias` become an entity of their own (or join the one that already has that name). */
export async function splitAlias(db: CrosslightDb, entityId: string, alias: string): Promise<EntityEditView> {
  return db.transaction('rw', allTables(db), async () => {
    const entity = await requireEntity(db, entityId);
    const remaining = entity.aliases.filter((a) => foldName(a) !== foldName(alias));
    if (remaining.length === entity.aliases.length) throw new Error(`"${alias}" is not an alias of ${entity.name}.`);
    if (!remaining.length) throw new Error(`"${alias}" is the only name of ${entity.name}: there is nothing to split it from.`);
    const splitKeys = entityKeys(entity.type, null, [alias]);
    const keptKeys = entity.keys.filter((k) => !splitKeys.includes(k));
    let newId = entityIdFor(entity.type, splitKeys[0] ?? foldName(alias));
    // The entity may carry the id its first name gave it: the split-off part then needs another.
    if (newId === entityId) newId = entityIdFor(entity.type, `${splitKeys[0] ?? foldName(alias)}|split`);
    const existing = await db.entities.get(newId);
    const created: EntityRecord = {
      id: newId,
      name: existing?.name ?? alias,
      type: entity.type,
      aliases: uniqueIds([...(existing?.aliases ?? []), ...entity.aliases.filter((a) => !remaining.includes(a))]),
      keys: uniqueIds([...(existing?.keys ?? []), ...splitKeys]),
      mentionCount: 0,
    };
    const name = remaining.includes(entity.name) ? entity.name : remaining[0]!;
    await db.entities.bulkPut([created, { ...entity, name, aliases: remaining, keys: keptKeys.length ? keptKeys : entityKeys(entity.type, null, remaining) }]);

    const mentions = await db.mentions.where('entityId').equals(entityId).toArray();
    const moved = mentions.filter((m) => writtenAs(m, alias));
    await db.mentions.bulkPut(moved.map((m) => ({ ...m, entityId: newId })));
    const stays = mentions.filter((m) => !writtenAs(m, alias));
    const claims = await reassignByPosition(db, entityId, newId, moved, stays);
    const result = await rekeyAndRematch(db, claims);
    await new DexieClaimStore(db).recountEntities(new Set([entityId, newId]));
    const [after, split] = await db.entities.bulkGet([entityId, newId]);
    return view(after, result, split);
  });
}

const within = (claim: ClaimRecord) => (m: MentionRecord) =>
  m.sourceId === claim.sourceId && m.position.start >= claim.position.start && m.position.end <= claim.position.end;

/** Claims naming `fromId` name `fromId` and/or `toId` after a split, by which mentions lie inside them. */
async function reassignByPosition(db: CrosslightDb, fromId: string, toId: string, moved: MentionRecord[], stays: MentionRecord[]): Promise<ClaimRecord[]> {
  const claims = await claimsWithEntity(db, fromId);
  return claims.flatMap((claim) => {
    const hasMoved = moved.some(within(claim));
    if (!hasMoved) return [];
    const keeps = stays.some(within(claim));
    const entityIds = claim.entityIds.flatMap((id) => (id !== fromId ? [id] : keeps ? [fromId, toId] : [toId]));
    return [{ ...claim, entityIds: uniqueIds(entityIds) }];
  });
}

/** "Not an entity": removed with its mentions, its keys blocked so that analysing pages again does not bring it back. */
export async function blockEntity(db: CrosslightDb, entityId: string, now = Date.now()): Promise<EntityBlockView> {
  return db.transaction('rw', allTables(db), async () => {
    const entity = await requireEntity(db, entityId);
    const keys = blockingKeys(entity);
    await db.blockedKeys.bulkPut(keys.map((key) => ({ key, name: entity.name, blockedAt: now })));
    const drop = (ids: string[]) => ids.filter((id) => id !== entityId);
    const mentions = await db.mentions.where('entityId').equals(entityId).toArray();
    await db.mentions.bulkDelete(mentions.map((m) => m.id));
    const sources = await sourcesMentioning(db, mentions, entityId, drop);
    const claims = await claimsNaming(db, entityId, drop, sources);
    await db.entities.delete(entityId);
    const result = await rekeyAndRematch(db, claims);
    return { ...view(undefined, result), mentionsRemoved: mentions.length, blockedKeys: keys };
  });
}

export async function blockedKeys(db: CrosslightDb): Promise<string[]> {
  return db.blockedKeys.toCollection().primaryKeys();
}

/** The key may name entities again; they come back as pages are analysed again. */
export async function unblockKey(db: CrosslightDb, key: string): Promise<boolean> {
  return db.transaction('rw', db.blockedKeys, async () => {
    if (!(await db.blockedKeys.get(key))) return false;
    await db.blockedKeys.delete(key);
    return true;
  });
}
