/**
 * Joins the entities found in one document with the entities already in the store, so that each
 * real-world thing has one id across all sources.
 *
 * Ids carry the entity type in their first letter ("p." person, "l." place, "o." organisation):
 * the matcher weighs a shared person more than a shared country without loading entity records.
 */
import { hashString } from './hash';
import type { EntityType, LocalEntity } from './types';
import type { EntityRecord } from '../store/records';

const TYPE_PREFIX: Record<EntityType, string> = { person: 'p', place: 'l', organization: 'o' };
const PREFIX_TYPE = new Map(Object.entries(TYPE_PREFIX).map(([type, prefix]) => [prefix, type as EntityType]));

/**
 * Weak key of a person, their surname: found with a lookup like any key, but a join through it is
 * allowed only when exactly one person carries it.
 */
const SURNAME = 'surname:';

export function entityIdFor(type: EntityType, key: string): string {
  return `${TYPE_PREFIX[type]}.${hashString(`${type}|${key}`)}`;
}

export function entityTypeOfId(id: string): EntityType | undefined {
  return PREFIX_TYPE.get(id.slice(0, id.indexOf('.')));
}

export interface ResolvedEntities {
  /** Global id for each local entity, by its index. */
  ids: string[];
  /** Every record this document mentions, new or updated with the document's aliases and keys. */
  records: EntityRecord[];
}

function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
}

function surnameOf(name: string): string | undefined {
  const tokens = nameTokens(name);
  return tokens.length >= 2 ? tokens[tokens.length - 1] : undefined;
}

function isSurnameOnly(entity: { type: EntityType; name: string }): boolean {
  return entity.type === 'person' && nameTokens(entity.name).length === 1;
}

/** The keys a record of this entity is stored under: its own plus, for a full name, the surname. */
export function storedKeys(entity: { type: EntityType; name: string; keys: string[] }): string[] {
  const keys = new Set(entity.keys);
  const surname = entity.type === 'person' ? surnameOf(entity.name) : undefined;
  if (surname) keys.add(SURNAME + surname);
  return [...keys];
}

/** Every key to look up in the store before resolving these entities. */
export function lookupKeys(entities: LocalEntity[]): string[] {
  const keys = new Set<string>();
  for (const entity of entities) {
    for (const key of storedKeys(entity)) keys.add(key);
    const tokens = nameTokens(entity.name);
    // A surname alone is looked up among full names; a full name among surnames stored alone.
    if (isSurnameOnly(entity) && tokens[0]) keys.add(SURNAME + tokens[0]);
    const surname = entity.type === 'person' ? surnameOf(entity.name) : undefined;
    if (surname) keys.add(surname);
  }
  return [...keys];
}

function typesJoin(a: EntityType, b: EntityType): boolean {
  // Countries and cities act as organisations in news ("Russia agreed"), so the two may join;
  // a person never joins anything else.
  return a === b || (a !== 'person' && b !== 'person');
}

function strongKeys(keys: string[]): string[] {
  return keys.filter((k) => !k.startsWith(SURNAME));
}

/** The stored entity this local one is, or undefined for a new or ambiguous one. */
function findExisting(entity: LocalEntity, stored: EntityRecord[]): EntityRecord | undefined {
  const own = new Set(strongKeys(entity.keys));
  let best: EntityRecord | undefined;
  let bestShared = 0;
  for (const record of stored) {
    if (!typesJoin(entity.type, record.type)) continue;
    const shared = strongKeys(record.keys).filter((k) => own.has(k)).length;
    // Ties go to the entity more sources mention, then to the smaller id, so the choice is stable.
    if (
      shared > bestShared ||
      (shared === bestShared && shared > 0 && best && (record.mentionCount > best.mentionCount || (record.mentionCount === best.mentionCount && record.id < best.id)))
    ) {
      best = record;
      bestShared = shared;
    }
  }
  if (best) return best;
  if (entity.type !== 'person') return undefined;
  const tokens = nameTokens(entity.name);
  if (isSurnameOnly(entity)) {
    const fullNames = stored.filter((r) => r.type === 'person' && r.keys.includes(SURNAME + tokens[0]));
    return fullNames.length === 1 ? fullNames[0] : undefined;
  }
  const surname = surnameOf(entity.name);
  if (!surname) return undefined;
  // A full name takes over a surname stored alone only if no other full name has that surname.
  const alone = stored.filter((r) => r.type === 'person' && isSurnameOnly(r) && r.keys.includes(surname));
  const rivals = stored.filter((r) => r.type === 'person' && r.keys.includes(SURNAME + surname));
  return alone.length === 1 && rivals.length === 0 ? alone[0] : undefined;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Resolves a document's entities against `stored` (the store's entities found by
 * `lookupKeys`). Mention counts are left to the store, which recounts them from mentions.
 */
export function resolveEntities(local: LocalEntity[], stored: EntityRecord[]): ResolvedEntities {
  const byId = new Map<string, EntityRecord>();
  const pool = [...stored];
  const ids = local.map((entity) => {
    const existing = findExisting(entity, pool);
    const base = existing ? (byId.get(existing.id) ?? existing) : undefined;
    // A full name is the better display name than the surname it joins.
    const name = base && !(isSurnameOnly(base) && !isSurnameOnly(entity)) ? base.name : entity.name;
    const id = base?.id ?? entityIdFor(entity.type, entity.keys[0] ?? entity.name.toLowerCase());
    const record: EntityRecord = {
      id,
      name,
      type: base?.type ?? entity.type,
      aliases: union(base?.aliases ?? [], entity.aliases.length ? entity.aliases : [entity.name]),
      keys: union(base?.keys ?? [], storedKeys({ ...entity, name })),
      mentionCount: base?.mentionCount ?? 0,
    };
    byId.set(id, record);
    // Later entities of the same document can join this one as if it were stored already.
    const at = pool.findIndex((r) => r.id === id);
    if (at >= 0) pool[at] = record;
    else pool.push(record);
    return id;
  });
  return { ids, records: [...byId.values()] };
}
