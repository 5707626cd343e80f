/**
 * Joins the entities found in one document with the entities already in the store, so that each
 * real-world thing has one id across all sources.
 *
 * Keys come from the analysis (see LocalEntity.keys) and are prefixed by type, so only entities of
 * one type can share a key. A person's `surname:` key is weak: a surname alone ("Tillerson")
 * joins the one full name with that surname, and nothing when several people share it. A place's
 * `place~` consonant skeleton is weak too: short skeletons are shared by different places ("Bern"
 * and "Brno", "Turin" and "Tirana" are all "brn" or "trn"), so it joins two places only when
 * their spellings are also nearly the same ("Souweida" and "As-Suwayda", one letter apart once
 * transliterated). A person's `person~` consonant skeleton is as weak: it joins two full names only
 * when their given names are the same and their surnames one letter apart ("Dana Whitcomb" and
 * "Dana Whitcombe").
 *
 * Ids carry the entity type in their first letter ("p." person, "l." place, "o." organisation):
 * the matcher weighs a shared person more than a shared country without loading entity records.
 */
import { placeKey, shortNamesOf } from './entity-keys';
import { countryCanonicalNames, placesWithCountries } from './gazetteer';
import { hashString } from './hash';
import { foldName, foldTransliteration, ORG_SHORT_KEY, PERSON_SKELETON_KEY, PLACE_SKELETON_KEY, SURNAME_KEY, VARIANT_SURNAME_LETTERS } from './name-keys';
import type { EntityType, LocalEntity } from './types';
import type { EntityRecord } from '../store/records';

const TYPE_PREFIX: Record<EntityType, string> = { person: 'p', place: 'l', organization: 'o' };
const PREFIX_TYPE = new Map(Object.entries(TYPE_PREFIX).map(([type, prefix]) => [prefix, type as EntityType]));
/** Letters two transliterated spellings of one place may differ by, per letter of the longer. */
const SPELLING_DISTANCE = 1 / 5;

export function entityIdFor(type: EntityType, key: string): string {
  return `${TYPE_PREFIX[type]}.${hashString(`${type}|${key}`)}`;
}

export function entityTypeOfId(id: string): EntityType | undefined {
  return PREFIX_TYPE.get(id.slice(0, id.indexOf('.')));
}

let countryIds: ReadonlySet<string> | undefined;

/** Whether an id is a country's, as a country's gazetteer name makes it (see `entityKeys`). */
export function isCountryId(id: string): boolean {
  countryIds ??= new Set([...countryCanonicalNames()].map((name) => entityIdFor('place', placeKey(name))));
  return countryIds.has(id);
}

let placeCountryIds: ReadonlyMap<string, string> | undefined;

/** The id of the country a capital or a region lies in, as the place's and the country's names make them. */
export function countryIdOfPlace(id: string): string | undefined {
  placeCountryIds ??= new Map([...placesWithCountries()].map(([place, country]) => [entityIdFor('place', placeKey(place)), entityIdFor('place', placeKey(country))]));
  return placeCountryIds.get(id);
}

export interface ResolvedEntities {
  /** Global id for each local entity, by its index. */
  ids: string[];
  /** Every record this document mentions, new or updated with the document's aliases and keys. */
  records: EntityRecord[];
}

type Keyed = Pick<EntityRecord, 'type' | 'keys'>;

const isWeakKey = (k: string) => k.startsWith(SURNAME_KEY) || k.startsWith(PLACE_SKELETON_KEY) || k.startsWith(PERSON_SKELETON_KEY) || k.startsWith(ORG_SHORT_KEY);
const strongKeys = (e: Keyed) => e.keys.filter((k) => !isWeakKey(k));
const surnameKeys = (e: Keyed) => e.keys.filter((k) => k.startsWith(SURNAME_KEY));
const isSurnameOnly = (e: Keyed) => e.type === 'person' && strongKeys(e).length === 0 && surnameKeys(e).length > 0;
const sharesSurname = (a: Keyed, b: Keyed) => surnameKeys(a).some((k) => b.keys.includes(k));

/** Every key to look up in the store before resolving these entities. */
export function lookupKeys(entities: LocalEntity[]): string[] {
  return [...new Set(entities.flatMap((e) => e.keys))];
}

/** The stored entity that has the most strong keys in common; ties go to the more mentioned, then the smaller id. */
function byStrongKeys(entity: LocalEntity, stored: EntityRecord[]): EntityRecord | undefined {
  const own = new Set(strongKeys(entity));
  let best: EntityRecord | undefined;
  let bestShared = 0;
  for (const record of stored) {
    if (record.type !== entity.type) continue;
    const shared = strongKeys(record).filter((k) => own.has(k)).length;
    if (shared === 0) continue;
    const better =
      shared > bestShared ||
      (shared === bestShared && best !== undefined && (record.mentionCount > best.mentionCount || (record.mentionCount === best.mentionCount && record.id < best.id)));
    if (better) {
      best = record;
      bestShared = shared;
    }
  }
  return best;
}

/** Edit distance, for short names only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

function nearlySameSpelling(a: string, b: string): boolean {
  const [x, y] = [foldTransliteration(a), foldTransliteration(b)];
  return distance(x, y) <= Math.max(1, Math.floor(Math.max(x.length, y.length) * SPELLING_DISTANCE));
}

/** The one stored place with the same consonant skeleton and a nearly identical spelling. */
function bySkeleton(entity: LocalEntity, stored: EntityRecord[]): EntityRecord | undefined {
  const skeletons = entity.keys.filter((k) => k.startsWith(PLACE_SKELETON_KEY));
  if (entity.type !== 'place' || !skeletons.length) return undefined;
  const names = entity.aliases.length ? entity.aliases : [entity.name];
  const found = stored.filter(
    (r) => r.type === 'place' && r.keys.some((k) => skeletons.includes(k)) && r.aliases.some((alias) => names.some((name) => nearlySameSpelling(alias, name))),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether two full names are one person's spelt two ways: the same given names, and surnames one
 * letter apart that are long enough for the letter to be a slip ("Dana Whitcomb", "Dana
 * Whitcombe"); "Dana Lee" and "Dana Lea", or "Dana Whitcomb" and "Anna Whitcombe", are two people.
 * Or the same surname, and a first name romanised with other vowels ("Mohammed bin Salman",
 * "Mohammad bin Salman"; see `vowelledOtherwise`).
 */
function spellingVariant(a: string, b: string): boolean {
  const [x, y] = [foldTransliteration(a).split(' '), foldTransliteration(b).split(' ')];
  if (x.length < 2 || x.length !== y.length) return false;
  if (x.slice(1).join(' ') === y.slice(1).join(' ')) return vowelledOtherwise(x[0]!, y[0]!);
  if (x.slice(0, -1).join(' ') !== y.slice(0, -1).join(' ')) return false;
  const [p, q] = [x[x.length - 1]!, y[y.length - 1]!];
  return Math.min(p.length, q.length) >= VARIANT_SURNAME_LETTERS && distance(p, q) <= 1;
}

/** A first name must be this long for its vowels to be a romanisation's rather than another name's ("Jon", "Jan"). */
const VARIANT_GIVEN_LETTERS = 5;
const VOWEL = /[aeiou]/;

/**
 * Two spellings of one first name that differ only in vowels inside it: "Mohammed" and "Mohammad",
 * "Ahmed" and "Ahmad", "Hussein" and "Husain" (as folded). Not in its last letter, which tells
 * "Maria" from "Mario", nor in its length ("Michael", "Michel").
 */
function vowelledOtherwise(p: string, q: string): boolean {
  if (p === q || p.length !== q.length || p.length < VARIANT_GIVEN_LETTERS || p[p.length - 1] !== q[q.length - 1] || p[0] !== q[0]) return false;
  for (let i = 1; i < p.length - 1; i++) if (p[i] !== q[i] && !(VOWEL.test(p[i]!) && VOWEL.test(q[i]!))) return false;
  return true;
}

/** Whether a name of `entity` is a name of `record` spelt one letter otherwise. */
function spelledOtherwise(entity: LocalEntity, record: EntityRecord): boolean {
  const names = entity.aliases.length ? entity.aliases : [entity.name];
  return record.aliases.some((alias) => names.some((name) => spellingVariant(alias, name)));
}

/** The one stored full name this full name is a spelling variant of. */
function bySpellingVariant(entity: LocalEntity, stored: EntityRecord[]): EntityRecord | undefined {
  const skeletons = entity.keys.filter((k) => k.startsWith(PERSON_SKELETON_KEY));
  if (!skeletons.length) return undefined;
  const found = stored.filter((r) => r.type === 'person' && r.keys.some((k) => skeletons.includes(k)) && spelledOtherwise(entity, r));
  return found.length === 1 ? found[0] : undefined;
}

const INITIAL = /^\p{L}$/u;

/**
 * Whether one full name is the other with given names left out: "Tayyip Erdogan" and "Recep
 * Tayyip Erdoğan", "Donald Trump" and "Donald J. Trump". A name written with an initial is not
 * the same name with more initials: "George W. Bush" is not "George H. W. Bush".
 */
function shortenedName(a: string, b: string): boolean {
  const [x, y] = [foldTransliteration(a).split(' '), foldTransliteration(b).split(' ')];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 || short.length === long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  const shortHasInitial = short.some((w) => INITIAL.test(w));
  let at = 0;
  for (const word of long) {
    if (word === short[at]) at++;
    else if (shortHasInitial && INITIAL.test(word)) return false;
  }
  return at === short.length;
}

/** Whether every name of `short` is a short name of one of `full`'s: "Halvorsen" of "Halvorsen Motor Co". */
function shortNameOf(short: Pick<EntityRecord, 'name' | 'aliases'>, full: Pick<EntityRecord, 'name' | 'aliases'>): boolean {
  const fold = (names: string[]) => names.map((n) => foldName(n));
  const longer = new Set(fold(namesOf(full).flatMap(shortNamesOf)));
  return fold(namesOf(short)).every((n) => longer.has(n));
}

const namesOf = (e: Pick<EntityRecord, 'name' | 'aliases'>): string[] => (e.aliases.length ? e.aliases : [e.name]);

/**
 * The one stored company a company of this document is by its short name: "Halvorsen" in a report
 * that names no more of it joins the stored "Halvorsen Motor Co", and "Halvorsen Motor Co" the
 * "Halvorsen" stored alone; not when two stored companies are so called ("Brightwater Energy",
 * "Brightwater Capital").
 */
function byShortName(entity: LocalEntity, stored: EntityRecord[]): EntityRecord | undefined {
  const shortKeys = entity.keys.filter((k) => k.startsWith(ORG_SHORT_KEY));
  const sharing = stored.filter((r) => r.type === 'organization' && r.keys.some((k) => shortKeys.includes(k)));
  const found = sharing.filter((r) => shortNameOf(entity, r) || shortNameOf(r, entity));
  return found.length === 1 ? found[0] : undefined;
}

/** The stored entity this local one is, or undefined for a new or ambiguous one. */
function findExisting(entity: LocalEntity, stored: EntityRecord[]): EntityRecord | undefined {
  const strong = byStrongKeys(entity, stored);
  if (strong) return strong;
  if (entity.type === 'place') return bySkeleton(entity, stored);
  if (entity.type === 'organization') return byShortName(entity, stored);
  if (entity.type !== 'person') return undefined;
  const namesakes = stored.filter((r) => r.type === 'person' && sharesSurname(entity, r));
  const fullNames = namesakes.filter((r) => !isSurnameOnly(r));
  const surnamesAlone = namesakes.filter(isSurnameOnly);
  if (isSurnameOnly(entity)) {
    if (fullNames.length === 1) return fullNames[0];
    // Ambiguous or unknown: the surname stays an entity of its own, shared by every source that
    // names only the surname.
    return surnamesAlone.length === 1 ? surnamesAlone[0] : undefined;
  }
  const names = entity.aliases.length ? entity.aliases : [entity.name];
  const shortened = fullNames.filter((r) => r.aliases.some((alias) => names.some((name) => shortenedName(alias, name))));
  if (shortened.length === 1) return shortened[0];
  const variant = bySpellingVariant(entity, stored);
  if (variant) return variant;
  // A full name takes over a surname stored alone, unless another full name could own it too.
  return surnamesAlone.length === 1 && fullNames.length === 0 ? surnamesAlone[0] : undefined;
}

/** Whether `entity` joined `record` only as a spelling of its name one letter otherwise, with no surer key in common. */
function joinedBySpelling(entity: LocalEntity, record: EntityRecord): boolean {
  return entity.type === 'person' && !isSurnameOnly(entity) && !strongKeys(entity).some((k) => record.keys.includes(k)) && spelledOtherwise(entity, record);
}

export interface GuessedJoin {
  index: number;
  id: string;
  by: 'surname' | 'short-name' | 'spelling';
}

/** Whether a company joined a stored one only by the short name one of them is called by, with no surer key in common. */
function joinedByShortName(entity: LocalEntity, record: EntityRecord): boolean {
  return entity.type === 'organization' && !strongKeys(entity).some((k) => record.keys.includes(k));
}

/**
 * The document's entities that `resolveEntities` joined to a stored person or company on a guess,
 * by index, with the id joined: by their surname alone ("Bassi" to "Justin Bassi"), by a company's
 * short name ("Halvorsen" to "Halvorsen Motor Co"), or by a full name spelt one letter otherwise
 * ("Dana Whitcombe" to "Dana Whitcomb"; "Michael Johnston" is not always "Michael Johnson"). A
 * caller that can read which entities the stored one was seen with may undo such a join.
 */
export function guessedJoins(local: LocalEntity[], ids: readonly string[], stored: EntityRecord[]): GuessedJoin[] {
  const byId = new Map(stored.map((record) => [record.id, record]));
  return local.flatMap((entity, index): GuessedJoin[] => {
    const record = byId.get(ids[index] ?? '');
    if (!record) return [];
    if (isSurnameOnly(entity) && !isSurnameOnly(record)) return [{ index, id: record.id, by: 'surname' }];
    if (joinedByShortName(entity, record)) return [{ index, id: record.id, by: 'short-name' }];
    return joinedBySpelling(entity, record) ? [{ index, id: record.id, by: 'spelling' }] : [];
  });
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Resolves a document's entities against `stored` (the store's entities found by `lookupKeys`).
 * Mention counts are left to the store, which recounts them from mentions.
 */
export function resolveEntities(local: LocalEntity[], stored: EntityRecord[]): ResolvedEntities {
  const current = new Map<string, EntityRecord>(stored.map((r) => [r.id, r]));
  const touched = new Map<string, EntityRecord>();
  const ids = local.map((entity) => {
    const existing = findExisting(entity, [...current.values()]);
    // A full name is a better display name than the surname or the company's short name it joins.
    const shortened = existing && ((isSurnameOnly(existing) && !isSurnameOnly(entity)) || (existing.type === 'organization' && shortNameOf(existing, entity)));
    const name = existing && !shortened ? existing.name : entity.name;
    const id = existing?.id ?? entityIdFor(entity.type, entity.keys[0] ?? entity.name.toLowerCase());
    const record: EntityRecord = {
      id,
      name,
      type: entity.type,
      aliases: union(existing?.aliases ?? [], entity.aliases.length ? entity.aliases : [entity.name]),
      keys: union(existing?.keys ?? [], entity.keys),
      mentionCount: existing?.mentionCount ?? 0,
    };
    // Later entities of the same document can join this one as if it were stored already.
    current.set(id, record);
    touched.set(id, record);
    return id;
  });
  return { ids, records: [...touched.values()] };
}
