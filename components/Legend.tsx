import type { EntityType } from '../lib/engine/types';
import type { HighlightRelation } from '../lib/messages';
import { RELATION_SYMBOL } from '../lib/ui/relations';

interface LegendEntry {
  className: string;
  sample: string;
  symbol?: string;
  meaning: string;
}

const CLAIMS: Record<HighlightRelation, LegendEntry> = {
  conflicts: { className: 'cl-hl-claim-conflicts', sample: 'lasted 2 hours', symbol: RELATION_SYMBOL.conflicts, meaning: 'Claim another source contradicts' },
  agrees: { className: 'cl-hl-claim-agrees', sample: 'on 9 July', symbol: RELATION_SYMBOL.agrees, meaning: 'Claim another source confirms' },
  related: { className: 'cl-hl-claim-related', sample: 'the talks began', symbol: RELATION_SYMBOL.related, meaning: 'Claim other sources also discuss' },
  none: { className: 'cl-hl-claim-none', sample: '30 minutes', meaning: 'Checkable claim, not found elsewhere yet' },
};

const ENTITIES: Record<EntityType, LegendEntry> = {
  person: { className: 'cl-hl-entity-person', sample: 'Jane Doe', meaning: 'Person' },
  place: { className: 'cl-hl-entity-place', sample: 'Lisbon', meaning: 'Place' },
  organization: { className: 'cl-hl-entity-organization', sample: 'the Council', meaning: 'Organisation' },
};

/** The highlight styles used on pages, drawn with the same design tokens the page highlights use. */
export function Legend() {
  const entries = [...Object.values(CLAIMS), ...Object.values(ENTITIES)];
  return (
    <dl class="cl-legend">
      {entries.map((entry) => (
        <div class="cl-legend__row" key={entry.className}>
          <dt>
            <span class={`cl-swatch ${entry.className}`}>{entry.sample}</span>
            {entry.symbol && (
              <span class="cl-legend__symbol" aria-hidden="true">
                {entry.symbol}
              </span>
            )}
          </dt>
          <dd>{entry.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
