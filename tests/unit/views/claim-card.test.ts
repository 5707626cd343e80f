import { describe, expect, it } from 'vitest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { CARD_ITEMS_PER_RELATION, claimCardView } from '../../../lib/views/claim-card';
import { article, match, write } from '../store/make-records';
import { threeSources } from './scenario';

describe('the claim card', () => {
  it('lists what other sources say about the claim, conflicts first', async () => {
    const { store } = await threeSources();
    const card = await claimCardView(store, 'a#c0');
    expect(card.claim.text).toBe('Lavrov flew for 2 hours and 16 minutes.');
    expect(card.claim.source.id).toBe('a');
    expect(card.groups.map((g) => g.relation)).toEqual(['conflicts', 'agrees']);
    expect(card.groups[0]!.items.map((i) => [i.claimId, i.source.id, i.note])).toEqual([
      ['b#c0', 'b', 'duration 2 h 16 min vs 2 h 17 min'],
    ]);
  });

  it('marks the differing values inside the other claim’s text', async () => {
    const { store } = await threeSources();
    const [conflict] = (await claimCardView(store, 'a#c0')).groups[0]!.items;
    expect(conflict!.marks.map((m) => conflict!.text.slice(m.start, m.end))).toEqual(['two hours seventeen minutes']);
  });

  it('links each other claim to its quote in its own article', async () => {
    const { store } = await threeSources();
    const [conflict] = (await claimCardView(store, 'a#c0')).groups[0]!.items;
    expect(conflict!.link).toBe('https://b.example/article#:~:text=The%20flight%20of%20Lavrov%20lasted%20two%20hours%20seventeen%20minutes.');
  });

  it('works from either side of a match', async () => {
    const { store } = await threeSources();
    const card = await claimCardView(store, 'b#c0');
    expect(card.groups).toHaveLength(1);
    expect(card.groups[0]!.items[0]!.claimId).toBe('a#c0');
  });

  it('has no groups for a claim no other source matches', async () => {
    const { store } = await threeSources();
    expect((await claimCardView(store, 'a#c2')).groups).toEqual([]);
  });

  it('refuses a claim that is not stored, saying so', async () => {
    const { store } = await threeSources();
    await expect(claimCardView(store, 'zz#c9')).rejects.toThrow(/not in the store/);
  });

  it('lists the best few claims of a relation many sources share, and says how many there are', async () => {
    const store = new MemoryClaimStore();
    const own = article('own', ['The summit lasted two days.']);
    await store.commitDocument(write(own));
    const retellings = CARD_ITEMS_PER_RELATION + 4;
    for (let i = 0; i < retellings; i++) {
      const other = article(`s${String(i).padStart(2, '0')}`, ['The summit lasted two days.']);
      await store.commitDocument(write({ ...other, matches: [match(own.claims[0]!, other.claims[0]!, 'agrees', 0.5 + i / 100, 'duration 2 d in both')] }));
    }
    const [agrees] = (await claimCardView(store, own.claims[0]!.id)).groups;
    expect(agrees!.total).toBe(retellings);
    expect(agrees!.items).toHaveLength(CARD_ITEMS_PER_RELATION);
    expect(agrees!.items[0]!.score).toBe(0.5 + (retellings - 1) / 100);
  });
});
