import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToReveal, virtualWindow } from '../lib/ui/virtual-window';

export interface VirtualListProps {
  /** Used for row ids (aria-activedescendant) and as the list's test id prefix. */
  id: string;
  label: string;
  count: number;
  rowHeight: number;
  /** The row's content; `null` while its page is still loading. */
  renderRow: (index: number) => ComponentChildren;
  /** Row the keyboard (and the detail pane) is on, or -1. */
  active: number;
  onActiveChange: (index: number) => void;
  /** Told which rows are on screen, so their data can be fetched. */
  onRangeChange?: (start: number, end: number) => void;
  /** Viewport height used until the real one is measured (and in environments without layout). */
  fallbackHeight?: number;
}

/**
 * A list that renders only the rows on screen, as a listbox: arrow keys, Page Up/Down, Home and
 * End move the active row, and screen readers hear each row's place in the whole list.
 */
export function VirtualList({ id, label, count, rowHeight, renderRow, active, onActiveChange, onRangeChange, fallbackHeight = 560 }: VirtualListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const view = virtualWindow({ count, rowHeight, scrollTop, viewportHeight: height });

  useEffect(() => {
    onRangeChange?.(view.start, view.end);
  }, [view.start, view.end, onRangeChange]);

  // A new search puts the reader back at the top of the new results.
  useEffect(() => {
    if (viewport.current && active < 0) {
      viewport.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count, active]);

  const moveTo = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    onActiveChange(next);
    const element = viewport.current;
    if (!element) return;
    const target = scrollToReveal(next, rowHeight, element.scrollTop, height);
    if (target !== null) {
      element.scrollTop = target;
      setScrollTop(target);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(active < 0 && event.key !== 'End' ? 0 : next);
  };

  const rows: ComponentChildren[] = [];
  for (let index = view.start; index < view.end; index++) {
    rows.push(
      <div
        key={index}
        id={`${id}-row-${index}`}
        role="option"
        aria-selected={index === active}
        aria-setsize={count}
        aria-posinset={index + 1}
        class={`cl-vlist__row${index === active ? ' cl-vlist__row--active' : ''}`}
        style={{ height: `${rowHeight}px` }}
        onClick={() => moveTo(index)}
      >
        {renderRow(index)}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      class="cl-vlist"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={active >= 0 && active < count ? `${id}-row-${active}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div class="cl-vlist__space" style={{ height: `${view.total}px` }}>
        <div class="cl-vlist__rows" style={{ transform: `translateY(${view.offset}px)` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
