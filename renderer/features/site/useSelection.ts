// Which cookies of the table are ticked. Ids that left the table (deleted, or gone after a refresh) drop out
// of the selection by themselves. Shift-click ticks or unticks the whole range from the last clicked row.
import { useRef, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  count: number;
  all: boolean;
  some: boolean;
  toggle: (id: string, checked: boolean, range: boolean) => void;
  setAll: (checked: boolean) => void;
  clear: () => void;
}

export function useSelection(ids: readonly string[]): Selection {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const present = new Set(ids);
  const selected = new Set([...ticked].filter((id) => present.has(id)));

  const toggle = (id: string, checked: boolean, range: boolean) => {
    const from = range && anchor.current !== null ? ids.indexOf(anchor.current) : -1;
    const to = ids.indexOf(id);
    const span = from >= 0 && to >= 0 ? ids.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
    anchor.current = id;
    setTicked((current) => {
      const next = new Set([...current].filter((old) => present.has(old)));
      for (const one of span) {
        if (checked) next.add(one);
        else next.delete(one);
      }
      return next;
    });
  };

  return {
    selected,
    count: selected.size,
    all: ids.length > 0 && selected.size === ids.length,
    some: selected.size > 0 && selected.size < ids.length,
    toggle,
    setAll: (checked) => setTicked(checked ? new Set(ids) : new Set()),
    clear: () => setTicked(new Set()),
  };
}
