/** The card a reader opens from a claim highlight. */
import type { ClaimCardView } from '../messages';
import type { ReadStore } from './read-store';
import { RELATION_ORDER, otherClaimsOf } from './other-claims';
import { toSourceView } from './source-view';

export async function claimCardView(store: ReadStore, claimId: string): Promise<ClaimCardView> {
  const [claim] = await store.getClaims([claimId]);
  if (!claim) throw new Error(`This claim is not in the store (${claimId}): add the page to compare it with other sources.`);
  const source = await store.getSource(claim.sourceId);
  if (!source) throw new Error(`The source of this claim is no longer stored (${claim.sourceId}).`);
  const others = (await otherClaimsOf(store, [claimId])).get(claimId) ?? [];
  return {
    claim: { id: claim.id, text: claim.text, quantities: claim.quantities, source: toSourceView(source) },
    groups: RELATION_ORDER.map((relation) => ({ relation, items: others.filter((o) => o.relation === relation) })).filter(
      (group) => group.items.length > 0,
    ),
  };
}
