/** How relations between claims are named, ordered and ranked for display. */
import type { Relation } from '../engine/types';
import type { RelationCounts } from '../messages';

/** Most important first: a conflict is what the reader must not miss. */
export const RELATION_ORDER: readonly Relation[] = ['conflicts', 'agrees', 'related'];

export const RELATION_LABEL: Record<Relation, string> = {
  conflicts: 'Conflicts',
  agrees: 'Agrees',
  related: 'Related',
};

/** A symbol beside the colour, so that relations never depend on colour vision alone. */
export const RELATION_SYMBOL: Record<Relation, string> = {
  conflicts: '≠',
  agrees: '=',
  related: '≈',
};

export const RELATION_DESCRIPTION: Record<Relation, string> = {
  conflicts: 'another source gives a different value for the same thing',
  agrees: 'another source says the same',
  related: 'another source speaks of the same thing without a value to compare',
};

export function strongestRelation(counts: RelationCounts): Relation | null {
  return RELATION_ORDER.find((relation) => counts[relation] > 0) ?? null;
}

/** Sorts items by relation rank, keeping the given order within a rank. */
export function byRelation<T>(items: readonly T[], relationOf: (item: T) => Relation | null): T[] {
  const rank = (item: T) => {
    const relation = relationOf(item);
    return relation === null ? RELATION_ORDER.length : RELATION_ORDER.indexOf(relation);
  };
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item);
}

/**
 * Claims by what the reader most needs to see: conflicts first, and within one relation the claims
 * that the most other sources report that way.
 */
export function byStrength<T extends { counts: RelationCounts }>(claims: readonly T[]): T[] {
  const key = (claim: T) => {
    const relation = strongestRelation(claim.counts);
    return { rank: relation === null ? RELATION_ORDER.length : RELATION_ORDER.indexOf(relation), count: relation === null ? 0 : claim.counts[relation] };
  };
  return claims
    .map((claim, index) => ({ claim, index, ...key(claim) }))
    .sort((a, b) => a.rank - b.rank || b.count - a.count || a.index - b.index)
    .map(({ claim }) => claim);
}
