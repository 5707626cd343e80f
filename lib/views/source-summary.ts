/** Everything about one stored source, for the popup. */
import type { RelationCounts, SourceSummaryView } from '../messages';
import type { ReadStore } from './read-store';
import { otherClaimsOf } from './other-claims';
import { toSourceView } from './source-view';

export async function sourceSummaryView(store: ReadStore, sourceId: string): Promise<SourceSummaryView> {
  const summary = await findSourceSummary(store, sourceId);
  if (!summary) throw new Error(`This page is not in the store (${sourceId}).`);
  return summary;
}

/**
 * The summary of a source, or null when the store has none by that id. Each read goes out as soon
 * as what it needs is known: the popup waits for the longest chain of reads, not for their sum.
 */
export async function findSourceSummary(store: ReadStore, sourceId: string): Promise<SourceSummaryView | null> {
  const [source, claims, mentions] = await Promise.all([store.getSource(sourceId), store.claimsOfSource(sourceId), store.mentionsOfSource(sourceId)]);
  if (!source) return null;
  const [duplicateOf, others] = await Promise.all([store.getSources(source.duplicateOf), otherClaimsOf(store, claims.map((c) => c.id))]);
  const matched = claims
    .map((claim) => {
      const list = others.get(claim.id) ?? [];
      const counts: RelationCounts = { agrees: 0, conflicts: 0, related: 0 };
      for (const other of list) counts[other.relation] += 1;
      return { id: claim.id, text: claim.text, counts, others: list, index: claim.index };
    })
    .filter((claim) => claim.others.length > 0)
    // Claims in conflict first, then agreed ones, each in reading order.
    .sort((x, y) => Number(y.counts.conflicts > 0) - Number(x.counts.conflicts > 0) || Number(y.counts.agrees > 0) - Number(x.counts.agrees > 0) || x.index - y.index);
  const total = matched.reduce(
    (sum, claim) => ({ matches: sum.matches + claim.others.length, conflicts: sum.conflicts + claim.counts.conflicts }),
    { matches: 0, conflicts: 0 },
  );
  return {
    source: { ...toSourceView(source), duplicateOf: duplicateOf.map(toSourceView) },
    counts: { claims: claims.length, entities: new Set(mentions.map((m) => m.entityId)).size, ...total },
    claims: matched.map(({ index: _index, ...claim }) => claim),
  };
}
