import type { EntityType } from '../lib/engine/types';
import type { ClaimCardView } from '../lib/messages';
import { RELATION_LABEL } from '../lib/ui/relations';
import { CardFrame, CardStatus, useCardData } from './CardFrame';
import { OtherClaimList } from './OtherClaimList';
import { RelationBadge } from './RelationBadge';

/** A name marked inside the claim, whose own card the reader can open from this one. */
export interface ClaimName {
  id: string;
  name: string;
  type: EntityType;
}

export interface ClaimCardProps {
  /** The highlighted claim as it reads on this page. */
  quote: string;
  load: () => Promise<ClaimCardView>;
  onClose: () => void;
  /** Names inside the claim: a click on the claim opens this card, so their cards open from here. */
  names?: ClaimName[];
  onOpenName?: (name: ClaimName) => void;
}

/** What other saved sources say about a claim, conflicts first. */
export function ClaimCard({ quote, load, onClose, names = [], onOpenName }: ClaimCardProps) {
  const state = useCardData(load);
  return (
    <CardFrame label="Claim: what other sources say" kind="Claim" heading="What other sources say" onClose={onClose}>
      <blockquote class="cl-card__quote">{quote}</blockquote>
      {names.length > 0 && onOpenName && (
        <p class="cl-card__names">
          <span class="cl-card__names-label">Names in this claim:</span>{' '}
          {names.map((name) => (
            <button
              type="button"
              key={name.id}
              class="cl-card__name"
              data-testid="card-claim-name"
              aria-label={`${name.name}: other sources that mention this name`}
              onClick={() => onOpenName(name)}
            >
              {name.name}
            </button>
          ))}
        </p>
      )}
      {state.status === 'ready' ? <ClaimGroups view={state.data} /> : <CardStatus state={state} />}
    </CardFrame>
  );
}

function ClaimGroups({ view }: { view: ClaimCardView }) {
  if (view.groups.length === 0) {
    return <p class="cl-card__empty">None of your other saved sources reports this yet.</p>;
  }
  return (
    <div>
      {view.groups.map((group) => (
        <section key={group.relation} class="cl-card__group" aria-label={`${RELATION_LABEL[group.relation]}: ${group.items.length}`}>
          <h3 class="cl-card__group-title">
            <RelationBadge relation={group.relation} count={group.items.length} />
          </h3>
          <OtherClaimList items={group.items} testId="card-other-claim" showRelation={false} />
        </section>
      ))}
    </div>
  );
}
