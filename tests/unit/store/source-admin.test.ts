import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../lib/store/ingest';
import { sourceIdFor } from '../../../lib/store/source-id';
import { deleteSources, forgetSite, listSites, listSources, undoDelete, UNDO_TTL_MS } from '../../../lib/store/source-admin';
import { dump, EAST, NORTH, SOUTH, storeOf } from './manager-scenario';

const page = { offset: 0, limit: 50 };
const titles = (p: { items: { title: string }[] }) => p.items.map((i) => i.title);

describe('the source list', () => {
  it('sorts by any column in either direction', async () => {
    const { db } = await storeOf();
    expect(titles(await listSources(db, {}, 'addedAt', 'desc', page))).toEqual([EAST.title, SOUTH.title, NORTH.title]);
    expect(titles(await listSources(db, {}, 'title', 'asc', page))).toEqual([EAST.title, NORTH.title, SOUTH.title]);
    const byConflicts = await listSources(db, {}, 'conflicts', 'desc', page);
    const conflicts = byConflicts.items.map((i) => i.conflictCount);
    expect(conflicts).toEqual([...conflicts].sort((x, y) => y - x));
    expect(byConflicts.items[0]?.claimCount).toBeGreaterThan(0);
  });

  it('filters by title words, site and the date read, and pages the result', async () => {
    const { db } = await storeOf();
    expect(titles(await listSources(db, { title: 'vien' }, 'addedAt', 'asc', page))).toEqual([NORTH.title, SOUTH.title, EAST.title]);
    expect(titles(await listSources(db, { title: 'vienna talks' }, 'addedAt', 'asc', page))).toEqual([SOUTH.title]);
    expect(titles(await listSources(db, { site: 'east.example' }, 'addedAt', 'asc', page))).toEqual([EAST.title]);
    const read = await listSources(db, { addedFrom: SOUTH.addedAt, addedTo: EAST.addedAt! - 1 }, 'addedAt', 'asc', page);
    expect(titles(read)).toEqual([SOUTH.title]);
    const second = await listSources(db, { title: 'vienna' }, 'addedAt', 'asc', { offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, offset: 1 });
    expect(titles(second)).toEqual([SOUTH.title]);
  });

  it('lists every site with its number of sources', async () => {
    const { db } = await storeOf();
    expect(await listSites(db)).toEqual([
      { site: 'east.example', sources: 1 },
      { site: 'north.example', sources: 1 },
      { site: 'south.example', sources: 1 },
    ]);
  });
});

describe('deleting sources', () => {
  it('deletes several sources with everything derived from them, and undo restores exactly what was there', async () => {
    const { db } = await storeOf();
    const before = await dump(db);
    const result = await deleteSources(db, [sourceIdFor(NORTH.url), sourceIdFor(EAST.url), 's.unknown'], 1_000);
    expect(result).toMatchObject({ deleted: 2, undoExpiresAt: 1_000 + UNDO_TTL_MS });
    const gone = await dump(db);
    expect(gone.sources.map((s) => s.title)).toEqual([SOUTH.title]);
    expect(gone.matches).toEqual([]);
    expect(gone.sources[0]?.conflictCount).toBe(0);
    expect(gone.claims.every((c) => c.sourceId === sourceIdFor(SOUTH.url))).toBe(true);

    expect(await undoDelete(db, result.undoToken, 2_000)).toEqual({ restored: 2 });
    expect(await dump(db)).toEqual(before);
    await expect(undoDelete(db, result.undoToken, 2_000)).rejects.toThrow(/can no longer be undone/);
  });

  it('forgets every source of a site, undoably', async () => {
    const { db } = await storeOf();
    const before = await dump(db);
    const result = await forgetSite(db, 'south.example', 1_000);
    expect(result.deleted).toBe(1);
    expect(await db.sources.where('site').equals('south.example').count()).toBe(0);
    await undoDelete(db, result.undoToken, 1_000);
    expect(await dump(db)).toEqual(before);
  });

  it('cannot be undone once the undo has expired, and expired deletions are purged', async () => {
    const { db } = await storeOf();
    const first = await deleteSources(db, [sourceIdFor(NORTH.url)], 1_000);
    await expect(undoDelete(db, first.undoToken, 1_000 + UNDO_TTL_MS + 1)).rejects.toThrow(/can no longer be undone/);
    await deleteSources(db, [sourceIdFor(EAST.url)], 1_000 + UNDO_TTL_MS + 1);
    expect(await db.trash.get(first.undoToken)).toBeUndefined();
  });

  it('keeps a source read again since the deletion as it is now', async () => {
    const { db, store } = await storeOf();
    const result = await deleteSources(db, [sourceIdFor(NORTH.url)], 1_000);
    await ingestDocument(store, { ...NORTH, title: 'Read again' }, { persist: true });
    expect(await undoDelete(db, result.undoToken, 1_000)).toEqual({ restored: 0 });
    expect((await db.sources.get(sourceIdFor(NORTH.url)))?.title).toBe('Read again');
  });
});
