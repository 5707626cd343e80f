/**
 * Which rows of a long list of equal-height rows to render for a scroll position. Rendering only
 * these (plus a few either side, so fast scrolling shows no blank band) keeps a list of 100,000
 * claims as cheap to open as a list of twenty.
 */

export interface VirtualWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Pixels above the first rendered row (space the skipped rows would take). */
  offset: number;
  /** Height of the whole list, as if every row were rendered. */
  total: number;
}

export interface VirtualWindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
}

export function virtualWindow({ count, rowHeight, scrollTop, viewportHeight, overscan = 6 }: VirtualWindowInput): VirtualWindow {
  const rows = Math.max(0, Math.floor(count));
  const height = rowHeight > 0 ? rowHeight : 1;
  const total = rows * height;
  if (rows === 0) return { start: 0, end: 0, offset: 0, total: 0 };
  // A scroll position past the end happens when the list shrinks under the reader (a new search).
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, total - Math.max(0, viewportHeight)));
  const first = Math.floor(top / height);
  const visible = Math.ceil(Math.max(0, viewportHeight) / height) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rows, first + visible + overscan);
  return { start, end, offset: start * height, total };
}

/** The scroll position that brings row `index` into view, or null when it already is. */
export function scrollToReveal(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}

/** Pages of `pageSize` rows that the window [start, end) touches. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start || pageSize <= 0) return [];
  const first = Math.floor(start / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  const pages: number[] = [];
  for (let page = first; page <= last; page++) pages.push(page);
  return pages;
}
