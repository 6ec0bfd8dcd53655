// Above the Jar table: how many cookies match, how many are selected, and what can be done with them.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { count } from './jar-format';
import type { JarWindow } from './useJarWindow';

export function JarToolbar({
  titleId,
  countId,
  data,
  selected,
  deleting,
  onToggleMatching,
  onDelete,
  onNew,
}: {
  titleId: string;
  countId: string;
  data: JarWindow;
  selected: number;
  deleting: boolean;
  /** Selects every matching cookie, or clears the selection when there is one. */
  onToggleMatching: () => void;
  onDelete: () => void;
  onNew: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { total, size } = data;
  return (
    <div className="jar-toolbar">
      <h2 id={titleId} className="visually-hidden">
        {t('jar.tableTitle')}
      </h2>
      <p id={countId} className="jar-count" aria-live="polite" data-testid="jar-count">
        {data.loading && !data.stale
          ? t('common.loading')
          : t('jar.count', { count: size, shown: count(total, language), formatted: count(size, language) })}
      </p>
      <span className="jar-selection" role="status" data-testid="jar-selection-count">
        {selected > 0 ? t('jar.selected', { count: selected, formatted: count(selected, language) }) : ''}
      </span>
      <button
        type="button"
        className="button"
        onClick={onToggleMatching}
        disabled={total === 0}
        data-testid="jar-select-matching"
      >
        {selected > 0
          ? t('jar.clearSelection')
          : t('jar.selectMatching', { count: total, formatted: count(total, language) })}
      </button>
      <button
        type="button"
        className="button danger"
        onClick={onDelete}
        disabled={selected === 0 || deleting}
        data-testid="jar-delete"
      >
        {deleting ? t('jar.deleting') : t('jar.deleteSelected', { count: selected })}
      </button>
      <button type="button" className="button primary" onClick={onNew} data-testid="jar-new">
        {t('jar.new')}
      </button>
    </div>
  );
}
