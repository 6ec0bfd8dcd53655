// The Jar table: a grid over every matching cookie, rendered only where the user looks (the rows above and
// below the window are two spacer rows whose heights stand for them). One focusable grid, the active row
// named by aria-activedescendant, so the keyboard moves through 100,000 rows without 100,000 tab stops.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JarSort, JarSortKey } from './filters';
import { SelectAllBox } from './SelectAllBox';
import { JarRow, PlaceholderRow, rowDomId, type RowHandlers } from './JarRow';
import { isSelected, type JarSelection } from './selection';
import { jarId } from './cookie-id';
import type { JarTable as Table } from './useJarTable';
import { HEADER_HEIGHT } from './useJarTable';

const COLUMNS = [
  { key: 'site', label: 'jar.colSite', sort: 'site' },
  { key: 'name', label: 'cookie.colName', sort: 'name' },
  { key: 'domain', label: 'cookie.colDomain', sort: 'domain' },
  { key: 'path', label: 'cookie.colPath', sort: null },
  { key: 'expires', label: 'cookie.colExpires', sort: 'expires' },
  { key: 'flags', label: 'jar.colFlags', sort: null },
  { key: 'category', label: 'jar.colCategory', sort: 'category' },
  { key: 'size', label: 'jar.colSize', sort: 'size' },
] as const satisfies readonly { key: string; label: string; sort: JarSortKey | null }[];

export function JarTable({
  table,
  sort,
  onSort,
  selection,
  allState,
  onToggleAll,
  active,
  nowMs,
  handlers,
  onKeyDown,
  labelledBy,
  describedBy,
}: {
  table: Table;
  sort: JarSort;
  onSort: (sort: JarSortKey) => void;
  selection: JarSelection;
  allState: 'all' | 'some' | 'none';
  onToggleAll: () => void;
  active: number;
  nowMs: number;
  handlers: RowHandlers;
  onKeyDown: (event: KeyboardEvent<HTMLTableElement>) => void;
  labelledBy: string;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const { data, virtualizer, scrollRef } = table;

  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const activeShown = items.some((item) => item.index === active) && data.row(active) !== undefined;

  return (
    <div className="jar-scroll" ref={scrollRef} data-testid="jar-scroll">
      <table
        className={`data-table jar-table${data.stale ? ' stale' : ''}`}
        role="grid"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={data.total + 1}
        aria-colcount={9}
        aria-multiselectable="true"
        aria-busy={data.loading}
        aria-activedescendant={activeShown ? rowDomId(active) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="jar-table"
      >
        <colgroup>
          <col className="col-select" />
          {COLUMNS.map((c) => (
            <col key={c.key} className={`col-${c.key}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="select-cell">
              <SelectAllBox
                state={allState}
                disabled={data.total === 0}
                onToggle={onToggleAll}
                label={t('jar.selectAll')}
                testId="jar-select-all"
                tabIndex={-1}
              />
            </th>
            {COLUMNS.map((c) => {
              const sorted = c.sort !== null && sort.sort === c.sort;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.key === 'size' ? 'num' : undefined}
                  aria-sort={
                    sorted ? (sort.descending ? 'descending' : 'ascending') : c.sort ? 'none' : undefined
                  }
                >
                  {c.sort === null ? (
                    t(c.label)
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(c.sort)}
                      data-testid={`jar-sort-${c.key}`}
                    >
                      {t(c.label)}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted ? (sort.descending ? '▼' : '▲') : ''}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={9} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const cookie = data.row(item.index);
            return cookie ? (
              <JarRow
                key={jarId(cookie)}
                cookie={cookie}
                index={item.index}
                selected={isSelected(selection, jarId(cookie))}
                active={item.index === active}
                nowMs={nowMs}
                handlers={handlers}
              />
            ) : (
              <PlaceholderRow key={`placeholder-${item.index}`} index={item.index} />
            );
          })}
          {after > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={9} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
