import { useEffect, useState } from 'preact/hooks';
import type { ClaimCardView, ClaimListItem } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatPublished } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';
import { markRuns } from '../lib/ui/marks';
import { RELATION_LABEL } from '../lib/ui/relations';
import { safeHref, siteLabel } from '../lib/ui/sites';
import { OtherClaimList } from './OtherClaimList';

export interface ClaimDetailProps {
  background: Transport;
  item: ClaimListItem;
  onFilterEntity: (entity: { id: string; name: string }) => void;
  onFilterSource: (source: { id: string; title: string }) => void;
}

type Card = { kind: 'loading' } | { kind: 'ready'; card: ClaimCardView } | { kind: 'failed'; message: string };

/** One claim in full: its source (opened at the quote), what it is about, and what other sources say. */
export function ClaimDetail({ background, item, onFilterEntity, onFilterSource }: ClaimDetailProps) {
  const [card, setCard] = useState<Card>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setCard({ kind: 'loading' });
    request(background, { type: 'card.claim', claimId: item.id }).then(
      (value) => live && setCard({ kind: 'ready', card: value }),
      (error: unknown) => live && setCard({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [background, item.id]);

  const { source } = item;
  const href = safeHref(item.link) ?? safeHref(source.url);
  const title = source.title.trim() || siteLabel(source.url);
  const published = formatPublished(source.published);
  return (
    <article class="cl-detail" aria-labelledby="cl-claim-detail-heading" data-testid="manager-claim-detail">
      <h3 id="cl-claim-detail-heading" class="cl-visually-hidden">
        The claim and what other sources say
      </h3>
      <blockquote class="cl-detail__quote">
        {markRuns(item.text, item.marks).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : run.text))}
      </blockquote>
      <p class="cl-detail__source">
        <span class="cl-other__site">{source.site || siteLabel(source.url)}</span>
        {published && <span class="cl-muted"> · {published}</span>}
        <br />
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" data-testid="manager-claim-open">
            {title} — open at the quote
          </a>
        ) : (
          <span>{title}</span>
        )}
      </p>
      <div class="cl-detail__chips">
        {item.quantities.map((quantity, index) => (
          <span key={index} class="cl-chip cl-chip--static" title={quantity.kind}>
            {quantity.text}
          </span>
        ))}
        {item.entities.map((entity) => (
          <button key={entity.id} type="button" class={`cl-chip cl-chip--entity cl-chip--${entity.type}`} aria-label={`Only claims about ${entity.name}`} onClick={() => onFilterEntity({ id: entity.id, name: entity.name })}>
            {entity.name}
          </button>
        ))}
        <button type="button" class="cl-button cl-button--quiet" onClick={() => onFilterSource({ id: source.id, title })}>
          Only this article
        </button>
      </div>
      {card.kind === 'loading' && <p class="cl-muted cl-small">Looking for other sources…</p>}
      {card.kind === 'failed' && (
        <p class="cl-error" role="alert">
          Could not load what other sources say: {card.message}
        </p>
      )}
      {card.kind === 'ready' &&
        (card.card.groups.length === 0 ? (
          <p class="cl-muted cl-small">No other stored source says anything about this yet.</p>
        ) : (
          card.card.groups.map((group) => (
            <section key={group.relation} class="cl-detail__group" aria-label={RELATION_LABEL[group.relation]}>
              <h4 class={`cl-detail__group-title cl-detail__group-title--${group.relation}`}>
                {RELATION_LABEL[group.relation]} ({group.items.length})
              </h4>
              <OtherClaimList items={group.items} testId="manager-claim-match" showRelation={false} />
            </section>
          ))
        ))}
    </article>
  );
}
