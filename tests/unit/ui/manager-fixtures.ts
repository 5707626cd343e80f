/** Views of a large store as the background answers the manager, for the manager tests. */
import type { ClaimListItem, EntityListItem, Page, SourceListItem } from '../../../lib/messages';
import { sourceView } from './views';

export function claimItem(n: number): ClaimListItem {
  return {
    id: `source-${n % 50}#c${n}`,
    text: `Claim ${n}: the talks lasted ${n % 7} hours.`,
    marks: [{ start: 26, end: 27 + String(n % 7).length + 6 }],
    source: sourceView(n % 50),
    quantities: [{ kind: 'duration', text: `${n % 7} hours` }],
    entities: [{ id: 'e-putin', name: 'Vladimir Putin', type: 'person' }],
    counts: { conflicts: n % 3 === 0 ? 1 : 0, agrees: 0, related: 0 },
    link: `https://outlet${n % 50}.example/article#:~:text=Claim%20${n}`,
  };
}

/** A window of `total` generated items, as a paginated list request answers it. */
export function pageOf<T>(total: number, offset: number, limit: number, make: (n: number) => T): Page<T> {
  const items: T[] = [];
  for (let n = offset; n < Math.min(total, offset + limit); n++) items.push(make(n));
  return { items, total, offset };
}

export function entityItem(n: number, fields: Partial<EntityListItem> = {}): EntityListItem {
  return { id: `e-${n}`, name: `Entity ${n}`, type: 'person', aliases: [`Entity ${n}`], mentionCount: 100 - n, ...fields };
}

export function sourceItem(n: number, fields: Partial<SourceListItem> = {}): SourceListItem {
  return { ...sourceView(n), byline: `Author ${n}`, claimCount: 10 + n, conflictCount: n % 2, duplicateCount: 0, ...fields };
}
