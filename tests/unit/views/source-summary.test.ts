import { describe, expect, it } from 'vitest';
import { findSourceSummary, sourceSummaryView } from '../../../lib/views/source-summary';
import { threeSources } from './scenario';

describe('the source summary', () => {
  it('lists only the claims other sources match, the conflicting ones first', async () => {
    const { store } = await threeSources();
    const summary = await sourceSummaryView(store, 'a');
    expect(summary.claims.map((c) => [c.id, c.counts])).toEqual([
      ['a#c0', { conflicts: 1, agrees: 1, related: 0 }],
      ['a#c1', { conflicts: 0, agrees: 0, related: 1 }],
    ]);
    expect(summary.claims[0]!.others.map((o) => o.relation)).toEqual(['conflicts', 'agrees']);
  });

  it('counts claims, entities, matches and conflicts of the source', async () => {
    const { store } = await threeSources();
    expect((await sourceSummaryView(store, 'a')).counts).toEqual({ claims: 3, entities: 2, matches: 3, conflicts: 1 });
  });

  it('names the sources it is a copy of', async () => {
    const { store } = await threeSources();
    expect((await sourceSummaryView(store, 'c')).source.duplicateOf.map((s) => s.id)).toEqual(['a']);
    expect((await sourceSummaryView(store, 'a')).source.duplicateOf).toEqual([]);
  });

  it('refuses a source that is not stored', async () => {
    const { store } = await threeSources();
    await expect(sourceSummaryView(store, 'nope')).rejects.toThrow(/not in the store/);
  });

  it('has no summary, and no error, for a source that is not stored when asked whether there is one', async () => {
    const { store } = await threeSources();
    expect(await findSourceSummary(store, 'nope')).toBeNull();
    expect(await findSourceSummary(store, 'a')).toEqual(await sourceSummaryView(store, 'a'));
  });
});
