import type { EntityType } from '../lib/engine/types';
import type { EntityCardView } from '../lib/messages';
import { formatCount, formatPublished } from '../lib/ui/format';
import { safeHref, siteLabel } from '../lib/ui/sites';
import { CardFrame, CardStatus, useCardData } from './CardFrame';

const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organisation' };

export interface EntityCardProps {
  /** The name as written on this page. */
  name: string;
  type: EntityType;
  load: () => Promise<EntityCardView>;
  onClose: () => void;
}

/** Which other saved sources mention a person, place or organisation, with one quote each. */
export function EntityCard({ name, type, load, onClose }: EntityCardProps) {
  const state = useCardData(load);
  // The page's wording ("Russian", "Merkel") until the store names the entity itself ("Russia", "Angela Merkel").
  const heading = state.status === 'ready' ? state.data.entity.name : name;
  return (
    <CardFrame label={`${TYPE_LABEL[type]}: ${heading}`} kind={TYPE_LABEL[type]} heading={heading} onClose={onClose}>
      {state.status === 'ready' ? <EntitySources view={state.data} /> : <CardStatus state={state} />}
    </CardFrame>
  );
}

function EntitySources({ view }: { view: EntityCardView }) {
  const aliases = view.entity.aliases.filter((alias) => alias !== view.entity.name);
  return (
    <div>
      {aliases.length > 0 && <p class="cl-card__aliases">Also written: {aliases.join(', ')}</p>}
      {view.sources.length === 0 ? (
        <p class="cl-card__empty">None of your other saved sources mentions this yet.</p>
      ) : (
        <ul class="cl-others">
          {view.sources.map(({ source, mentions, quote, link }) => {
            const site = source.site.trim() || siteLabel(source.url);
            const title = source.title.trim() || site;
            const published = formatPublished(source.published);
            const href = safeHref(link) ?? safeHref(source.url);
            return (
              <li key={source.id} class="cl-other" data-testid="card-entity-source">
                <div class="cl-other__meta">
                  <span class="cl-other__site">{site}</span>
                  {published && <span class="cl-other__date">{published}</span>}
                  <span class="cl-other__date">{formatCount(mentions, 'mention')}</span>
                </div>
                {quote && <blockquote class="cl-other__quote">{quote}</blockquote>}
                {href ? (
                  <a class="cl-other__link" href={href} target="_blank" rel="noopener noreferrer" aria-label={`Open “${title}” at this mention, in a new tab`}>
                    {title}
                  </a>
                ) : (
                  <span class="cl-other__link">{title}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
