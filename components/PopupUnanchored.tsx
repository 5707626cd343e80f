import type { PageStateView } from '../lib/messages';
import { formatCount } from '../lib/ui/format';

type Unanchored = NonNullable<PageStateView['unanchored']>;

/** Highlights found in the article that could not be placed on the page: listed, never dropped silently. */
export function PopupUnanchored({ items }: { items: Unanchored }) {
  if (items.length === 0) return null;
  return (
    <details class="cl-unanchored" data-testid="popup-unanchored">
      <summary>{formatCount(items.length, 'highlight')} could not be placed on the page</summary>
      <ul>
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            <span class="cl-muted">{item.kind === 'claim' ? 'Claim' : 'Name'}:</span> {item.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
