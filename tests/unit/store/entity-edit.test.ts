import { describe, expect, it } from 'vitest';
import { dropBlockedEntities } from '../../../lib/store/entity-blocklist';
import { blockEntity, blockedKeys, listEntities, mergeEntities, renameEntity, splitAlias, unblockKey } from '../../../lib/store/entity-edit';
import { ingestDocument } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { claimsWithEntity, searchClaims } from '../../../lib/store/search';
import { dump, EAST, entityNamed, NORTH, SOUTH, storeOf } from './manager-scenario';

const page = { offset: 0, limit: 50 };

describe('the entity list', () => {
  it('lists entities most mentioned first, filtered by type and found by any word of a name or alias', async () => {
    const { db } = await storeOf();
    const people = await listEntities(db, { query: '', sort: 'mentions', entityType: 'person' }, page);
    expect(people.items.map((e) => e.type)).toEqual(people.items.map(() => 'person'));
    const counts = people.items.map((e) => e.mentionCount);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect((await listEntities(db, { query: 'kel', sort: 'name' }, page)).items.map((e) => e.name)).toEqual(['Anna Keller']);
    expect((await listEntities(db, { query: 'vienna', sort: 'name', entityType: 'person' }, page)).total).toBe(0);
  });
});

describe('editing entities', () => {
  it('renames an entity, keeping the old name as an alias and finding it by the new one', async () => {
    const { db } = await storeOf();
    const keller = await entityNamed(db, 'Anna Keller');
    const result = await renameEntity(db, keller.id, 'President Keller');
    expect(result.entity?.name).toBe('President Keller');
    expect(result.entity?.aliases).toContain('Anna Keller');
    expect((await listEntities(db, { query: 'president', sort: 'name' }, page)).items.map((e) => e.id)).toEqual([keller.id]);
  });

  it('splits an alias off with its mentions, and merging it back restores every claim and match', async () => {
    const { db } = await storeOf();
    const before = await dump(db);
    const keller = await entityNamed(db, 'Anna Keller');
    const split = await splitAlias(db, keller.id, 'Keller');
    const created = split.created!;
    expect(created.aliases).toEqual(['Keller']);
    expect(split.entity?.aliases).toEqual(['Anna Keller']);
    const moved = await db.mentions.where('entityId').equals(created.id).toArray();
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((m) => m.selector.exact === 'Keller')).toBe(true);
    expect(created.mentionCount + (split.entity?.mentionCount ?? 0)).toBe(keller.mentionCount);
    const onlySurname = (await searchClaims(db, 'constructive', {}, page)).items[0]!;
    expect(onlySurname.entities.map((e) => e.id)).toEqual([created.id]);

    const merged = await mergeEntities(db, keller.id, created.id);
    expect(merged.entity?.mentionCount).toBe(keller.mentionCount);
    expect(await db.entities.get(created.id)).toBeUndefined();
    const after = await dump(db);
    expect(after.matches).toEqual(before.matches);
    expect(after.claims.map((c) => [c.id, [...c.entityIds].sort(), [...c.keys].sort()])).toEqual(
      before.claims.map((c) => [c.id, [...c.entityIds].sort(), [...c.keys].sort()]),
    );
    expect(after.mentions).toEqual(before.mentions);
    expect(after.sources.map((s) => s.conflictCount)).toEqual(before.sources.map((s) => s.conflictCount));
  });

  it('carries principal actors, candidate keys and matches over when two entities that are one are merged', async () => {
    // The east report spells the prime minister differently; the engine keeps the spellings apart.
    const text =
      'Prime Minister Jonas Bergh flew back from Vienna on Wednesday. ' +
      'The prime minister said the talks with Anna Keller lasted two hours and 17 minutes. Bergh praised the hosts.';
    const { db } = await storeOf([NORTH, SOUTH, { ...EAST, text }]);
    const berg = await entityNamed(db, 'Jonas Berg');
    const bergh = await entityNamed(db, 'Jonas Bergh');
    const east = (await db.sources.where('site').equals('east.example').first())!;
    expect(east.leadEntityIds).toContain(bergh.id);
    const matchesBefore = await db.matches.count();

    const result = await mergeEntities(db, berg.id, bergh.id);
    expect(result.entity?.aliases).toEqual(expect.arrayContaining(['Jonas Berg', 'Jonas Bergh', 'Bergh']));
    expect(result.entity?.mentionCount).toBe(berg.mentionCount + bergh.mentionCount);
    expect(result.claimsUpdated).toBeGreaterThan(0);
    expect((await db.sources.get(east.id))?.leadEntityIds).toContain(berg.id);
    const eastClaims = await db.claims.where('sourceId').equals(east.id).toArray();
    expect(eastClaims.flatMap((c) => c.keys).some((k) => k.includes(bergh.id))).toBe(false);
    expect(await db.mentions.where('entityId').equals(bergh.id).count()).toBe(0);
    expect(await db.entities.get(bergh.id)).toBeUndefined();
    expect(await db.matches.count()).toBe(matchesBefore + result.matchesAdded - result.matchesRemoved);
  });

  it('refuses to merge an entity with itself or to split off its only name', async () => {
    const { db } = await storeOf();
    const vienna = await entityNamed(db, 'Vienna');
    await expect(mergeEntities(db, vienna.id, vienna.id)).rejects.toThrow(/itself/);
    await expect(splitAlias(db, vienna.id, 'Vienna')).rejects.toThrow(/only name/);
    await expect(splitAlias(db, vienna.id, 'Wien')).rejects.toThrow(/not an alias/);
  });

  it('removes a false entity with its mentions and keeps it out when the page is analysed again', async () => {
    const { db, store } = await storeOf();
    const vienna = await entityNamed(db, 'Vienna');
    const result = await blockEntity(db, vienna.id);
    expect(result.blockedKeys).toEqual(vienna.keys);
    expect(result.mentionsRemoved).toBe(vienna.mentionCount);
    expect(await db.entities.get(vienna.id)).toBeUndefined();
    expect(await claimsWithEntity(db, vienna.id)).toHaveLength(0);
    expect(await blockedKeys(db)).toEqual(vienna.keys);

    await ingestDocument(store, NORTH, { persist: true });
    expect(await db.entities.get(vienna.id)).toBeUndefined();
    expect(await db.mentions.where('entityId').equals(vienna.id).count()).toBe(0);

    expect(await unblockKey(db, vienna.keys[0]!)).toBe(true);
    await ingestDocument(store, NORTH, { persist: true });
    expect((await db.entities.get(vienna.id))?.mentionCount).toBe(1);
  });

  it('leaves other entities, mentions and claim positions consistent when one is dropped from an analysis', async () => {
    const memory = new MemoryClaimStore();
    const { analysis } = await ingestDocument(memory, NORTH, { persist: false });
    const keller = analysis.entities.find((e) => e.name === 'Anna Keller')!;
    const kept = dropBlockedEntities(analysis, new Set(keller.keys.filter((k) => !k.startsWith('surname:'))));
    expect(kept.entities.map((e) => e.name)).not.toContain('Anna Keller');
    expect(kept.entities.map((e) => e.index)).toEqual(kept.entities.map((_, i) => i));
    for (const m of kept.mentions) expect(kept.entities[m.entity]).toBeDefined();
    expect(kept.mentions).toHaveLength(analysis.mentions.length - analysis.mentions.filter((m) => m.entity === keller.index).length);
    memory.blockEntityKeys(keller.keys.filter((k) => !k.startsWith('surname:')));
    const again = await ingestDocument(memory, NORTH, { persist: true });
    expect(again.entities.map((e) => e.name)).not.toContain('Anna Keller');
  });
});
