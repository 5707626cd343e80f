import type { EntityType } from '../lib/engine/types';
import type { Relation } from '../lib/engine/types';
import { RELATION_SYMBOL } from '../lib/ui/relations';

interface LegendEntry {
  className: string;
  sample: string;
  symbol?: string;
  meaning: string;
}

const CLAIMS: Record<Relation, LegendEntry> = {
  conflicts: { className: 'cl-hl-claim-conflicts', sample: 'lasted 2 hours', symbol: RELATION_SYMBOL.conflicts, meaning: 'Claim another source contradicts' },
  agrees: { className: 'cl-hl-claim-agrees', sample: 'on 9 July', symbol: RELATION_SYMBOL.agrees, meaning: 'Claim another source confirms' },
  related: { className: 'cl-hl-claim-related', sample: 'the talks began', symbol: RELATION_SYMBOL.related, meaning: 'Claim other sources also discuss' },
};

const ENTITIES: Record<EntityType, LegendEntry> = {
  person: { className: 'cl-hl-entity-person', sample: 'Jane Doe', meaning: 'Person' },
  place: { className: 'cl-hl-entity-place', sample: 'Lisbon', meaning: 'Place' },
  organization: { className: 'cl-hl-entity-organization', sample: 'the Council', meaning: 'Organisation' },
};

const KEYS: { keys: string; meaning: string }[] = [
  { keys: 'Alt+Shift+N / P', meaning: 'Next / previous claim other sources report, with its card' },
  { keys: 'Alt+Shift+H', meaning: 'Hide or show highlights on this site' },
  { keys: 'Esc', meaning: 'Close the card' },
];

/**
 * The highlight styles used on pages, drawn with the same design tokens the page highlights use,
 * and the keys that reach them.
 */
export function Legend() {
  const entries = [...Object.values(CLAIMS), ...Object.values(ENTITIES)];
  return (
    <>
      <LegendStyles entries={entries} />
      <p class="cl-legend__note">Claims no other source reports are not marked; the counts above include them.</p>
      <dl class="cl-legend cl-legend--keys">
        {KEYS.map(({ keys, meaning }) => (
          <div class="cl-legend__row" key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function LegendStyles({ entries }: { entries: LegendEntry[] }) {
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
