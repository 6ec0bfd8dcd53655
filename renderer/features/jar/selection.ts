// The Jar table's selection, by cookie id (never by row index): either some cookies, or every cookie that
// matches the filters except some. Selecting all of 100,000 cookies is then one flag, not 100,000 rows.
export type JarSelection =
  { all: false; ids: ReadonlySet<string> } | { all: true; except: ReadonlySet<string> };

export const NOTHING: JarSelection = { all: false, ids: new Set() };
export const EVERYTHING: JarSelection = { all: true, except: new Set() };

export function isSelected(selection: JarSelection, id: string): boolean {
  return selection.all ? !selection.except.has(id) : selection.ids.has(id);
}

/** How many are selected out of `total` matching cookies. */
export function selectedCount(selection: JarSelection, total: number): number {
  return selection.all ? Math.max(0, total - selection.except.size) : selection.ids.size;
}

/** Selects (or unselects) every id given, leaving the others as they are. */
export function setSelected(
  selection: JarSelection,
  ids: readonly string[],
  selected: boolean,
): JarSelection {
  if (selection.all) {
    const except = new Set(selection.except);
    for (const id of ids) {
      if (selected) except.delete(id);
      else except.add(id);
    }
    return { all: true, except };
  }
  const next = new Set(selection.ids);
  for (const id of ids) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return { all: false, ids: next };
}

export function toggle(selection: JarSelection, id: string): JarSelection {
  return setSelected(selection, [id], !isSelected(selection, id));
}

export function only(ids: readonly string[]): JarSelection {
  return { all: false, ids: new Set(ids) };
}

/** Whether the header's box shows all, some or none. */
export function selectionState(selection: JarSelection, total: number): 'all' | 'some' | 'none' {
  const count = selectedCount(selection, total);
  if (count === 0) return 'none';
  return count >= total ? 'all' : 'some';
}
