import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Relation, QuantityKind } from '../lib/engine/types';
import type { ClaimListItem, Page } from '../lib/messages';
import type { Transport } from '../lib/messaging/protocol-client';
import type { ClaimFilter, PageRequest } from '../lib/store/search';
import { claimFilterOf, QUANTITY_KIND_LABEL, type ClaimQuery } from '../lib/ui/claim-query';
import { formatCount, formatNumber } from '../lib/ui/format';
import { markRuns } from '../lib/ui/marks';
import { usePagedList } from '../lib/ui/paged-list';
import { RELATION_LABEL, RELATION_ORDER } from '../lib/ui/relations';
import { siteLabel } from '../lib/ui/sites';
import { useDebounced } from '../lib/ui/use-debounced';
import { ClaimDetail } from './ClaimDetail';
import { EntityPicker } from './EntityPicker';
import { VirtualList } from './VirtualList';

/** Fixed row height (two lines of claim text and one of source) lets the list skip unseen rows. */
const ROW_HEIGHT = 76;
/**
 * A little more than a tall screen renders (its rows and those drawn beyond each edge): every claim
 * of a page is read with its source, entities and matches, so a page of a hundred took the first
 * answer several times as long as the rows on screen need.
 */
const PAGE_SIZE = 25;

/** Claims holding every word of `query` (the last as a prefix) and passing `filter`, one window of them. */
export type ClaimSearcher = (query: string, filter: ClaimFilter, page: PageRequest) => Promise<Page<ClaimListItem>>;

export interface ClaimSearchProps {
  background: Transport;
  search: ClaimSearcher;
  query: ClaimQuery;
  onQueryChange: (query: ClaimQuery) => void;
  refreshKey: number;
}

/** Search every claim as you type, filter it, and see what other sources say about each. */
export function ClaimSearch({ background, search, query, onQueryChange, refreshKey }: ClaimSearchProps) {
  const [active, setActive] = useState(-1);
  const text = useDebounced(query.text, 100);
  const filter = claimFilterOf(query);
  const key = JSON.stringify([text, filter, refreshKey]);
  const fetchPage = useCallback(
    (offset: number, limit: number) => search(text, filter, { offset, limit }),
    [search, key],
  );
  const list = usePagedList<ClaimListItem>(key, fetchPage, PAGE_SIZE);
  useEffect(() => setActive(-1), [key]);
  const set = (change: Partial<ClaimQuery>) => onQueryChange({ ...query, ...change });
  const total = list.total ?? 0;
  const activeItem = active >= 0 ? list.itemAt(active) : undefined;
  const onRangeChange = useCallback((start: number, end: number) => list.ensure(start, end), [list]);

  return (
    <section class="cl-panel cl-section" aria-labelledby="cl-claims-heading">
      <div class="cl-panel__head">
        <h2 id="cl-claims-heading">Claims</h2>
        <span class="cl-muted cl-small" aria-live="polite" data-testid="manager-claim-total">
          {list.total === null ? (list.error ? '' : 'Searching…') : `${formatCount(total, 'claim')}${list.firstPageMs !== null ? ` · ${Math.round(list.firstPageMs)} ms` : ''}`}
        </span>
      </div>
      <form class="cl-toolbar" role="search" aria-label="Search claims" onSubmit={(event) => event.preventDefault()}>
        <label class="cl-field cl-field--grow">
          <span>Search</span>
          <input type="search" value={query.text} placeholder="Words in the claim, e.g. ceasefire Syria" data-testid="manager-search" autoFocus onInput={(event) => set({ text: event.currentTarget.value })} />
        </label>
        {query.entity ? (
          <FilterChip label="About" value={query.entity.name} onClear={() => set({ entity: null })} />
        ) : (
          <EntityPicker id="manager-claims-entity" label="About" placeholder="Person, place…" background={background} onPick={(entity) => set({ entity: { id: entity.id, name: entity.name } })} />
        )}
        {query.source && <FilterChip label="In" value={query.source.title || 'one article'} onClear={() => set({ source: null })} />}
        <label class="cl-field">
          <span>Holding</span>
          <select value={query.quantityKind ?? ''} onChange={(event) => set({ quantityKind: (event.currentTarget.value || null) as QuantityKind | null })}>
            <option value="">Any value</option>
            {(Object.keys(QUANTITY_KIND_LABEL) as QuantityKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {QUANTITY_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </label>
        <label class="cl-field">
          <span>Other sources</span>
          <select value={query.relation ?? ''} onChange={(event) => set({ relation: (event.currentTarget.value || null) as Relation | null })}>
            <option value="">Any or none</option>
            {RELATION_ORDER.map((relation) => (
              <option key={relation} value={relation}>
                {RELATION_LABEL[relation]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {list.error && (
        <p class="cl-error" role="alert">
          Could not search the claims: {list.error}
        </p>
      )}
      <div class="cl-split">
        <div class="cl-split__list">
          {list.total === 0 ? (
            <p class="cl-empty">{query.text || Object.keys(filter).length ? 'No claim matches.' : 'No claims yet. Add articles to see them here.'}</p>
          ) : (
            <VirtualList
              id="manager-claims"
              label="Claims found"
              count={total}
              rowHeight={ROW_HEIGHT}
              active={active}
              onActiveChange={setActive}
              onRangeChange={onRangeChange}
              renderRow={(index) => <ClaimRow item={list.itemAt(index)} />}
            />
          )}
        </div>
        <div class="cl-split__detail">
          {activeItem ? (
            <ClaimDetail
              background={background}
              item={activeItem}
              onFilterEntity={(entity) => set({ entity })}
              onFilterSource={(source) => set({ source })}
            />
          ) : (
            <p class="cl-empty">{total > 0 ? 'Choose a claim to see what other sources say about it.' : ''}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function FilterChip({ label, value, onClear }: { label: string; value: string; onClear: () => void }) {
  return (
    <span class="cl-field">
      <span>{label}</span>
      <span class="cl-chip">
        <span class="cl-chip__text">{value}</span>
        <button type="button" class="cl-chip__clear" aria-label={`Remove the filter ${label.toLowerCase()} “${value}”`} onClick={onClear}>
          ×
        </button>
      </span>
    </span>
  );
}

function ClaimRow({ item }: { item: ClaimListItem | undefined }) {
  if (!item) return <div class="cl-claim-row cl-claim-row--loading" aria-busy="true" />;
  const { counts } = item;
  return (
    <div class="cl-claim-row" data-testid="manager-claim-row" data-claim-id={item.id}>
      <p class="cl-claim-row__text">
        {markRuns(item.text, item.marks).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : run.text))}
      </p>
      <p class="cl-claim-row__meta">
        <span class="cl-claim-row__site">{item.source.site || siteLabel(item.source.url)}</span>
        <span class="cl-claim-row__title">{item.source.title}</span>
        {counts.conflicts > 0 && <span class="cl-count cl-count--conflicts">≠ {formatNumber(counts.conflicts)}</span>}
        {counts.agrees > 0 && <span class="cl-count cl-count--agrees">= {formatNumber(counts.agrees)}</span>}
        {counts.related > 0 && <span class="cl-count cl-count--related">≈ {formatNumber(counts.related)}</span>}
      </p>
    </div>
  );
}
