/** The Claims section's query, shared with the sections that open it (an entity's or a source's claims). */
import type { Relation, QuantityKind } from '../engine/types';
import type { ClaimFilter } from '../store/search';

export interface ClaimQuery {
  text: string;
  entity: { id: string; name: string } | null;
  source: { id: string; title: string } | null;
  quantityKind: QuantityKind | null;
  relation: Relation | null;
}

export const EMPTY_CLAIM_QUERY: ClaimQuery = { text: '', entity: null, source: null, quantityKind: null, relation: null };

export function claimFilterOf(query: ClaimQuery): ClaimFilter {
  const filter: ClaimFilter = {};
  if (query.entity) filter.entityId = query.entity.id;
  if (query.source) filter.sourceId = query.source.id;
  if (query.quantityKind) filter.quantityKind = query.quantityKind;
  if (query.relation) filter.relation = query.relation;
  return filter;
}

export const QUANTITY_KIND_LABEL: Record<QuantityKind, string> = {
  duration: 'Durations',
  date: 'Dates',
  time: 'Times of day',
  count: 'Counts',
  money: 'Money',
  percent: 'Percentages',
  measure: 'Measures',
};
