import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  /** How many rows there are in all. */
  count: number;
  /** A stable key for the row at `index`. */
  rowKey: (index: number) => string;
  /** The content of the row at `index` (put inside its <li>). */
  renderRow: (index: number) => ComponentChildren;
  /** Class of each <li>; its CSS must give every row the same height, which the list measures. */
  rowClass: (index: number) => string;
  /** The row to keep rendered and scrolled into view (the selection, which may hold focus). */
  activeIndex?: number;
  /** Accessible name of the list. */
  label: string;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
  overscan?: number;
  /** Row height to assume until one is measured. */
  estimatedRowHeight?: number;
  /** Initial scroll offset (restoring a list the user came back to). */
  initialScrollTop?: number;
  /** Changes whenever the rows' height may have changed (text size, font): the list measures again. */
  measureKey?: string;
  /** Told of every scroll, with the new offset. */
  onScroll?: (scrollTop: number) => void;
}

/** Height to assume for the viewport before it has been laid out (no layout yet, or none at all). */
const FALLBACK_VIEWPORT = 900;

/**
 * A windowed list: only the rows on screen (plus `overscan`) are in the DOM,
 * each absolutely placed in a spacer as tall as all rows together, so the
 * scroll bar is true. Rows share one height, measured from a rendered row
 * (and again when `measureKey` or the viewport changes), which keeps the
 * window a division instead of a search. The active row is always rendered,
 * so focus on it survives scrolling it out of view.
 */
export function VirtualList({
  count, rowKey, renderRow, rowClass, activeIndex, label,
  overscan = 6, estimatedRowHeight = 120, initialScrollTop = 0, measureKey, onScroll,
}: VirtualListProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const [viewport, setViewport] = useState(0);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);

  useLayoutEffect(() => {
    const element = viewportRef.current!;
    const measure = () => {
      setViewport(element.clientHeight);
      const row = listRef.current?.firstElementChild as HTMLElement | null;
      const height = row?.getBoundingClientRect().height ?? 0;
      if (height > 0) setRowHeight(height);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // Measured again when the first row appears, and when the row's size changes (text size, font).
  }, [count > 0, measureKey]);

  // The offset to restore, kept until the list is long enough to reach it
  // (the library paints its first screenful before the rest has loaded).
  const pendingScroll = useRef(initialScrollTop);
  useLayoutEffect(() => {
    const element = viewportRef.current!;
    if (pendingScroll.current <= 0) return;
    element.scrollTop = pendingScroll.current;
    if (count * rowHeight >= pendingScroll.current + element.clientHeight) pendingScroll.current = 0;
  }, [count, rowHeight]);

  useEffect(() => {
    // Keep the active row in view: the keyboard moves it, the list follows.
    const element = viewportRef.current;
    if (!element || activeIndex === undefined || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + rowHeight - element.clientHeight;
    }
  }, [activeIndex, rowHeight]);

  const height = viewport || FALLBACK_VIEWPORT;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const indexes: number[] = [];
  if (activeIndex !== undefined && activeIndex >= 0 && activeIndex < first) indexes.push(activeIndex);
  for (let i = first; i <= last; i++) indexes.push(i);
  if (activeIndex !== undefined && activeIndex > last && activeIndex < count) indexes.push(activeIndex);

  return (
    <div
      class="vlist"
      ref={viewportRef}
      onScroll={(event) => {
        const top = (event.currentTarget as HTMLDivElement).scrollTop;
        setScrollTop(top);
        onScroll?.(top);
      }}
    >
      <ul class="vlist__rows" ref={listRef} aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {indexes.map((index) => (
          <li
            key={rowKey(index)}
            class={rowClass(index)}
            style={{ transform: `translateY(${index * rowHeight}px)` }}
            aria-setsize={count}
            aria-posinset={index + 1}
          >
            {renderRow(index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
