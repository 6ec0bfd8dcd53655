// The Jar table's scrolling: a virtualizer over `total` rows of fixed height (so no row is ever measured and
// the scroll height comes from the count alone), and the pages of jar.query the visible rows need.
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { JarBaseQuery } from './filters';
import { PAGE_SIZE, useJarWindow, type JarWindow } from './useJarWindow';

export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 38;
const OVERSCAN = 12;
/** Until the scroll box has a size (not laid out yet, or a DOM without layout), assume a screenful. */
const FALLBACK_RECT = { width: 1000, height: 600 };

type Instance = Virtualizer<HTMLDivElement, Element>;

const observeRect = (instance: Instance, cb: (rect: { width: number; height: number }) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));

export interface JarTable {
  data: JarWindow;
  virtualizer: Instance;
  scrollRef: React.RefObject<HTMLDivElement | null>;
  /** Scrolls as little as needed for row `index` to be fully in view below the sticky header. */
  reveal: (index: number) => void;
  /** Rows that fit in the box, for Page Up / Page Down. */
  pageRows: () => number;
}

/** A virtualizer over `count` rows of ROW_HEIGHT under a HEADER_HEIGHT header (the cookie and storage tables). */
export function useFixedRowVirtualizer(
  count: number,
  scrollRef: React.RefObject<HTMLDivElement | null>,
): Instance {
  // The virtualizer keeps its own mutable state (the rule warns that a compiler could not memoize around it).
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer<HTMLDivElement, Element>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
  });
}

export function useJarTable(query: JarBaseQuery): JarTable {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [pages, setPages] = useState<[number, number]>([0, 0]);
  const data = useJarWindow(query, pages[0] * PAGE_SIZE, pages[1] * PAGE_SIZE);
  const virtualizer = useFixedRowVirtualizer(data.total, scrollRef);
  // A new query starts at its first row.
  const queryText = JSON.stringify(query);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [queryText]);

  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE_SIZE);
  const lastPage = Math.floor((items[items.length - 1]?.index ?? 0) / PAGE_SIZE);
  useEffect(() => {
    // The window comes from the virtualizer's scroll state, outside React: the pages to read follow it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (firstPage !== pages[0] || lastPage !== pages[1]) setPages([firstPage, lastPage]);
  }, [firstPage, lastPage, pages]);

  const boxHeight = () => {
    const h = scrollRef.current?.clientHeight ?? 0;
    return h > 0 ? h : FALLBACK_RECT.height;
  };
  const reveal = (index: number) => {
    const box = scrollRef.current;
    if (!box) return;
    const top = HEADER_HEIGHT + index * ROW_HEIGHT;
    if (top - HEADER_HEIGHT < box.scrollTop) box.scrollTop = top - HEADER_HEIGHT;
    else if (top + ROW_HEIGHT > box.scrollTop + boxHeight()) box.scrollTop = top + ROW_HEIGHT - boxHeight();
  };
  const pageRows = () => Math.max(1, Math.floor((boxHeight() - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  return { data, virtualizer, scrollRef, reveal, pageRows };
}
