/**
 * A long list fetched one page at a time as the reader scrolls (the manager's claims and entities
 * at 100,000 rows). The first page answers a new query; the others come when their rows are on
 * screen. Answers to an older query are dropped, so fast typing never shows stale results.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../messages';
import { pagesFor } from './virtual-window';
import { messageOf } from '../error-message';

export type FetchPage<T> = (offset: number, limit: number) => Promise<Page<T>>;

export interface PagedList<T> {
  /** Null until the first page of the current query has come. */
  total: number | null;
  itemAt(index: number): T | undefined;
  /** Asks for the pages that rows [start, end) fall on, if not already there or under way. */
  ensure(start: number, end: number): void;
  loading: boolean;
  error: string | null;
  /** Fetches the current query again (after an edit changed the rows). */
  reload(): void;
  /** Time from the query to its first page, in ms, for the reader to see how fast search is. */
  firstPageMs: number | null;
}

/**
 * `queryKey` names the query: a new key starts over. `fetchPage` must belong to that query (it is
 * read when a page is needed, never stored across keys).
 */
export function usePagedList<T>(queryKey: string, fetchPage: FetchPage<T>, pageSize: number, enabled = true): PagedList<T> {
  const [, setVersion] = useState(0);
  const state = useRef({
    key: '',
    round: 0,
    total: null as number | null,
    pages: new Map<number, T[]>(),
    /** After a reload, the rows shown until fresh ones come, so the list does not blink empty. */
    stale: new Map<number, T[]>(),
    pending: new Set<number>(),
    error: null as string | null,
    started: 0,
    firstPageMs: null as number | null,
  });
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [round, setRound] = useState(0);
  const bump = () => setVersion((v) => v + 1);

  const load = useCallback(
    (page: number) => {
      const current = state.current;
      if (current.pages.has(page) || current.pending.has(page)) return;
      current.pending.add(page);
      const { key, round: startedRound } = current;
      fetchRef.current(page * pageSize, pageSize).then(
        (result) => {
          if (state.current.key !== key || state.current.round !== startedRound) return;
          current.pending.delete(page);
          current.pages.set(page, result.items);
          if (current.firstPageMs === null) current.firstPageMs = performance.now() - current.started;
          current.total = result.total;
          current.error = null;
          bump();
        },
        (error: unknown) => {
          if (state.current.key !== key || state.current.round !== startedRound) return;
          current.pending.delete(page);
          current.error = messageOf(error);
          bump();
        },
      );
    },
    [pageSize],
  );

  // Before the browser paints, not after: the first page is what the reader waits for, and an
  // effect would ask for it a frame later.
  useLayoutEffect(() => {
    const previous = state.current;
    const reloading = previous.key === queryKey;
    state.current = {
      key: queryKey,
      round,
      total: reloading ? previous.total : null,
      pages: new Map(),
      stale: reloading ? new Map([...previous.stale, ...previous.pages]) : new Map(),
      pending: new Set(),
      error: null,
      started: performance.now(),
      firstPageMs: null,
    };
    if (enabled) load(0);
    bump();
  }, [queryKey, round, enabled, load]);

  const current = state.current;
  return {
    total: current.key === queryKey ? current.total : null,
    itemAt: (index) => {
      const page = Math.floor(index / pageSize);
      return (current.pages.get(page) ?? current.stale.get(page))?.[index % pageSize];
    },
    ensure: (start, end) => {
      if (!enabled || current.total === null) return;
      for (const page of pagesFor(start, Math.min(end, current.total), pageSize)) load(page);
    },
    loading: current.pending.size > 0,
    error: current.error,
    reload: () => setRound((r) => r + 1),
    firstPageMs: current.firstPageMs,
  };
}
