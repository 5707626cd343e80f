/**
 * Behaviour every ClaimStore must have, run against each implementation.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { POSTINGS_LIMIT, type Postings } from '../../../lib/engine/postings';
import type { ClaimStore } from '../../../lib/store/claim-store';
import type { ClaimRecord } from '../../../lib/store/records';
import { article, claim, entity, match, mention, source, write } from './make-records';

const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
const sortedPostings = (postings: Postings | undefined) => postings && { ids: [...postings.ids].sort(), complete: postings.complete };

/** Two sources A and B on the same event; B conflicts with A on one claim and agrees on another. */
async function twoSources(store: ClaimStore) {
  const a = article('a', [
    { text: 'The flight took 2 hours and 16 minutes.', keys: ['e:flight', 'duration'] },
    { text: 'Lavrov met Wang in Bali.', keys: ['e:lavrov'] },
  ]);
  const b = article('b', [
    { text: 'The flight lasted two hours seventeen minutes.', keys: ['e:flight', 'duration'] },
    { text: 'Lavrov and Wang met in Bali.', keys: ['e:lavrov'] },
  ], { sketchKeys: ['band-b'] });
  const lavrov = entity('e:lavrov', 'Lavrov');
  const [a0, a1] = a.claims as [ClaimRecord, ClaimRecord];
  const [b0, b1] = b.claims as [ClaimRecord, ClaimRecord];
  await store.commitDocument(
    write({ ...a, entities: [{ ...lavrov, mentionCount: 1 }], mentions: [mention('a', 0, 'e:lavrov', a1.position.start, 'Lavrov')] }),
  );
  const matches = [match(b0, a0, 'conflicts', 0.9, 'duration 2 h 16 min vs 2 h 17 min'), match(b1, a1, 'agrees')];
  await store.commitDocument(
    write({
      ...b,
      entities: [{ ...lavrov, mentionCount: 2 }],
      mentions: [mention('b', 0, 'e:lavrov', b1.position.start, 'Lavrov')],
      matches,
      touchedSources: [{ ...a.source, conflictCount: 1 }],
    }),
  );
  return { a, b, a0, a1, b0, b1, matches };
}

export function describeClaimStore(name: string, makeStore: () => ClaimStore | Promise<ClaimStore>): void {
  describe(`${name} as a ClaimStore`, () => {
    let store: ClaimStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('finds the ids of the claims holding each candidate key, and an empty complete list for a key nobody holds', async () => {
      await twoSources(store);
      const found = await store.findClaimIdsByKeys(['e:flight', 'duration', 'e:unknown', 'e:flight']);
      expect([...found.keys()]).toEqual(['e:flight', 'duration', 'e:unknown']);
      expect(sortedPostings(found.get('e:flight'))).toEqual({ ids: ['a#c0', 'b#c0'], complete: true });
      expect(found.get('e:unknown')).toEqual({ ids: [], complete: true });
    });

    it('stops finding the claims of a source under its keys once the source is replaced or forgotten', async () => {
      await twoSources(store);
      await store.commitDocument(write(article('a', [{ text: 'The flight was late.', keys: ['e:flight', 'delay'] }])));
      let found = await store.findClaimIdsByKeys(['e:flight', 'duration', 'delay', 'e:lavrov']);
      expect(sortedPostings(found.get('e:flight'))?.ids).toEqual(['a#c0', 'b#c0']);
      expect(found.get('duration')?.ids).toEqual(['b#c0']);
      expect(found.get('delay')?.ids).toEqual(['a#c0']);
      expect(found.get('e:lavrov')?.ids).toEqual(['b#c1']);
      await store.removeSource('b');
      found = await store.findClaimIdsByKeys(['e:flight', 'duration', 'e:lavrov']);
      expect(found.get('e:flight')).toEqual({ ids: ['a#c0'], complete: true });
      expect(found.get('duration')).toEqual({ ids: [], complete: true });
      expect(found.get('e:lavrov')).toEqual({ ids: [], complete: true });
    });

    it('tells a key more claims hold than the limit by a cut list of POSTINGS_LIMIT ids', async () => {
      const claims = Array.from({ length: POSTINGS_LIMIT + 2 }, (_, i) => claim('many', i, `Claim ${i}.`, { keys: ['common', `own${i}`] }));
      await store.commitDocument(write({ source: source('many'), claims }));
      const found = await store.findClaimIdsByKeys(['common', 'own3']);
      expect(found.get('common')?.complete).toBe(false);
      expect(found.get('common')?.ids).toHaveLength(POSTINGS_LIMIT);
      expect(found.get('own3')).toEqual({ ids: ['many#c3'], complete: true });
    });

    it('finds entities by any lookup key and the sketches of sources by any shared sketch band', async () => {
      await twoSources(store);
      await store.commitDocument(write({ source: source('c', { sketchKeys: ['band1', 'band2'] }) }));
      expect(ids(await store.findEntitiesByKeys(['nobody', 'lavrov']))).toEqual(['e:lavrov']);
      expect(ids(await store.findSketchesBySketchKeys(['band2', 'band9']))).toEqual(['c']);
    });

    it('stops finding a source by the sketch bands it no longer has, in a new version or once forgotten', async () => {
      await store.commitDocument(write({ source: source('c', { sketchKeys: ['band1', 'band2'] }) }));
      await store.commitDocument(write({ source: source('c', { sketchKeys: ['band2', 'band3'] }) }));
      expect(ids(await store.findSketchesBySketchKeys(['band1']))).toEqual([]);
      expect(ids(await store.findSketchesBySketchKeys(['band3', 'band2']))).toEqual(['c']);
      await store.removeSource('c');
      expect(ids(await store.findSketchesBySketchKeys(['band2', 'band3']))).toEqual([]);
    });

    it('returns the records that exist for the ids asked and skips unknown ids', async () => {
      await twoSources(store);
      expect(ids(await store.getSources(['a', 'missing', 'b']))).toEqual(['a', 'b']);
      expect(ids(await store.getClaims(['a#c1', 'zz#c0']))).toEqual(['a#c1']);
      expect(ids(await store.getEntities(['e:lavrov', 'e:none']))).toEqual(['e:lavrov']);
      expect(await store.getSource('missing')).toBeUndefined();
    });

    it('lists a source’s claims in text order and finds matches from either side', async () => {
      const { matches } = await twoSources(store);
      expect((await store.claimsOfSource('b')).map((c) => c.index)).toEqual([0, 1]);
      expect(ids(await store.matchesOfClaims(['a#c0']))).toEqual([matches[0]!.id]);
      expect(ids(await store.matchesOfClaims(['b#c1', 'a#c1']))).toEqual([matches[1]!.id]);
      expect(ids(await store.mentionsOfEntity('e:lavrov'))).toEqual(['a#m0', 'b#m0']);
      expect(ids(await store.mentionsOfSource('a'))).toEqual(['a#m0']);
    });

    it('counts a source’s conflicts from its matches on both sides', async () => {
      await twoSources(store);
      expect((await store.getSource('a'))?.conflictCount).toBe(1);
      expect((await store.getSource('b'))?.conflictCount).toBe(1);
      expect((await store.getEntities(['e:lavrov']))[0]?.mentionCount).toBe(2);
    });

    it('replaces an earlier version of a source with everything derived from it', async () => {
      await twoSources(store);
      // B again, edited: one claim left, no conflict, no mention of Lavrov.
      const edited = article('b', [{ text: 'The flight landed in Bali.', keys: ['e:flight'] }]);
      await store.commitDocument(write({ ...edited }));
      expect((await store.claimsOfSource('b')).map((c) => c.text)).toEqual(['The flight landed in Bali.']);
      expect(await store.matchesOfClaims(['a#c0', 'a#c1', 'b#c0', 'b#c1'])).toEqual([]);
      expect(await store.mentionsOfSource('b')).toEqual([]);
      expect((await store.getSource('a'))?.conflictCount).toBe(0);
      expect((await store.getEntities(['e:lavrov']))[0]?.mentionCount).toBe(1);
      expect(await store.counts()).toEqual({ sources: 2, claims: 3, entities: 1, mentions: 1, matches: 0 });
    });

    it('does not count conflicts twice when the same article is stored again', async () => {
      const { b, matches } = await twoSources(store);
      const a = await store.getSource('a');
      await store.commitDocument(write({ ...b, matches, touchedSources: [{ ...a!, conflictCount: 2 }] }));
      expect((await store.getSource('a'))?.conflictCount).toBe(1);
      expect((await store.getSource('b'))?.conflictCount).toBe(1);
    });

    it('forgets a source with its claims, mentions and matches and fixes what pointed at it', async () => {
      await twoSources(store);
      await store.commitDocument(write({ source: source('copy', { sketchKeys: ['band-b'], duplicateOf: ['b'] }) }));
      await store.commitDocument(write({ source: source('alike', { sketchKeys: ['band-b'], duplicateOf: ['a'] }) }));
      expect(await store.removeSource('b')).toBe(true);
      expect(await store.getSource('b')).toBeUndefined();
      expect(await store.claimsOfSource('b')).toEqual([]);
      expect(await store.mentionsOfSource('b')).toEqual([]);
      expect(await store.matchesOfClaims(['a#c0', 'a#c1'])).toEqual([]);
      expect((await store.getSource('a'))?.conflictCount).toBe(0);
      expect((await store.getEntities(['e:lavrov']))[0]?.mentionCount).toBe(1);
      expect((await store.getSource('copy'))?.duplicateOf).toEqual([]);
      expect((await store.getSource('alike'))?.duplicateOf).toEqual(['a']);
      expect(await store.counts()).toEqual({ sources: 3, claims: 2, entities: 1, mentions: 1, matches: 0 });
    });

    it('drops an entity once no stored source mentions it', async () => {
      await twoSources(store);
      await store.removeSource('a');
      await store.removeSource('b');
      expect(await store.getEntities(['e:lavrov'])).toEqual([]);
      expect(await store.counts()).toEqual({ sources: 0, claims: 0, entities: 0, mentions: 0, matches: 0 });
    });

    it('answers false when asked to forget a source it does not hold', async () => {
      expect(await store.removeSource('never-stored')).toBe(false);
    });

    it('keeps one claim per id when a claim is written twice', async () => {
      const one = claim('s', 0, 'A claim.');
      await store.commitDocument(write({ source: source('s'), claims: [one, { ...one, text: 'A claim, edited.' }] }));
      expect((await store.claimsOfSource('s')).map((c) => c.text)).toEqual(['A claim, edited.']);
    });
  });
}
