/**
 * What other sources say about given claims: each match turned into the other side's claim, its
 * source, the spans to mark and a link to the quote. Shared by the claim card and the source
 * summary.
 */
import type { Relation } from '../engine/types';
import type { OtherClaimView } from '../messages';
import type { ReadStore } from './read-store';
import type { ClaimRecord, MatchRecord } from '../store/records';
import { toSourceView } from './source-view';
import { textFragmentLink } from './text-fragment';

/** Cards list conflicts first: they are what a critical reader came for. */
export const RELATION_ORDER: readonly Relation[] = ['conflicts', 'agrees', 'related'];

export function relationRank(relation: Relation): number {
  return RELATION_ORDER.indexOf(relation);
}

/** For each of `claimIds`, the other sources' matching claims, conflicts first, best score first. */
export async function otherClaimsOf(store: ReadStore, claimIds: string[]): Promise<Map<string, OtherClaimView[]>> {
  const own = new Set(claimIds);
  const matches = await store.matchesOfClaims(claimIds);
  const otherId = (match: MatchRecord, claimId: string) => (match.a === claimId ? match.b : match.a);
  // A match names the sources of both its claims: the other sources are read with the other claims.
  const [others, sources] = await Promise.all([
    store.getClaims(matches.flatMap((m) => [m.a, m.b]).filter((id) => !own.has(id))),
    store.getSources(matches.flatMap((m) => [own.has(m.a) ? null : m.sourceA, own.has(m.b) ? null : m.sourceB]).filter((id) => id !== null)),
  ]);
  const claimsById = new Map(others.map((c) => [c.id, c]));
  const sourcesById = new Map(sources.map((s) => [s.id, s]));

  const result = new Map<string, OtherClaimView[]>(claimIds.map((id) => [id, []]));
  for (const match of matches) {
    for (const claimId of [match.a, match.b]) {
      const views = result.get(claimId);
      const other = claimsById.get(otherId(match, claimId));
      const source = other && sourcesById.get(other.sourceId);
      if (!views || !other || !source) continue;
      views.push({
        claimId: other.id,
        text: other.text,
        marks: quantityMarks(other),
        relation: match.relation,
        note: match.note,
        score: match.score,
        source: toSourceView(source),
        link: textFragmentLink(source.url, other.selector.exact || other.text),
      });
    }
  }
  for (const views of result.values()) {
    views.sort((x, y) => relationRank(x.relation) - relationRank(y.relation) || y.score - x.score);
  }
  return result;
}

/** The quantities of a claim as spans of its own text (they are stored as offsets into the article). */
export function quantityMarks(claim: ClaimRecord): { start: number; end: number }[] {
  const marks: { start: number; end: number }[] = [];
  for (const quantity of claim.quantities) {
    const start = quantity.start - claim.position.start;
    const end = quantity.end - claim.position.start;
    if (start >= 0 && end <= claim.text.length && start < end) marks.push({ start, end });
  }
  return marks.sort((x, y) => x.start - y.start);
}
