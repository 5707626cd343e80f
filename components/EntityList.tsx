import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../lib/engine/types';
import type { EntityListItem } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatCount, formatNumber } from '../lib/ui/format';
import { usePagedList } from '../lib/ui/paged-list';
import { useDebounced } from '../lib/ui/use-debounced';
import { EntityDetail } from './EntityDetail';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 52;
const PAGE_SIZE = 100;

export const ENTITY_TYPE_LABEL: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organisation' };

export interface EntityListProps {
  background: Transport;
  refreshKey: number;
  /** The store changed (an entity was renamed, merged, split or removed). */
  onChanged: () => void;
  onShowClaims: (entity: { id: string; name: string }) => void;
}

/** Every person, place and organisation in the store, with the edits that put them right. */
export function EntityList({ background, refreshKey, onChanged, onShowClaims }: EntityListProps) {
  const [text, setText] = useState('');
  const [entityType, setEntityType] = useState<EntityType | ''>('');
  const [sort, setSort] = useState<'mentions' | 'name'>('mentions');
  const [active, setActive] = useState(-1);
  const [notice, setNotice] = useState('');
  const query = useDebounced(text.trim(), 100);
  const key = JSON.stringify([query, entityType, sort]);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      request(background, { type: 'entities.list', query, sort, offset, limit, ...(entityType ? { entityType } : {}) }),
    [background, key],
  );
  const list = usePagedList<EntityListItem>(key, fetchPage, PAGE_SIZE);
  useEffect(() => setActive(-1), [key]);
  // Edits made here or elsewhere change names and counts: fetch the rows on screen again.
  useEffect(() => {
    if (refreshKey > 0) list.reload();
  }, [refreshKey]);
  const onRangeChange = useCallback((start: number, end: number) => list.ensure(start, end), [list]);
  const total = list.total ?? 0;
  const activeItem = active >= 0 ? list.itemAt(active) : undefined;

  return (
    <section class="cl-panel cl-section" aria-labelledby="cl-entities-heading">
      <div class="cl-panel__head">
        <h2 id="cl-entities-heading">Entities</h2>
        <span class="cl-muted cl-small" aria-live="polite">
          {list.total === null ? (list.error ? '' : 'Loading…') : formatCount(total, 'entity', 'entities')}
        </span>
      </div>
      <form class="cl-toolbar" role="search" aria-label="Find entities" onSubmit={(event) => event.preventDefault()}>
        <label class="cl-field cl-field--grow">
          <span>Name</span>
          <input type="search" value={text} placeholder="Any word of a name or alias" data-testid="manager-entity-search" onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <label class="cl-field">
          <span>Type</span>
          <select value={entityType} onChange={(event) => setEntityType(event.currentTarget.value as EntityType | '')}>
            <option value="">All</option>
            {(Object.keys(ENTITY_TYPE_LABEL) as EntityType[]).map((type) => (
              <option key={type} value={type}>
                {ENTITY_TYPE_LABEL[type]}
              </option>
            ))}
          </select>
        </label>
        <label class="cl-field">
          <span>Sort by</span>
          <select value={sort} onChange={(event) => setSort(event.currentTarget.value as 'mentions' | 'name')}>
            <option value="mentions">Most mentioned</option>
            <option value="name">Name</option>
          </select>
        </label>
      </form>
      {notice && (
        <p class="cl-small" role="status">
          {notice}
        </p>
      )}
      {list.error && (
        <p class="cl-error" role="alert">
          Could not list the entities: {list.error}
        </p>
      )}
      <div class="cl-split">
        <div class="cl-split__list">
          {list.total === 0 ? (
            <p class="cl-empty">{query || entityType ? 'No entity matches.' : 'No people, places or organisations yet.'}</p>
          ) : (
            <VirtualList id="manager-entities" label="Entities" count={total} rowHeight={ROW_HEIGHT} active={active} onActiveChange={setActive} onRangeChange={onRangeChange} renderRow={(index) => <EntityRow item={list.itemAt(index)} />} />
          )}
        </div>
        <div class="cl-split__detail">
          {activeItem ? (
            <EntityDetail
              key={activeItem.id}
              background={background}
              entity={activeItem}
              onChanged={onChanged}
              onRemoved={(message) => {
                setNotice(message);
                setActive(-1);
                onChanged();
              }}
              onShowClaims={() => onShowClaims({ id: activeItem.id, name: activeItem.name })}
            />
          ) : (
            <p class="cl-empty">{total > 0 ? 'Choose an entity to rename it, merge it with another, split an alias off, or remove it.' : ''}</p>
          )}
        </div>
      </div>
      <BlockedKeys background={background} refreshKey={refreshKey} onChanged={onChanged} />
    </section>
  );
}

function EntityRow({ item }: { item: EntityListItem | undefined }) {
  if (!item) return <div class="cl-entity-row cl-entity-row--loading" aria-busy="true" />;
  const others = item.aliases.filter((alias) => alias !== item.name);
  return (
    <div class="cl-entity-row" data-testid="manager-entity-row" data-entity-id={item.id}>
      <span class={`cl-type cl-type--${item.type}`}>{ENTITY_TYPE_LABEL[item.type]}</span>
      <span class="cl-entity-row__name">
        {item.name}
        {others.length > 0 && <span class="cl-entity-row__aliases"> · {others.join(', ')}</span>}
      </span>
      <span class="cl-entity-row__count" title="Mentions">
        {formatNumber(item.mentionCount)}
      </span>
    </div>
  );
}

/** Names marked "not an entity", which analysis leaves out; the reader can let one back in. */
function BlockedKeys({ background, refreshKey, onChanged }: { background: Transport; refreshKey: number; onChanged: () => void }) {
  const [keys, setKeys] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    request(background, { type: 'entities.blocked' }).then(
      (answer) => live && setKeys(answer.keys),
      (failure: unknown) => live && setError(`Could not list the names marked “not an entity”: ${failure instanceof Error ? failure.message : String(failure)}`),
    );
    return () => {
      live = false;
    };
  }, [background, refreshKey, round]);
  const unblock = async (key: string) => {
    try {
      await request(background, { type: 'entity.unblock', key });
      setRound((r) => r + 1);
      onChanged();
    } catch (failure) {
      setError(`Could not let “${key}” back in: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };
  if (!error && (keys === null || keys.length === 0)) return null;
  return (
    <details class="cl-blocked">
      <summary>Marked “not an entity” ({formatNumber(keys?.length ?? 0)})</summary>
      <p class="cl-muted cl-small">Analysis leaves these names out. They come back with the next article that mentions them once let back in.</p>
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      <ul class="cl-site-list">
        {(keys ?? []).map((key) => (
          <li key={key}>
            <span class="cl-site-list__item">{key}</span>
            <button type="button" class="cl-button cl-button--quiet" aria-label={`Let “${key}” back in`} onClick={() => void unblock(key)}>
              Let back in
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
