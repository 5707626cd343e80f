import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchClaims, windowInReadingOrder } from '../../../lib/store/search';
import { sourceIdFor } from '../../../lib/store/source-id';
import { indexWords, queryWords } from '../../../lib/store/text-index';
import { claim, match, source } from './make-records';
import { entityNamed, freshDb, NORTH, storeOf } from './manager-scenario';
import { countReads } from './read-counter';

/** Building ten thousand records in fake-indexeddb takes seconds on a busy two-core machine: not a timing check. */
const SCALE_TIMEOUT_MS = 60_000;

const all = { offset: 0, limit: 100 };
const texts = (page: { items: { text: string }[] }) => page.items.map((i) => i.text);

describe('claim search', () => {
  it('finds claims holding every word, the last one as a prefix while it is being typed', async () => {
    const { db } = await storeOf();
    const found = await searchClaims(db, 'meeting plan', {}, all);
    expect(texts(found).sort()).toEqual(['The meeting had been planned to last 30 minutes.', 'The meeting had been planned to last 35 minutes.']);
    expect(found.total).toBe(2);
    expect((await searchClaims(db, 'meeting plan ', {}, all)).total).toBe(0);
  });

  it('ignores case, accents and function words in the query', async () => {
    const { db } = await storeOf();
    expect((await searchClaims(db, 'The CEASEFIRE', {}, all)).total).toBe(2);
    expect((await searchClaims(db, 'céasefire start', {}, all)).total).toBe(2);
  });

  it('filters by source, entity, quantity kind and relation, alone or with words', async () => {
    const { db } = await storeOf();
    const berg = await entityNamed(db, 'Jonas Berg');
    const north = sourceIdFor(NORTH.url);
    expect((await searchClaims(db, '', { sourceId: north }, all)).items.every((i) => i.source.id === north)).toBe(true);
    const naming = await searchClaims(db, '', { entityId: berg.id }, all);
    expect(naming.total).toBeGreaterThan(1);
    expect(naming.items.every((i) => i.entities.some((e) => e.id === berg.id))).toBe(true);
    const durations = await searchClaims(db, 'minutes', { quantityKind: 'duration' }, all);
    expect(durations.items.every((i) => i.quantities.some((q) => q.kind === 'duration'))).toBe(true);
    const conflicting = await searchClaims(db, '', { relation: 'conflicts' }, all);
    expect(conflicting.total).toBeGreaterThan(0);
    expect(conflicting.items.every((i) => i.counts.conflicts > 0)).toBe(true);
    expect((await searchClaims(db, 'ceasefire', { relation: 'conflicts' }, all)).total).toBe(0);
  });

  it('pages through results without repeating or losing any', async () => {
    const { db } = await storeOf();
    const everything = await searchClaims(db, '', {}, all);
    const pages = await Promise.all([0, 3, 6, 9].map((offset) => searchClaims(db, '', {}, { offset, limit: 3 })));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(everything.items.map((i) => i.id));
    expect(pages.every((p) => p.total === everything.total)).toBe(true);
    const filtered = await searchClaims(db, 'talks', {}, { offset: 1, limit: 1 });
    expect(filtered.items).toHaveLength(1);
    expect(filtered.total).toBe((await searchClaims(db, 'talks', {}, all)).total);
  });

  it('shows each claim with its source, entities, quantities marked and a link to the quote', async () => {
    const { db } = await storeOf();
    const [item] = (await searchClaims(db, 'spokesman', {}, all)).items;
    expect(item?.source.title).toBe('Vienna talks run long');
    expect(item?.entities.map((e) => e.name).sort()).toEqual(['Anna Keller', 'Jonas Berg']);
    expect(item?.marks.map((m) => item.text.slice(m.start, m.end))).toEqual(['two hours seventeen minutes']);
    expect(item?.link).toContain('#:~:text=');
    expect(item?.counts.conflicts).toBeGreaterThan(0);
  });

  it('answers from indexes: the first page of a common word among 10,000 claims reads only that page of claims', { timeout: SCALE_TIMEOUT_MS }, async () => {
    const db = freshDb();
    const reads = countReads(db);
    const claims = Array.from({ length: 10_000 }, (_, i) => claim(`s${i % 200}`, i, `Report ${i} says the budget grew by ${i} percent in region${i % 97}.`));
    await db.sources.bulkPut(Array.from({ length: 200 }, (_, i) => source(`s${i}`)));
    await db.claims.bulkPut(claims);
    reads.reset();
    const page = await searchClaims(db, 'budget region4', {}, { offset: 0, limit: 50 });
    expect(page.total).toBe(claims.filter((c) => /region4\d?\./.test(c.text)).length);
    expect(page.items).toHaveLength(50);
    // One bulk write is one word group: a word is one row, a prefix one row per word it starts.
    expect(reads.rows.claims).toBe(50);
    expect(reads.rows.claimWords).toBe(1 + 11);
  });

  it('reads the matches of a whole page of claims in one request per side, not one per claim', async () => {
    const db = freshDb();
    const reads = countReads(db);
    const claims = Array.from({ length: 300 }, (_, i) => claim(`s${i % 3}`, i, `Report ${i} says the budget grew.`));
    await db.sources.bulkPut([source('s0'), source('s1'), source('s2')]);
    await db.claims.bulkPut(claims);
    await db.matches.bulkPut(claims.slice(0, 150).map((c, i) => match(c, claims[150 + i]!, 'agrees')));
    reads.reset();
    const page = await searchClaims(db, 'budget', {}, { offset: 0, limit: 100 });
    expect(page.items).toHaveLength(100);
    expect(reads.requests.matches).toBe(2);
    expect(page.items.every((item) => item.counts.agrees === 1)).toBe(true);
  });

  it('counts a match once for each of its claims, also when both claims are on the page shown', async () => {
    const db = freshDb();
    const north = claim('north', 0, 'The talks lasted two hours.');
    const south = claim('south', 0, 'The talks lasted three hours.');
    await db.sources.bulkPut([source('north'), source('south')]);
    await db.claims.bulkPut([north, south]);
    await db.matches.put(match(north, south, 'conflicts'));
    const page = await searchClaims(db, 'talks', {}, all);
    expect(page.items.map((item) => [item.id, item.counts])).toEqual([
      [north.id, { agrees: 0, conflicts: 1, related: 0 }],
      [south.id, { agrees: 0, conflicts: 1, related: 0 }],
    ]);
  });
});

describe('reading order of results', () => {
  const claimIds = fc.uniqueArray(fc.tuple(fc.constantFrom('s.a', 's.b', 's.c', 's.ab'), fc.nat(40)).map(([s, i]) => `${s}#c${i}`), { maxLength: 600 });

  it('gives any window of the results as sorting them all would: sources in order, claims by their place in the article', () => {
    fc.assert(
      fc.property(claimIds, fc.nat(50), fc.integer({ min: 1, max: 120 }), (ids, offset, limit) => {
        const place = (id: string) => [id.slice(0, id.lastIndexOf('#c')), Number(id.slice(id.lastIndexOf('#c') + 2))] as const;
        const sorted = [...ids].sort((x, y) => {
          const [xs, xi] = place(x);
          const [ys, yi] = place(y);
          return xs < ys ? -1 : xs > ys ? 1 : xi - yi;
        });
        expect(windowInReadingOrder(new Set(ids), offset, limit)).toEqual(sorted.slice(offset, offset + limit));
      }),
    );
  });

  it('puts a claim before the tenth one of the same article', () => {
    expect(windowInReadingOrder(['s#c10', 's#c2', 's#c1'], 0, 2)).toEqual(['s#c1', 's#c2']);
  });
});

describe('search words', () => {
  it('indexes folded words once, without function words or single letters', () => {
    expect(indexWords('The Café in Zürich is a cease-fire zone, the café said.').sort()).toEqual(['cafe', 'ceasefire', 'said', 'zone', 'zurich']);
  });

  it('treats the last query word as a prefix only while it is being typed', () => {
    expect(queryWords('vienna tal')).toEqual({ exact: ['vienna'], prefix: 'tal' });
    expect(queryWords('vienna tal ')).toEqual({ exact: ['vienna', 'tal'], prefix: null });
    expect(queryWords('the a')).toEqual({ exact: [], prefix: null });
  });
});
