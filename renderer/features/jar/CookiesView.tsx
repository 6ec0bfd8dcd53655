// Every cookie of the jar in one table: filters, sort, a selection by cookie (some, or all matching but
// some), the keyboard and mouse gestures of a desktop list, deletion with undo and the edit dialog.
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { modifierLabel } from '../../app/shortcuts';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNow } from '../../components/useNow';
import { currentLanguage } from '../../i18n';
import { CookieDetails } from './CookieDetails';
import { jarId, keyOf } from './cookie-id';
import { EditCookieDialog } from './EditCookieDialog';
import {
  NO_FILTERS,
  isFiltered,
  toQuery,
  type JarBaseQuery,
  type JarFilters as Filters,
  type JarSort,
  type JarSortKey,
} from './filters';
import { count } from './jar-format';
import { JarFilters } from './JarFilters';
import type { RowHandlers } from './JarRow';
import { JarTable } from './JarTable';
import { JarToolbar } from './JarToolbar';
import {
  EVERYTHING,
  NOTHING,
  isSelected,
  only,
  selectedCount,
  selectionState,
  setSelected,
  toggle,
  type JarSelection,
} from './selection';
import { useDebounced } from './useDebounced';
import { useJarActions } from './useJarActions';
import { useJarTable } from './useJarTable';
import { collectKeys } from './useJarWindow';

export const FILTER_DEBOUNCE_MS = 150;

export function CookiesView() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const tableTitle = useId();
  const countId = useId();
  const nowMs = useNow();
  const actions = useJarActions();

  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<JarSort>({ sort: 'site', descending: false });
  const text = useDebounced(filters.text, FILTER_DEBOUNCE_MS);
  const site = useDebounced(filters.site, FILTER_DEBOUNCE_MS);
  // One object per distinct query, so the table's pages and effects see a change only when there is one.
  const queryText = JSON.stringify(toQuery({ ...filters, text, site }, sort));
  const query = useMemo(() => JSON.parse(queryText) as JarBaseQuery, [queryText]);
  const table = useJarTable(query);
  const { data } = table;
  const total = data.total;

  const [selection, setSelection] = useState<JarSelection>(NOTHING);
  const [active, setActive] = useState(0);
  const anchor = useRef(0);
  const [editing, setEditing] = useState<{ cookie: CookieView | null } | null>(null);
  const [confirming, setConfirming] = useState(false);

  // Another filter is another set of cookies: the selection and the position start again. A new order keeps
  // the selection (the same cookies) but goes back to the top.
  const filterKey = JSON.stringify(toQuery({ ...filters, text, site }, { sort: 'site', descending: false }));
  const [shown, setShown] = useState({ query: queryText, filter: filterKey });
  if (shown.query !== queryText) {
    setShown({ query: queryText, filter: filterKey });
    setActive(0);
    if (shown.filter !== filterKey) setSelection(NOTHING);
  }
  useEffect(() => {
    anchor.current = 0;
  }, [queryText]);

  const activeIndex = Math.min(active, Math.max(0, total - 1));
  const activeCookie = total > 0 ? data.row(activeIndex) : undefined;
  const selected = selectedCount(selection, total);

  const idsBetween = async (a: number, b: number): Promise<string[]> => {
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(total - 1, Math.max(a, b));
    const ids: string[] = [];
    for (let i = lo; i <= hi; i++) {
      const row = data.row(i);
      if (!row) return (await collectKeys(client, query, lo, hi)).map(jarId);
      ids.push(jarId(row));
    }
    return ids;
  };
  const focusGrid = () => table.scrollRef.current?.querySelector('table')?.focus({ preventScroll: true });

  const requestDelete = () => {
    if (selected > 1) return setConfirming(true);
    if (selected === 1 || activeCookie)
      deleteSelection(selected === 0 ? only([jarId(activeCookie!)]) : selection);
  };
  const deleteSelection = (chosen: JarSelection) => {
    const collect = chosen.all
      ? async () =>
          (await collectKeys(client, query, 0, Number.MAX_SAFE_INTEGER)).filter(
            (k) => !chosen.except.has(jarId(k)),
          )
      : async () => [...chosen.ids].map(keyOf);
    actions.remove.mutate(collect, {
      onSuccess: () => {
        setSelection(NOTHING);
        focusGrid();
      },
    });
  };

  const impl: RowHandlers = {
    onClick: (index: number, event: MouseEvent) => {
      const row = data.row(index);
      setActive(index);
      focusGrid();
      if (!row) return;
      const id = jarId(row);
      const toggleKey = event.ctrlKey || event.metaKey;
      if (event.shiftKey) {
        const from = anchor.current;
        void idsBetween(from, index).then((ids) =>
          setSelection((s) => (toggleKey ? setSelected(s, ids, true) : only(ids))),
        );
        return;
      }
      anchor.current = index;
      setSelection((s) => (toggleKey ? toggle(s, id) : only([id])));
    },
    onDoubleClick: (index: number) => {
      const row = data.row(index);
      if (row) setEditing({ cookie: row });
    },
    onCheck: (index: number, range: boolean) => {
      const row = data.row(index);
      if (!row) return;
      setActive(index);
      const id = jarId(row);
      const select = !isSelected(selection, id);
      if (range) {
        void idsBetween(anchor.current, index).then((ids) =>
          setSelection((s) => setSelected(s, ids, select)),
        );
      } else setSelection((s) => setSelected(s, [id], select));
      anchor.current = index;
    },
  };
  // Rows are memoized: they get one handler object for good, which calls the newest implementation.
  const implRef = useRef(impl);
  useLayoutEffect(() => {
    implRef.current = impl;
  });
  const [handlers] = useState<RowHandlers>(() => ({
    onClick: (i, e) => implRef.current.onClick(i, e),
    onDoubleClick: (i) => implRef.current.onDoubleClick(i),
    onCheck: (i, r) => implRef.current.onCheck(i, r),
  }));

  const move = (to: number, extend: boolean) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    table.reveal(next);
    if (extend) void idsBetween(anchor.current, next).then((ids) => setSelection(only(ids)));
    else anchor.current = next;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const step: Partial<Record<string, number>> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: table.pageRows(),
      PageUp: -table.pageRows(),
    };
    const by = step[event.key];
    if (by !== undefined) {
      event.preventDefault();
      return move(activeIndex + by, event.shiftKey);
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      return move(event.key === 'Home' ? 0 : total - 1, event.shiftKey);
    }
    if (event.key === ' ' && activeCookie) {
      event.preventDefault();
      anchor.current = activeIndex;
      return setSelection((s) => toggle(s, jarId(activeCookie)));
    }
    if (mod && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      return setSelection(EVERYTHING);
    }
    if (event.key === 'Escape' && selected > 0) {
      event.preventDefault();
      return setSelection(NOTHING);
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      return requestDelete();
    }
    if (event.key === 'Enter' && activeCookie) {
      event.preventDefault();
      setEditing({ cookie: activeCookie });
    }
  };

  const onSort = (key: JarSortKey) =>
    setSort((s) => ({ sort: key, descending: s.sort === key ? !s.descending : false }));
  const allState = selectionState(selection, total);
  const empty = !data.loading && data.error === null && data.size === 0;
  const noMatch = !data.loading && data.error === null && data.size > 0 && total === 0;

  return (
    <div className="jar-cookies">
      <JarFilters
        filters={filters}
        onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onClear={() => setFilters(NO_FILTERS)}
      />
      <JarToolbar
        titleId={tableTitle}
        countId={countId}
        data={data}
        selected={selected}
        deleting={actions.remove.isPending}
        onToggleMatching={() => setSelection(selected > 0 ? NOTHING : EVERYTHING)}
        onDelete={requestDelete}
        onNew={() => setEditing({ cookie: null })}
      />
      {data.error !== null && <ErrorMessage error={data.error} />}
      {data.loading && !data.stale && data.error === null && <Busy />}
      {empty && (
        <EmptyState title={t('jar.emptyTitle')} testId="jar-empty">
          <p>{t('jar.emptyText')}</p>
          <p>
            <a href={routeHref({ name: 'import' })} className="button primary">
              {t('jar.goImport')}
            </a>
          </p>
        </EmptyState>
      )}
      {noMatch && (
        <EmptyState title={t('jar.noMatch')} testId="jar-no-match">
          <button
            type="button"
            className="button"
            onClick={() => setFilters(NO_FILTERS)}
            disabled={!isFiltered(filters)}
          >
            {t('jar.clearFilters')}
          </button>
        </EmptyState>
      )}
      <div className={empty || noMatch ? 'jar-hidden' : undefined}>
        <JarTable
          table={table}
          sort={sort}
          onSort={onSort}
          selection={selection}
          allState={allState}
          onToggleAll={() => setSelection(allState === 'all' ? NOTHING : EVERYTHING)}
          active={activeIndex}
          nowMs={nowMs}
          handlers={handlers}
          onKeyDown={onKeyDown}
          labelledBy={tableTitle}
          describedBy={countId}
        />
        <p className="muted jar-keys-hint">{t('jar.keysHint', { mod: modifierLabel() })}</p>
      </div>
      {activeCookie && !empty && !noMatch && (
        <CookieDetails
          cookie={activeCookie}
          revision={data.revision}
          nowMs={nowMs}
          onEdit={() => setEditing({ cookie: activeCookie })}
          onDelete={() => deleteSelection(only([jarId(activeCookie)]))}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('jar.confirmTitle', { count: selected, formatted: count(selected, language) })}
          message={t('jar.confirmText', { count: selected, formatted: count(selected, language) })}
          confirmLabel={t('jar.confirmAction')}
          destructive
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            deleteSelection(selection);
          }}
        />
      )}
      {editing && (
        <EditCookieDialog original={editing.cookie} save={actions.save} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
