/**
 * Three stored articles on one event: B conflicts with A on the flight's duration, C agrees with
 * it and relates to its meeting claim; all three mention Lavrov.
 */
import type { ClaimStore } from '../../../lib/store/claim-store';
import type { ClaimRecord } from '../../../lib/store/records';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { article, entity, match, mention, write } from '../store/make-records';

export async function threeSources(store: ClaimStore = new MemoryClaimStore()) {
  const duration = (text: string, value: number) => ({ text, kind: 'duration' as const, value, unit: 's' });
  const a = article('a', [
    { text: 'Lavrov flew for 2 hours and 16 minutes.', quantities: [duration('2 hours and 16 minutes', 8160)] },
    'Lavrov met Wang in Bali.',
    'Nothing else matched here.',
  ], { published: '2024-03-01T10:00:00Z' });
  const b = article('b', [{ text: 'The flight of Lavrov lasted two hours seventeen minutes.', quantities: [duration('two hours seventeen minutes', 8220)] }], {
    published: '2024-03-02T10:00:00Z',
  });
  const c = article('c', [
    { text: 'Lavrov was in the air 2 hours 16 minutes.', quantities: [duration('2 hours 16 minutes', 8160)] },
    'Wang and Lavrov talked in Bali.',
  ], { published: '2024-03-03T10:00:00Z', duplicateOf: ['a'] });
  const [a0, a1] = a.claims as [ClaimRecord, ClaimRecord];
  const [b0] = b.claims as [ClaimRecord];
  const [c0, c1] = c.claims as [ClaimRecord, ClaimRecord];
  const lavrov = entity('p.lavrov', 'Lavrov', 'person', { aliases: ['Lavrov', 'Sergei Lavrov'] });
  const bali = entity('g.bali', 'Bali', 'place');
  const mentionsOf = (src: { source: { id: string; text: string } }, names: string[]) =>
    names.map((name, i) => mention(src.source.id, i, name === 'Bali' ? 'g.bali' : 'p.lavrov', src.source.text.indexOf(name), name));

  await store.commitDocument(write({ ...a, entities: [lavrov, bali], mentions: mentionsOf(a, ['Lavrov', 'Bali']) }));
  await store.commitDocument(
    write({ ...b, entities: [lavrov], mentions: mentionsOf(b, ['Lavrov']), matches: [match(b0, a0, 'conflicts', 0.9, 'duration 2 h 16 min vs 2 h 17 min')] }),
  );
  await store.commitDocument(
    write({
      ...c,
      entities: [lavrov, bali],
      mentions: mentionsOf(c, ['Lavrov', 'Bali']),
      matches: [match(c0, a0, 'agrees', 0.95, 'duration 2 h 16 min'), match(c1, a1, 'related', 0.6, 'Lavrov, Wang, Bali')],
    }),
  );
  return { store, a, b, c, a0, a1, b0, c0, c1 };
}
