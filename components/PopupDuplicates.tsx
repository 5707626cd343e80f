import type { SourceView } from '../lib/messages';
import { formatPublished } from '../lib/ui/format';
import { safeHref, siteLabel } from '../lib/ui/sites';

/** "This page is a copy of …": near-duplicates found in the store. */
export function PopupDuplicates({ sources }: { sources: readonly SourceView[] }) {
  if (sources.length === 0) return null;
  return (
    <section class="cl-duplicates" data-testid="popup-duplicates" aria-label="Copies">
      <p>This page is a copy of:</p>
      <ul>
        {sources.map((source) => {
          const href = safeHref(source.url);
          const name = source.title.trim() || siteLabel(source.url);
          const published = formatPublished(source.published);
          return (
            <li key={source.id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {name}
                </a>
              ) : (
                name
              )}{' '}
              <span class="cl-muted">
                {source.site.trim() || siteLabel(source.url)}
                {published && ` · ${published}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
