/**
 * Full-text search over claims for the store manager, answered from indexes only: each query word
 * is one range of the claim word table (claim-words.ts), the word being typed one prefix range,
 * each filter one lookup, and the id sets are intersected smallest first. Only the window of
 * results shown is read in full, so the first results come as fast at 100,000 claims as at 100.
 */
import type { Table } from 'dexie';
import type { QuantityKind, Relation } from '../engine/types';
import type { ClaimListItem, Page, RelationCounts } from '../messages';
import { quantityMarks } from '../views/other-claims';
import { toSourceView } from '../views/source-view';
import { textFragmentLink } from '../views/text-fragment';
import { claimCount, claimIdsWithPrefix, claimIdsWithTerm, filterTerms } from './claim-words';
import type { CrosslightDb } from './db';
import type { ClaimRecord, MatchRecord } from './records';
import { queryWords } from './text-index';

/** What the claims are narrowed to besides the words searched for. */
export interface ClaimFilter {
  entityId?: string;
  sourceId?: string;
  quantityKind?: QuantityKind;
  /** Only claims with at least one match of this relation. */
  relation?: Relation;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/**
 * Ids of the records whose `index` holds every word of `query` (the last as a prefix), or null
 * when the query holds no word to search for.
 */
export async function idsWithWords(table: Table<unknown, string>, index: string, query: string): Promise<Set<string> | null> {
  const { exact, prefix } = queryWords(query);
  if (!exact.length && prefix === null) return null;
  const lookups = exact.map((word) => table.where(index).equals(word).primaryKeys());
  if (prefix !== null) lookups.push(table.where(index).startsWith(prefix).primaryKeys());
  return intersect((await Promise.all(lookups)).map((keys) => new Set(keys)));
}

/** Ids of the claims holding every word of `query` (the last as a prefix), or null when it holds none. */
async function claimIdsWithWords(db: CrosslightDb, query: string): Promise<Set<string> | null> {
  const { exact, prefix } = queryWords(query);
  if (!exact.length && prefix === null) return null;
  const lookups = exact.map((word) => claimIdsWithTerm(db, word));
  if (prefix !== null) lookups.push(claimIdsWithPrefix(db, prefix));
  return intersect((await Promise.all(lookups)).map((ids) => new Set(ids)));
}

/** Ids in every set; iterates the smallest. */
export function intersect(sets: Set<string>[]): Set<string> {
  if (sets.length <= 1) return sets[0] ?? new Set();
  const [smallest, ...rest] = [...sets].sort((x, y) => x.size - y.size);
  const result = new Set<string>();
  for (const id of smallest!) if (rest.every((set) => set.has(id))) result.add(id);
  return result;
}

/** The claims that name an entity, through the word table. */
export async function claimsWithEntity(db: CrosslightDb, entityId: string): Promise<ClaimRecord[]> {
  const ids = await claimIdsWithTerm(db, filterTerms('e', [entityId])[0]!);
  return (await db.claims.bulkGet(ids)).filter((c): c is ClaimRecord => c !== undefined);
}

/** The claim ids each filter allows, one index lookup per filter. */
async function filterIds(db: CrosslightDb, filter: ClaimFilter): Promise<Set<string>[]> {
  const lookups: Promise<string[]>[] = [];
  if (filter.sourceId !== undefined) lookups.push(db.claims.where('sourceId').equals(filter.sourceId).primaryKeys());
  if (filter.entityId !== undefined) lookups.push(claimIdsWithTerm(db, filterTerms('e', [filter.entityId])[0]!));
  if (filter.quantityKind !== undefined) lookups.push(claimIdsWithTerm(db, filterTerms('q', [filter.quantityKind])[0]!));
  if (filter.relation !== undefined) {
    // A match id is `${a}|${b}`: its key names both claims without reading the match.
    lookups.push(db.matches.where('relation').equals(filter.relation).primaryKeys().then((ids) => ids.flatMap((id) => id.split('|'))));
  }
  return (await Promise.all(lookups)).map((ids) => new Set(ids));
}

/** Claims in reading order within a source (ids are `${sourceId}#c${index}`). */
export function compareClaimIds(x: string, y: string): number {
  const [xs, xi] = splitClaimId(x);
  const [ys, yi] = splitClaimId(y);
  return xs < ys ? -1 : xs > ys ? 1 : xi - yi;
}

/** A claim id split once into what reading order compares. */
interface ReadingPlace {
  id: string;
  source: string;
  index: number;
}

function placeOf(id: string): ReadingPlace {
  const [source, index] = splitClaimId(id);
  return { id, source, index };
}

function comparePlaces(x: ReadingPlace, y: ReadingPlace): number {
  return x.source < y.source ? -1 : x.source > y.source ? 1 : x.index - y.index;
}

/**
 * Past this many rows kept, keeping the first rows in order costs more than sorting them all
 * (each row that makes the cut shifts the kept ones).
 */
const MAX_KEPT_ROWS = 2_000;

/**
 * The rows [offset, offset + limit) of `ids` in reading order. A common word holds tens of
 * thousands of claims and a screen shows a hundred: the first rows are kept as they come, in
 * order, and only an id that beats the last kept one is placed, instead of sorting every id.
 */
export function windowInReadingOrder(ids: Iterable<string>, offset: number, limit: number): string[] {
  const keep = offset + limit;
  const all = [...ids];
  if (keep > MAX_KEPT_ROWS || keep * 4 >= all.length) return all.map(placeOf).sort(comparePlaces).slice(offset, keep).map((p) => p.id);
  const kept: ReadingPlace[] = [];
  for (const id of all) {
    const place = placeOf(id);
    if (kept.length === keep && comparePlaces(place, kept[keep - 1]!) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (comparePlaces(kept[middle]!, place) <= 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, place);
    if (kept.length > keep) kept.pop();
  }
  return kept.slice(offset).map((p) => p.id);
}

function splitClaimId(id: string): [string, number] {
  const at = id.lastIndexOf('#c');
  return at < 0 ? [id, 0] : [id.slice(0, at), Number(id.slice(at + 2)) || 0];
}

export async function searchClaims(
  db: CrosslightDb,
  query: string,
  filter: ClaimFilter,
  page: PageRequest,
): Promise<Page<ClaimListItem>> {
  const [words, filters] = await Promise.all([claimIdsWithWords(db, query), filterIds(db, filter)]);
  const constraints = words ? [words, ...filters] : filters;
  if (!constraints.length) {
    // Nothing to narrow by: the whole store, in primary key order, read one window at a time.
    const [total, claims] = await Promise.all([claimCount(db), db.claims.orderBy('id').offset(page.offset).limit(page.limit).toArray()]);
    return { items: await claimListItems(db, claims), total, offset: page.offset };
  }
  const ids = intersect(constraints);
  const window = windowInReadingOrder(ids, page.offset, page.limit);
  const claims = (await db.claims.bulkGet(window)).filter((c): c is ClaimRecord => c !== undefined);
  return { items: await claimListItems(db, claims), total: ids.size, offset: page.offset };
}

/** What the manager's claim list shows of each claim. */
export async function claimListItems(db: CrosslightDb, claims: ClaimRecord[]): Promise<ClaimListItem[]> {
  const ids = claims.map((c) => c.id);
  const [sources, entities, matchesA, matchesB] = await Promise.all([
    db.sources.bulkGet([...new Set(claims.map((c) => c.sourceId))]),
    db.entities.bulkGet([...new Set(claims.flatMap((c) => c.entityIds))]),
    // One walk of each index for the whole window: a lookup per claim costs a request each,
    // and a hundred requests take longer than the rest of the page together.
    ids.length ? db.matches.where('a').anyOf(ids).toArray() : [],
    ids.length ? db.matches.where('b').anyOf(ids).toArray() : [],
  ]);
  const matchesOf = new Map<string, MatchRecord[]>();
  const note = (claimId: string, match: MatchRecord) => {
    const list = matchesOf.get(claimId);
    if (list) list.push(match);
    else matchesOf.set(claimId, [match]);
  };
  for (const match of matchesA) note(match.a, match);
  for (const match of matchesB) note(match.b, match);
  const sourceOf = new Map(sources.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const entityOf = new Map(entities.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  return claims.flatMap((claim) => {
    const source = sourceOf.get(claim.sourceId);
    if (!source) return [];
    const counts: RelationCounts = { agrees: 0, conflicts: 0, related: 0 };
    for (const match of matchesOf.get(claim.id) ?? []) counts[match.relation] += 1;
    return [
      {
        id: claim.id,
        text: claim.text,
        marks: quantityMarks(claim),
        source: toSourceView(source),
        quantities: claim.quantities.map((q) => ({ kind: q.kind, text: q.text })),
        entities: claim.entityIds.flatMap((id) => {
          const e = entityOf.get(id);
          return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
        }),
        counts,
        link: textFragmentLink(source.url, claim.selector.exact || claim.text),
      },
    ];
  });
}
