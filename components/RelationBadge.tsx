import type { Relation } from '../lib/engine/types';
import { RELATION_DESCRIPTION, RELATION_LABEL, RELATION_SYMBOL } from '../lib/ui/relations';

const COUNT_LABEL: Record<Relation, string> = { conflicts: 'conflicting', agrees: 'agreeing', related: 'related' };

/** A relation as colour, symbol and word together; with `count`, "2 conflicting". */
export function RelationBadge({ relation, count }: { relation: Relation; count?: number }) {
  const label = count === undefined ? RELATION_LABEL[relation] : `${count} ${COUNT_LABEL[relation]}`;
  return (
    <span class={`cl-badge cl-badge--${relation}`} data-relation={relation} title={RELATION_DESCRIPTION[relation]}>
      <span class="cl-badge__symbol" aria-hidden="true">
        {RELATION_SYMBOL[relation]}
      </span>
      {label}
    </span>
  );
}
