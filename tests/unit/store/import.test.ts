import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportStoreText } from '../../../lib/store/export';
import { importStore, QUOTA_MESSAGE, readStoreFile } from '../../../lib/store/import';
import { claimsWithEntity, searchClaims } from '../../../lib/store/search';
import { StoreFileReader } from '../../../lib/store/store-file-reader';
import { dump, EAST, entityNamed, freshDb, NORTH, SOUTH, storeOf } from './manager-scenario';

type StoreFile = Record<string, unknown> & { claims: Record<string, unknown>[]; sources: Record<string, unknown>[]; mentions: Record<string, unknown>[] };

async function exported(): Promise<{ text: string; file: StoreFile }> {
  const { db } = await storeOf([NORTH, SOUTH]);
  const text = await exportStoreText(db);
  return { text, file: JSON.parse(text) as StoreFile };
}

/** Imports `input` into a store already holding an article; expects a refusal that leaves it untouched. */
async function refused(input: string | Blob): Promise<string[]> {
  const { db } = await storeOf([EAST]);
  const before = await dump(db);
  const result = await importStore(db, input);
  expect(result.ok).toBe(false);
  expect(await dump(db)).toEqual(before);
  return result.ok ? [] : result.problems;
}

describe('importing a store file', () => {
  it('adds nothing when the same file is imported twice', async () => {
    const { text } = await exported();
    const db = freshDb();
    const first = await importStore(db, text);
    const after = await dump(db);
    const second = await importStore(db, text);
    expect(first).toMatchObject({ ok: true, keptSources: 0 });
    expect(second).toMatchObject({ ok: true, keptSources: 2, added: { sources: 0, claims: 0, entities: 0, mentions: 0, matches: 0, blockedKeys: 0 } });
    expect(await dump(db)).toEqual(after);
  });

  it('merges with the store: an entity joins the stored one that shares its name keys, under the stored id', async () => {
    const { db } = await storeOf([EAST]);
    const { text } = await exported();
    const keller = await entityNamed(db, 'Anna Keller');
    // The same person under another id, as another store could have made it.
    const result = await importStore(db, text.replaceAll(keller.id, 'p.elsewhere'));
    expect(result).toMatchObject({ ok: true, added: { sources: 2 } });
    expect(await db.entities.get('p.elsewhere')).toBeUndefined();
    expect((await db.entities.get(keller.id))?.mentionCount).toBe(
      (await db.mentions.where('entityId').equals(keller.id).count()),
    );
    expect(await claimsWithEntity(db, 'p.elsewhere')).toHaveLength(0);
    expect((await db.claims.toArray()).flatMap((c) => c.keys).some((k) => k.includes('p.elsewhere'))).toBe(false);
    expect(await db.sources.count()).toBe(3);
  });

  it('counts each source\'s claims as the file holds them, whatever its claim count says, so the store\'s claim total is right', async () => {
    const { file } = await exported();
    const wrong = { ...file, sources: file.sources.map((s) => ({ ...s, claimCount: 99 })) };
    const db = freshDb();
    expect(await importStore(db, JSON.stringify(wrong))).toMatchObject({ ok: true });
    for (const source of await db.sources.toArray()) expect(source.claimCount).toBe(await db.claims.where('sourceId').equals(source.id).count());
    expect((await searchClaims(db, '', {}, { offset: 0, limit: 5 })).total).toBe(file.claims.length);
  });

  it('accepts a version 1 file, which has no blocked entity keys', async () => {
    const { file } = await exported();
    const { blockedKeys: _none, ...v1 } = { ...file, version: 1 } as StoreFile;
    const db = freshDb();
    expect(await importStore(db, JSON.stringify(v1))).toMatchObject({ ok: true, version: 1, added: { sources: 2 } });
  });

  it('reports progress while reading and while writing', async () => {
    const { text } = await exported();
    const phases: string[] = [];
    await importStore(freshDb(), new Blob([text]), { onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe('reading');
    expect(phases[phases.length - 1]).toBe('writing');
  });

  it('writes nothing and says why when the disk quota runs out half-way', async () => {
    const { text } = await exported();
    const { db } = await storeOf([EAST]);
    const before = await dump(db);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++calls > 20) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      expect(await importStore(db, text)).toEqual({ ok: false, problems: [QUOTA_MESSAGE], totalProblems: 1 });
      expect(calls).toBeGreaterThan(20);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await dump(db)).toEqual(before);
  });
});

describe('refusing a broken store file, with the place of each problem', () => {
  afterEach(() => expect(({} as Record<string, unknown>).polluted).toBeUndefined());

  it('refuses another format or a version it does not know', async () => {
    const { file } = await exported();
    expect(await refused(JSON.stringify({ ...file, version: 99 }))).toEqual(['version: Too big: expected number to be <=2']);
    expect((await refused(JSON.stringify({ ...file, format: 'other' })))[0]).toMatch(/not a Crosslight store file/);
    expect((await refused('[1, 2, 3]'))[0]).toMatch(/unexpected "\[" at character 0/);
  });

  it('names each missing field and each value of the wrong type', async () => {
    const { file } = await exported();
    const { text: _text, ...noText } = file.claims[1]!;
    const quantities = file.claims[0]!.quantities as Record<string, unknown>[];
    file.claims[0] = { ...file.claims[0], quantities: [{ ...quantities[0], value: '30' }] };
    file.claims[1] = noText;
    const problems = await refused(JSON.stringify(file));
    expect(problems).toContain('claims[0].quantities[0].value: Invalid input: expected number, received string');
    expect(problems).toContain('claims[1].text: Invalid input: expected string, received undefined');
  });

  it('refuses a section missing from its version', async () => {
    const { file } = await exported();
    const { mentions: _m, ...rest } = file;
    expect(await refused(JSON.stringify(rest))).toEqual(['mentions: missing.']);
  });

  it('refuses references to records the file does not hold', async () => {
    const { file } = await exported();
    file.claims[2] = { ...file.claims[2], sourceId: 's.nowhere' };
    const problems = await refused(JSON.stringify(file));
    expect(problems).toContain('claims[2].sourceId: refers to the source "s.nowhere", which is not in the file.');
  });

  it('refuses references to records the file does not hold, whatever order its sections come in, each named by its place in the file', async () => {
    const { file } = await exported();
    file.claims[0] = { ...file.claims[0], text: 42 };
    file.mentions[3] = { ...file.mentions[3], entityId: 'p.nobody' };
    // Mentions before the entities they name: their references wait for the whole file.
    const { mentions, ...rest } = file;
    const problems = await refused(JSON.stringify({ mentions, ...rest }));
    expect(problems).toContain('mentions[3].entityId: refers to the entity "p.nobody", which is not in the file.');
    file.claims[2] = { ...file.claims[2], sourceId: 's.nowhere' };
    // Claim 0 is refused for its text, and claim 2 is still named as the file places it.
    expect(await refused(JSON.stringify(file))).toContain('claims[2].sourceId: refers to the source "s.nowhere", which is not in the file.');
  });

  it('refuses an id given twice', async () => {
    const { file } = await exported();
    file.claims.push(file.claims[0]!);
    const problems = await refused(JSON.stringify(file));
    expect(problems).toEqual([`claims[${file.claims.length - 1}]: the id "${String(file.claims[0]!.id)}" appears twice.`]);
  });

  it('refuses an oversized string field and a file too large to read, before parsing it', async () => {
    const { file } = await exported();
    file.claims[0] = { ...file.claims[0], text: 'x'.repeat(70_000) };
    expect((await refused(JSON.stringify(file)))[0]).toMatch(/^claims\[0\]\.text: Too big: expected string to have <=65536 characters/);
    // A file of a gigabyte is refused on its size: nothing of it is read.
    const huge = { size: 1024 * 1024 * 1024, stream: () => { throw new Error('read'); } } as unknown as Blob;
    expect((await readStoreFile(huge)).ok).toBe(false);
    expect(await refused(huge)).toEqual(['The file is too large to import (1024 MB; the limit is 512 MB).']);
  });

  it('refuses keys that could reach an object prototype', async () => {
    const { text } = await exported();
    const polluted = text.replace('"quantities":[', '"__proto__":{"polluted":true},"quantities":[');
    const problems = await refused(polluted);
    expect(problems[0]).toMatch(/^claims\[\d+\]: the key "__proto__" is not allowed in a store file\.$/);
    const nested = text.replace('"selector":{', '"selector":{"constructor":{"prototype":{"polluted":1}},');
    expect((await refused(nested))[0]).toMatch(/^(claims|mentions)\[\d+\]\.selector: the key "constructor" is not allowed/);
  });

  it('refuses a file cut off before its end, saying where', async () => {
    const { text } = await exported();
    const cut = text.slice(0, text.indexOf('"claims":[') + 400);
    expect(await refused(cut)).toEqual(['The file ends too early, in claims[0]: it was cut off or is incomplete.']);
    expect((await refused(text.slice(0, -1)))[0]).toMatch(/ends too early/);
    const malformed = await refused(text.replace('"claims":[{', '"claims":[{,'));
    expect(malformed).toHaveLength(1);
    expect(malformed[0]).toMatch(/^claims\[0\]: not valid JSON \(.+\)\.$/);
  });
});

describe('reading a store file in pieces', () => {
  it('finds the same records whatever the piece boundaries, escapes included', () => {
    const records = [{ t: 'quote \\" and backslash \\\\' }, { t: 'a "b" \\ c' }, { t: '' }, { t: '}{][,:' }];
    const text = JSON.stringify({ format: 'crosslight-store', sources: records, version: 2 });
    for (const size of [1, 2, 3, 7, 64]) {
      const found: unknown[] = [];
      const header: Record<string, unknown> = {};
      const problems: string[] = [];
      const reader = new StoreFileReader({
        header: (k, v) => (header[k] = v),
        section: () => undefined,
        record: (_s, _i, v) => found.push(v),
        problem: (p) => problems.push(p),
      });
      for (let at = 0; at < text.length; at += size) reader.feed(text.slice(at, at + size));
      reader.end();
      expect({ found, header, problems }).toEqual({ found: records, header: { format: 'crosslight-store', version: 2 }, problems: [] });
    }
  });
});
