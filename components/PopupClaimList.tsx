import { useState } from 'preact/hooks';
import type { SourceSummaryView } from '../lib/messages';
import { byRelation, byStrength, RELATION_ORDER, strongestRelation } from '../lib/ui/relations';
import { OtherClaimList } from './OtherClaimList';
import { RelationBadge } from './RelationBadge';

type SummaryClaim = SourceSummaryView['claims'][number];

/** The page's claims that other sources also report, conflicts first; each opens to the other quotes. */
export function PopupClaimList({ claims }: { claims: readonly SummaryClaim[] }) {
  const ordered = byStrength(claims);
  // The most important claim starts open: the popup answers "what do others say?" without a click.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(ordered.slice(0, 1).map((claim) => claim.id)));
  if (ordered.length === 0) {
    return <p class="cl-empty">No claim on this page is reported by your other sources yet.</p>;
  }
  const toggle = (id: string) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  return (
    <ul class="cl-claims" aria-label="Claims other sources also report">
      {ordered.map((claim) => {
        const relation = strongestRelation(claim.counts) ?? 'related';
        const expanded = open.has(claim.id);
        const panelId = `cl-claim-${claim.id.replace(/[^\w-]/g, '_')}`;
        return (
          <li key={claim.id} class={`cl-claim cl-claim--${relation}`} data-testid="popup-claim" data-relation={relation}>
            <button type="button" class="cl-claim__toggle" aria-expanded={expanded} aria-controls={panelId} onClick={() => toggle(claim.id)}>
              <span class="cl-claim__text">{claim.text}</span>
              <span class="cl-claim__counts">
                {RELATION_ORDER.filter((name) => claim.counts[name] > 0).map((name) => (
                  <RelationBadge key={name} relation={name} count={claim.counts[name]} />
                ))}
              </span>
            </button>
            {expanded && (
              <div id={panelId} class="cl-claim__others">
                <OtherClaimList items={byRelation(claim.others, (other) => other.relation)} testId="popup-other-claim" />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
