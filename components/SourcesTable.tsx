import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SourceDeleteView, SourceFilter, SourceListItem, SourceSort } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatAddedAt, formatCount, formatNumber, formatPublished } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';
import { dayEnd, dayStart, windowBounds } from '../lib/ui/manager-format';
import { safeHref, siteLabel } from '../lib/ui/sites';
import { useDebounced } from '../lib/ui/use-debounced';
import { ConfirmAction } from './ConfirmAction';

const PAGE_SIZE = 50;

const SORTS: { sort: SourceSort; label: string; direction: 'asc' | 'desc' }[] = [
  { sort: 'addedAt', label: 'Date read', direction: 'desc' },
  { sort: 'published', label: 'Date published', direction: 'desc' },
  { sort: 'title', label: 'Title', direction: 'asc' },
  { sort: 'site', label: 'Site', direction: 'asc' },
  { sort: 'claims', label: 'Claims', direction: 'desc' },
  { sort: 'conflicts', label: 'Conflicts', direction: 'desc' },
];

export interface SourcesTableProps {
  background: Transport;
  /** Changes whenever the store changed elsewhere (an undo, articles added), to list afresh. */
  refreshKey: number;
  onDeleted: (deletion: SourceDeleteView, message: string) => void;
  onShowClaims: (source: { id: string; title: string }) => void;
  now?: () => number;
}

type Listing = { kind: 'loading' } | { kind: 'ready'; items: SourceListItem[]; total: number; offset: number } | { kind: 'failed'; message: string };

/** Every stored article: sort, filter, open, delete (with undo), forget a whole site. */
export function SourcesTable({ background, refreshKey, onDeleted, onShowClaims, now = Date.now }: SourcesTableProps) {
  const [title, setTitle] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<SourceSort>('addedAt');
  const [direction, setDirection] = useState<'asc' | 'desc'>('desc');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [sites, setSites] = useState<{ site: string; sources: number }[]>([]);
  const [actionError, setActionError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const debouncedTitle = useDebounced(title, 150);

  const filter = useMemo<SourceFilter>(() => {
    const value: SourceFilter = {};
    if (debouncedTitle.trim()) value.title = debouncedTitle.trim();
    if (site) value.site = site;
    const addedFrom = dayStart(from);
    const addedTo = dayEnd(to);
    if (addedFrom !== undefined) value.addedFrom = addedFrom;
    if (addedTo !== undefined) value.addedTo = addedTo;
    return value;
  }, [debouncedTitle, site, from, to]);
  const filterKey = JSON.stringify([filter, sort, direction]);

  // A new filter or order starts again at the first page, with nothing selected.
  useEffect(() => {
    setOffset(0);
    setSelected(new Set());
  }, [filterKey]);

  useEffect(() => {
    let live = true;
    setListing((previous) => (previous.kind === 'ready' ? previous : { kind: 'loading' }));
    request(background, { type: 'sources.list', filter, sort, direction, offset, limit: PAGE_SIZE }).then(
      (page) => live && setListing({ kind: 'ready', items: page.items, total: page.total, offset: page.offset }),
      (error: unknown) => live && setListing({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [background, filterKey, offset, refreshKey, round]);

  useEffect(() => {
    let live = true;
    request(background, { type: 'sources.sites' }).then(
      (list) => live && setSites(list),
      (error: unknown) => live && setActionError(`Could not list the sites: ${messageOf(error)}`),
    );
    return () => {
      live = false;
    };
  }, [background, refreshKey, round]);

  const remove = async (ids: string[], what: string) => {
    setActionError(null);
    try {
      const deletion = await request(background, { type: 'sources.delete', sourceIds: ids });
      setSelected(new Set());
      onDeleted(deletion, `Deleted ${what}.`);
      setRound((r) => r + 1);
    } catch (error) {
      setActionError(`Could not delete: ${messageOf(error)}`);
    }
  };

  const forgetSite = async () => {
    setActionError(null);
    try {
      const deletion = await request(background, { type: 'sources.forgetSite', site });
      onDeleted(deletion, `Forgot ${formatCount(deletion.deleted, 'article')} from ${siteLabel(site) || site}.`);
      setSite('');
      setRound((r) => r + 1);
    } catch (error) {
      setActionError(`Could not forget the site: ${messageOf(error)}`);
    }
  };

  const items = listing.kind === 'ready' ? listing.items : [];
  const total = listing.kind === 'ready' ? listing.total : 0;
  const allOnPageSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const itemId of ids) on ? next.add(itemId) : next.delete(itemId);
    setSelected(next);
  };
  const bounds = windowBounds(offset, items.length, total);
  const siteSources = sites.find((entry) => entry.site === site)?.sources ?? 0;

  return (
    <section class="cl-panel cl-section" aria-labelledby="cl-sources-heading">
      <div class="cl-panel__head">
        <h2 id="cl-sources-heading">Sources</h2>
        <span class="cl-muted cl-small" aria-live="polite">
          {listing.kind === 'ready' ? (total === 0 ? 'No articles' : `${formatNumber(bounds.first)}–${formatNumber(bounds.last)} of ${formatCount(total, 'article')}`) : listing.kind === 'loading' ? 'Loading…' : ''}
        </span>
      </div>
      <form class="cl-toolbar" role="search" aria-label="Filter sources" onSubmit={(event) => event.preventDefault()}>
        <label class="cl-field cl-field--grow">
          <span>Title</span>
          <input type="search" value={title} placeholder="Words of the title" data-testid="manager-source-search" onInput={(event) => setTitle(event.currentTarget.value)} />
        </label>
        <label class="cl-field">
          <span>Site</span>
          <select value={site} data-testid="manager-source-site" onChange={(event) => setSite(event.currentTarget.value)}>
            <option value="">All sites</option>
            {sites.map((entry) => (
              <option key={entry.site} value={entry.site}>
                {(entry.site || '(no site)') + ` (${formatNumber(entry.sources)})`}
              </option>
            ))}
          </select>
        </label>
        <label class="cl-field">
          <span>Read from</span>
          <input type="date" value={from} max={to || undefined} onInput={(event) => setFrom(event.currentTarget.value)} />
        </label>
        <label class="cl-field">
          <span>to</span>
          <input type="date" value={to} min={from || undefined} onInput={(event) => setTo(event.currentTarget.value)} />
        </label>
        <label class="cl-field">
          <span>Sort by</span>
          <select
            value={sort}
            onChange={(event) => {
              const next = SORTS.find((entry) => entry.sort === event.currentTarget.value) ?? SORTS[0]!;
              setSort(next.sort);
              setDirection(next.direction);
            }}
          >
            {SORTS.map((entry) => (
              <option key={entry.sort} value={entry.sort}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="cl-button cl-button--icon" aria-label={direction === 'asc' ? 'Ascending; switch to descending' : 'Descending; switch to ascending'} onClick={() => setDirection(direction === 'asc' ? 'desc' : 'asc')}>
          {direction === 'asc' ? '↑' : '↓'}
        </button>
      </form>

      <div class="cl-row cl-row--actions">
        <ConfirmAction
          label={`Delete selected (${formatNumber(selected.size)})`}
          question={`Delete ${formatCount(selected.size, 'article')} and everything found in them?`}
          confirmLabel="Delete"
          disabled={selected.size === 0}
          testId="manager-delete-selected"
          onConfirm={() => remove([...selected], formatCount(selected.size, 'article'))}
        />
        {site && (
          <ConfirmAction
            label={`Forget everything from ${siteLabel(site) || site}`}
            question={`Delete all ${formatCount(siteSources, 'article')} from ${site}?`}
            confirmLabel="Forget the site"
            testId="manager-forget-site"
            onConfirm={forgetSite}
          />
        )}
      </div>

      {listing.kind === 'failed' && (
        <p class="cl-error" role="alert">
          Could not list the sources: {listing.message}
        </p>
      )}
      {actionError && (
        <p class="cl-error" role="alert">
          {actionError}
        </p>
      )}

      <div class="cl-table-wrap">
        <table class="cl-table">
          <thead>
            <tr>
              <th scope="col" class="cl-table__check">
                <input type="checkbox" aria-label="Select every article on this page" checked={allOnPageSelected} disabled={items.length === 0} onChange={(event) => toggle(items.map((item) => item.id), event.currentTarget.checked)} />
              </th>
              <th scope="col">Title</th>
              <th scope="col">Site</th>
              <th scope="col">Author</th>
              <th scope="col">Read</th>
              <th scope="col" class="cl-num">Claims</th>
              <th scope="col" class="cl-num">Conflicts</th>
              <th scope="col">
                <span class="cl-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <SourceRow key={item.id} item={item} selected={selected.has(item.id)} now={now()} onSelect={(on) => toggle([item.id], on)} onShowClaims={() => onShowClaims({ id: item.id, title: item.title })} onDelete={() => remove([item.id], `“${item.title || siteLabel(item.url)}”`)} />
            ))}
          </tbody>
        </table>
        {listing.kind === 'ready' && total === 0 && (
          <p class="cl-empty">{Object.keys(filter).length > 0 ? 'No article matches these filters.' : 'The store is empty. Read some articles, drop files under “Add articles”, or load the sample corpus.'}</p>
        )}
      </div>

      {total > PAGE_SIZE && (
        <nav class="cl-pager" aria-label="Pages of sources">
          <button type="button" class="cl-button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            Previous
          </button>
          <span class="cl-muted cl-small">
            Page {formatNumber(Math.floor(offset / PAGE_SIZE) + 1)} of {formatNumber(Math.ceil(total / PAGE_SIZE))}
          </span>
          <button type="button" class="cl-button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}

interface SourceRowProps {
  item: SourceListItem;
  selected: boolean;
  now: number;
  onSelect: (on: boolean) => void;
  onShowClaims: () => void;
  onDelete: () => void;
}

function SourceRow({ item, selected, now, onSelect, onShowClaims, onDelete }: SourceRowProps) {
  const href = safeHref(item.url);
  const title = item.title.trim() || siteLabel(item.url) || item.url;
  const published = formatPublished(item.published);
  return (
    <tr data-testid="manager-source-row" data-source-id={item.id} class={selected ? 'cl-table__row--selected' : undefined}>
      <td class="cl-table__check">
        <input type="checkbox" aria-label={`Select “${title}”`} checked={selected} onChange={(event) => onSelect(event.currentTarget.checked)} />
      </td>
      <td class="cl-table__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" title="Open the original in a new tab">
            {title}
          </a>
        ) : (
          <span title={item.url}>{title}</span>
        )}
        {published && <span class="cl-table__sub">published {published}</span>}
        {item.duplicateCount > 0 && <span class="cl-table__sub">copy of {formatCount(item.duplicateCount, 'other article')}</span>}
      </td>
      <td>{item.site || siteLabel(item.url)}</td>
      <td>{item.byline}</td>
      <td class="cl-nowrap">{formatAddedAt(item.addedAt, now)}</td>
      <td class="cl-num">
        <button type="button" class="cl-button cl-button--quiet" aria-label={`Show the ${formatCount(item.claimCount, 'claim')} of “${title}”`} onClick={onShowClaims} disabled={item.claimCount === 0}>
          {formatNumber(item.claimCount)}
        </button>
      </td>
      <td class="cl-num">{item.conflictCount > 0 ? <span class="cl-count-conflicts">{formatNumber(item.conflictCount)}</span> : '0'}</td>
      <td>
        <button type="button" class="cl-button cl-button--quiet cl-button--danger-text" aria-label={`Delete “${title}”`} onClick={onDelete}>
          Delete
        </button>
      </td>
    </tr>
  );
}
