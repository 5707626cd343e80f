import { describe, expect, it } from 'vitest';
import { exportStore, exportStoreText, type ExportPiece } from '../../../lib/store/export';
import { STORE_FORMAT_VERSION } from '../../../lib/store/export-format';
import { importStore } from '../../../lib/store/import';
import { dump, freshDb, storeOf } from './manager-scenario';

describe('exporting the store', () => {
  it('writes a versioned file with every record and none of the derived index fields', async () => {
    const { db } = await storeOf();
    const file = JSON.parse(await exportStoreText(db, { now: new Date('2024-06-01T00:00:00Z') }));
    expect(file).toMatchObject({ format: 'crosslight-store', version: STORE_FORMAT_VERSION, exportedAt: '2024-06-01T00:00:00.000Z' });
    const stored = await dump(db);
    for (const section of ['sources', 'claims', 'entities', 'mentions', 'matches', 'blockedKeys'] as const) {
      expect(file[section]).toHaveLength(stored[section].length);
    }
    expect(JSON.stringify(file)).not.toMatch(/"(words|titleWords|quantityKinds)"/);
  });

  it('streams the file in pieces with progress that only grows', async () => {
    const { db } = await storeOf();
    const pieces: ExportPiece[] = [];
    for await (const piece of exportStore(db, { chunk: 2 })) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(10);
    const done = pieces.map((p) => p.done);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done[done.length - 1]).toBe(pieces[0]!.total);
    expect(() => JSON.parse(pieces.map((p) => p.text).join(''))).not.toThrow();
  });

  it('writes the same file whatever the size of the pages it reads', async () => {
    const { db } = await storeOf();
    const now = new Date('2024-06-01T00:00:00Z');
    const whole = await exportStoreText(db, { now });
    for (const chunk of [1, 2, 3, 1000]) expect(await exportStoreText(db, { now, chunk })).toBe(whole);
  });

  it('leaves out records that refer to what it did not export, so the file always imports', async () => {
    const { db } = await storeOf();
    // A claim stored while the export ran, of a source stored after the sources were read.
    await db.claims.put({ ...(await db.claims.toCollection().first())!, id: 's.late#c0', sourceId: 's.late' });
    const text = await exportStoreText(db);
    expect(text).not.toContain('s.late');
    expect((await importStore(freshDb('other'), text)).ok).toBe(true);
  });

  it('round-trips: the export imported into an empty store equals the original, and exports the same again', async () => {
    const { db } = await storeOf();
    const now = new Date('2024-06-01T00:00:00Z');
    const text = await exportStoreText(db, { now });
    const copy = freshDb('copy');
    const result = await importStore(copy, new Blob([text]));
    expect(result).toMatchObject({ ok: true, version: STORE_FORMAT_VERSION });
    expect(await dump(copy)).toEqual(await dump(db));
    expect(await exportStoreText(copy, { now })).toBe(text);
  });
});
