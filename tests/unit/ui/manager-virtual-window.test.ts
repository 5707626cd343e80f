import { describe, expect, it } from 'vitest';
import { pagesFor, scrollToReveal, virtualWindow } from '../../../lib/ui/virtual-window';

describe('virtualWindow', () => {
  it('renders the visible rows and a few beyond each edge, never the whole list', () => {
    const view = virtualWindow({ count: 100_000, rowHeight: 50, scrollTop: 500_000, viewportHeight: 600, overscan: 5 });
    expect(view).toEqual({ start: 9_995, end: 10_018, offset: 9_995 * 50, total: 5_000_000 });
  });

  it('starts at the top and stops at the end of the list', () => {
    expect(virtualWindow({ count: 3, rowHeight: 50, scrollTop: 0, viewportHeight: 600 })).toEqual({ start: 0, end: 3, offset: 0, total: 150 });
    expect(virtualWindow({ count: 0, rowHeight: 50, scrollTop: 100, viewportHeight: 600 })).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });

  it('keeps showing the last rows when the list shrank under a scroll position past its end', () => {
    const view = virtualWindow({ count: 20, rowHeight: 50, scrollTop: 90_000, viewportHeight: 200, overscan: 0 });
    expect(view.end).toBe(20);
    expect(view.start).toBe(16);
  });
});

describe('scrollToReveal', () => {
  it('scrolls only as far as needed to bring a row into view', () => {
    expect(scrollToReveal(10, 50, 0, 300)).toBe(250);
    expect(scrollToReveal(2, 50, 400, 300)).toBe(100);
    expect(scrollToReveal(9, 50, 300, 300)).toBeNull();
  });
});

describe('pagesFor', () => {
  it('names every page a window of rows falls on', () => {
    expect(pagesFor(95, 130, 100)).toEqual([0, 1]);
    expect(pagesFor(0, 100, 100)).toEqual([0]);
    expect(pagesFor(5, 5, 100)).toEqual([]);
  });
});
