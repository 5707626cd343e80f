/**
 * The manager's list of stored articles, and their deletion. A deletion keeps what it removed in
 * the `trash` table for a while, so that "undo" puts back exactly those records; the trash is
 * emptied as its entries expire.
 */
import type { Page, SourceDeleteView, SourceFilter, SourceListItem, SourceSort } from '../messages';
import { toSourceView } from '../views/source-view';
import type { CrosslightDb, TrashRecord } from './db';
import { DexieClaimStore } from './dexie-store';
import type { EntityRecord, SourceRecord } from './records';
import { uniqueIds } from './unique';
import { idsWithWords, intersect, type PageRequest } from './search';

/** How long a deletion can be undone. */
export const UNDO_TTL_MS = 10 * 60_000;

const SORT_INDEX: Record<SourceSort, string> = {
  addedAt: 'addedAt',
  published: 'published',
  title: 'title',
  site: 'site',
  claims: 'claimCount',
  conflicts: 'conflictCount',
};

const SORT_VALUE: Record<SourceSort, (s: SourceRecord) => string | number> = {
  addedAt: (s) => s.addedAt,
  published: (s) => s.published,
  title: (s) => s.title,
  site: (s) => s.site,
  claims: (s) => s.claimCount,
  conflicts: (s) => s.conflictCount,
};

export function toSourceListItem(source: SourceRecord): SourceListItem {
  return {
    ...toSourceView(source),
    byline: source.byline,
    claimCount: source.claimCount,
    conflictCount: source.conflictCount,
    duplicateCount: source.duplicateOf.length,
  };
}

async function filterIds(db: CrosslightDb, filter: SourceFilter): Promise<Set<string>[]> {
  const lookups: Promise<Set<string> | null>[] = [];
  if (filter.title !== undefined) lookups.push(idsWithWords(db.sources, 'titleWords', filter.title));
  if (filter.site !== undefined) lookups.push(db.sources.where('site').equals(filter.site).primaryKeys().then((ids) => new Set(ids)));
  if (filter.addedFrom !== undefined || filter.addedTo !== undefined) {
    const range = db.sources.where('addedAt').between(filter.addedFrom ?? 0, filter.addedTo ?? Number.MAX_SAFE_INTEGER, true, true);
    lookups.push(range.primaryKeys().then((ids) => new Set(ids)));
  }
  return (await Promise.all(lookups)).filter((set): set is Set<string> => set !== null);
}

export async function listSources(
  db: CrosslightDb,
  filter: SourceFilter,
  sort: SourceSort,
  direction: 'asc' | 'desc',
  page: PageRequest,
): Promise<Page<SourceListItem>> {
  const constraints = await filterIds(db, filter);
  if (!constraints.length) {
    let ordered = db.sources.orderBy(SORT_INDEX[sort]);
    if (direction === 'desc') ordered = ordered.reverse();
    const [total, sources] = await Promise.all([db.sources.count(), ordered.offset(page.offset).limit(page.limit).toArray()]);
    return { items: sources.map(toSourceListItem), total, offset: page.offset };
  }
  const ids = [...intersect(constraints)];
  const sources = (await db.sources.bulkGet(ids)).filter((s): s is SourceRecord => s !== undefined);
  const value = SORT_VALUE[sort];
  const sign = direction === 'asc' ? 1 : -1;
  sources.sort((x, y) => {
    const [a, b] = [value(x), value(y)];
    return sign * (a < b ? -1 : a > b ? 1 : x.id < y.id ? -1 : 1);
  });
  return { items: sources.slice(page.offset, page.offset + page.limit).map(toSourceListItem), total: sources.length, offset: page.offset };
}

export async function listSites(db: CrosslightDb): Promise<{ site: string; sources: number }[]> {
  const sites = (await db.sources.orderBy('site').uniqueKeys()) as string[];
  const counts = await Promise.all(sites.map((site) => db.sources.where('site').equals(site).count()));
  return sites.map((site, i) => ({ site, sources: counts[i]! }));
}

function deletionTables(db: CrosslightDb) {
  return [db.sources, db.claims, db.entities, db.mentions, db.matches, db.trash];
}

/** Everything deleting `ids` removes or changes, read before anything is deleted. */
async function snapshot(db: CrosslightDb, ids: string[]): Promise<Omit<TrashRecord, 'token' | 'createdAt' | 'expiresAt'>> {
  const sources = (await db.sources.bulkGet(ids)).filter((s): s is SourceRecord => s !== undefined);
  const found = sources.map((s) => s.id);
  const [claims, mentions, matchesA, matchesB] = await Promise.all([
    db.claims.where('sourceId').anyOf(found).toArray(),
    db.mentions.where('sourceId').anyOf(found).toArray(),
    db.matches.where('sourceA').anyOf(found).toArray(),
    db.matches.where('sourceB').anyOf(found).toArray(),
  ]);
  const matches = [...new Map([...matchesA, ...matchesB].map((m) => [m.id, m])).values()];
  const entities = (await db.entities.bulkGet(uniqueIds(mentions.map((m) => m.entityId)))).filter((e): e is EntityRecord => e !== undefined);
  return { sources, claims, mentions, matches, entities };
}

export async function deleteSources(db: CrosslightDb, ids: string[], now = Date.now()): Promise<SourceDeleteView> {
  const store = new DexieClaimStore(db);
  return db.transaction('rw', deletionTables(db), async () => {
    await db.trash.where('expiresAt').below(now).delete();
    const removed = await snapshot(db, uniqueIds(ids));
    for (const source of removed.sources) await store.removeSource(source.id);
    const token = `undo.${now.toString(36)}.${crypto.randomUUID()}`;
    const expiresAt = now + UNDO_TTL_MS;
    await db.trash.put({ token, createdAt: now, expiresAt, ...removed });
    return { deleted: removed.sources.length, undoToken: token, undoExpiresAt: expiresAt };
  });
}

/** Deletes every source of `site`, undoable like any deletion. */
export async function forgetSite(db: CrosslightDb, site: string, now = Date.now()): Promise<SourceDeleteView> {
  return deleteSources(db, await db.sources.where('site').equals(site).primaryKeys(), now);
}

/**
 * Puts back what a deletion removed. A source read again since then is kept as it is now (with
 * what derives from it), and a match whose other claim is gone since stays gone: undo never
 * overwrites newer data.
 */
export async function undoDelete(db: CrosslightDb, token: string, now = Date.now()): Promise<{ restored: number }> {
  const store = new DexieClaimStore(db);
  return db.transaction('rw', deletionTables(db), async () => {
    const trash = await db.trash.get(token);
    if (!trash || trash.expiresAt < now) throw new Error('This deletion can no longer be undone.');
    const present = new Set((await db.sources.bulkGet(trash.sources.map((s) => s.id))).flatMap((s) => (s ? [s.id] : [])));
    const back = new Set(trash.sources.filter((s) => !present.has(s.id)).map((s) => s.id));
    const linked = await db.sources.bulkGet(uniqueIds(trash.sources.flatMap((s) => s.duplicateOf)));
    const alive = new Set([...back, ...linked.flatMap((s) => (s ? [s.id] : []))]);
    // A copy deleted since is no longer a copy.
    const sources = trash.sources.filter((s) => back.has(s.id)).map((s) => ({ ...s, duplicateOf: s.duplicateOf.filter((d) => alive.has(d)) }));
    const claims = trash.claims.filter((c) => back.has(c.sourceId));
    const claimIds = new Set(claims.map((c) => c.id));
    const otherEnds = trash.matches.flatMap((m) => [m.a, m.b]).filter((id) => !claimIds.has(id));
    const existing = new Set((await db.claims.bulkGet(uniqueIds(otherEnds))).flatMap((c) => (c ? [c.id] : [])));
    const matches = trash.matches.filter(
      (m) => (back.has(m.sourceA) || back.has(m.sourceB)) && [m.a, m.b].every((id) => claimIds.has(id) || existing.has(id)),
    );
    const entities = await Promise.all(
      trash.entities.map(async (entity) => {
        const now = await db.entities.get(entity.id);
        return now ? { ...now, aliases: uniqueIds([...now.aliases, ...entity.aliases]), keys: uniqueIds([...now.keys, ...entity.keys]) } : entity;
      }),
    );
    await Promise.all([
      db.sources.bulkPut(sources),
      db.claims.bulkPut(claims),
      db.mentions.bulkPut(trash.mentions.filter((m) => back.has(m.sourceId))),
      db.matches.bulkPut(matches),
      db.entities.bulkPut(entities),
    ]);
    const neighbours = await relink(db, sources);
    await db.trash.delete(token);
    await Promise.all([
      store.recountSources(new Set([...back, ...neighbours, ...matches.flatMap((m) => [m.sourceA, m.sourceB])])),
      store.recountEntities(new Set(entities.map((e) => e.id))),
    ]);
    return { restored: sources.length };
  });
}

/** Copy links are symmetric: the restored sources' copies learn of them again. Returns the sources changed. */
async function relink(db: CrosslightDb, restored: SourceRecord[]): Promise<string[]> {
  const linkOf = new Map<string, string[]>();
  for (const source of restored) for (const other of source.duplicateOf) linkOf.set(other, [...(linkOf.get(other) ?? []), source.id]);
  const others = (await db.sources.bulkGet([...linkOf.keys()])).filter((s): s is SourceRecord => s !== undefined);
  const updated = others.map((s) => ({ ...s, duplicateOf: uniqueIds([...s.duplicateOf, ...(linkOf.get(s.id) ?? [])]).sort() }));
  await db.sources.bulkPut(updated);
  return updated.map((s) => s.id);
}
