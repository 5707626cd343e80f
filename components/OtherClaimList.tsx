import type { OtherClaimView } from '../lib/messages';
import { formatPublished } from '../lib/ui/format';
import { markRuns } from '../lib/ui/marks';
import { safeHref, siteLabel } from '../lib/ui/sites';
import { RelationBadge } from './RelationBadge';

export interface OtherClaimListProps {
  items: readonly OtherClaimView[];
  /** `data-testid` of each item, so each surface can be told apart in end-to-end tests. */
  testId?: string;
  /** Hide the relation badge when the list is already grouped under one relation. */
  showRelation?: boolean;
}

/** What other sources say: each quote with its differing values marked, its source and a link to it. */
export function OtherClaimList({ items, testId = 'other-claim', showRelation = true }: OtherClaimListProps) {
  return (
    <ul class="cl-others">
      {items.map((item) => (
        <OtherClaim key={item.claimId} item={item} testId={testId} showRelation={showRelation} />
      ))}
    </ul>
  );
}

function OtherClaim({ item, testId, showRelation }: { item: OtherClaimView; testId: string; showRelation: boolean }) {
  const { source } = item;
  const siteName = source.site.trim() || siteLabel(source.url);
  const published = formatPublished(source.published);
  const href = safeHref(item.link) ?? safeHref(source.url);
  const title = source.title.trim() || siteName;
  return (
    <li class={`cl-other cl-other--${item.relation}`} data-testid={testId} data-relation={item.relation}>
      <div class="cl-other__meta">
        {showRelation && <RelationBadge relation={item.relation} />}
        <span class="cl-other__site">{siteName}</span>
        {published && <span class="cl-other__date">{published}</span>}
      </div>
      <blockquote class="cl-other__quote">
        {markRuns(item.text, item.marks).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : run.text))}
      </blockquote>
      {item.note && <p class="cl-other__note">{item.note}</p>}
      {href ? (
        <a class="cl-other__link" href={href} target="_blank" rel="noopener noreferrer" aria-label={`Open “${title}” at this quote, in a new tab`}>
          {title}
        </a>
      ) : (
        <span class="cl-other__link">{title}</span>
      )}
    </li>
  );
}
