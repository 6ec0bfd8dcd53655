// The jar's localStorage entries beside its cookies: a jar holds at most a few thousand, so they are read
// whole (jar.storage) and filtered here, then drawn by StorageTable a screenful at a time. Entries can be
// selected (one by one, or every one the filter matches) and deleted, with Undo in the toast and Ctrl/Cmd+Z.
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageView } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { currentLanguage } from '../../i18n';
import { count } from './jar-format';
import { jarKeys } from './jar-keys';
import { StorageTable, storageId } from './StorageTable';
import { useJarActions } from './useJarActions';
import { useDebounced } from './useDebounced';

export function StorageList() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const id = useId();
  const entries = useQuery({ queryKey: jarKeys.storage, queryFn: () => client['jar.storage']({}) });
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const words = useDebounced(text, 150).toLowerCase().split(/\s+/).filter(Boolean);
  const all = entries.data ?? [];
  const matching = all.filter((e) => {
    const hay = `${e.origin} ${e.name}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  // Only what is still in the jar counts (another view or the CLI may have removed some).
  const chosen = all.filter((e) => selected.has(storageId(e)));
  const chosenMatching = matching.filter((e) => selected.has(storageId(e))).length;
  const allState =
    chosenMatching === 0 ? 'none' : chosenMatching === matching.length ? 'all' : ('some' as const);

  const { removeStorage: remove } = useJarActions();

  const toggle = (e: StorageView) =>
    setSelected((previous) => {
      const next = new Set(previous);
      const key = storageId(e);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const toggleAll = () =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const e of matching) {
        if (allState === 'all') next.delete(storageId(e));
        else next.add(storageId(e));
      }
      return next;
    });
  const deleteChosen = () => {
    if (chosen.length > 0 && !remove.isPending)
      remove.mutate(chosen, { onSuccess: () => setSelected(new Set()) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    if (event.target instanceof HTMLElement && event.target.closest('button')) return;
    event.preventDefault();
    deleteChosen();
  };

  if (entries.isPending) return <Busy />;
  if (entries.isError) return <ErrorMessage error={entries.error} />;
  if (all.length === 0) {
    return (
      <EmptyState title={t('jar.storageEmpty')} testId="jar-storage-empty">
        <p>
          <a href={routeHref({ name: 'import' })}>{t('jar.goImport')}</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="jar-storage">
      <div className="jar-filters" role="search" aria-label={t('jar.storageFilterLabel')}>
        <div className="jar-field grow">
          <label htmlFor={`${id}-text`}>{t('jar.filterText')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            placeholder={t('jar.storagePlaceholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid="jar-storage-filter"
          />
        </div>
      </div>
      <div className="jar-toolbar">
        <p className="jar-count" aria-live="polite" data-testid="jar-storage-count">
          {t('jar.storageCount', {
            count: all.length,
            shown: count(matching.length, language),
            formatted: count(all.length, language),
          })}
        </p>
        <span className="jar-selection" role="status" data-testid="jar-storage-selection">
          {chosen.length > 0
            ? t('jar.selected', { count: chosen.length, formatted: count(chosen.length, language) })
            : ''}
        </span>
        <button
          type="button"
          className="button danger"
          onClick={deleteChosen}
          disabled={chosen.length === 0 || remove.isPending}
          data-testid="jar-storage-delete"
        >
          {remove.isPending ? t('jar.deleting') : t('jar.deleteSelected', { count: chosen.length })}
        </button>
      </div>
      {matching.length === 0 ? (
        <EmptyState title={t('jar.noMatch')}>
          <button type="button" className="button" onClick={() => setText('')}>
            {t('jar.clearFilters')}
          </button>
        </EmptyState>
      ) : (
        <StorageTable
          entries={matching}
          selected={selected}
          onToggle={toggle}
          allState={allState}
          onToggleAll={toggleAll}
          onKeyDown={onKeyDown}
        />
      )}
    </div>
  );
}
