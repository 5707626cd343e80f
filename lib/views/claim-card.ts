/** The card a reader opens from a claim highlight. */
import type { ClaimCardView } from '../messages';
import type { ReadStore } from './read-store';
import { RELATION_ORDER, otherClaimsOf } from './other-claims';
import { toSourceView } from './source-view';

/** Claims listed per relation: best first, the rest counted (see ClaimCardView.groups). */
export const CARD_ITEMS_PER_RELATION = 8;

export async function claimCardView(store: ReadStore, claimId: string): Promise<ClaimCardView> {
  const [claim] = await store.getClaims([claimId]);
  if (!claim) throw new Error(`This claim is not in the store (${claimId}): add the page to compare it with other sources.`);
  const source = await store.getSource(claim.sourceId);
  if (!source) throw new Error(`The source of this claim is no longer stored (${claim.sourceId}).`);
  const others = (await otherClaimsOf(store, [claimId])).get(claimId) ?? [];
  return {
    claim: { id: claim.id, text: claim.text, quantities: claim.quantities, source: toSourceView(source) },
    groups: RELATION_ORDER.map((relation) => {
      const all = others.filter((o) => o.relation === relation);
      return { relation, items: all.slice(0, CARD_ITEMS_PER_RELATION), total: all.length };
    }).filter((group) => group.total > 0),
  };
}
