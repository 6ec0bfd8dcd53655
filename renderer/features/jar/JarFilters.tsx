// The Jar view's filters: words, site, categories, flags, SameSite and when cookies expire. Chips are toggle
// buttons (aria-pressed); none pressed in a group means "any".
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../shared/category';
import { SAME_SITE_FILTERS } from '../../../shared/contract-jar';
import { EXPIRY_PRESETS, isFiltered, toggled, type Flag, type JarFilters as Filters } from './filters';

const FLAGS: readonly Flag[] = ['any', 'yes', 'no'];

export function JarFilters({
  filters,
  onChange,
  onClear,
}: {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="jar-filters" role="search" aria-label={t('jar.filtersLabel')}>
      <div className="jar-filter-fields">
        <div className="jar-field grow">
          <label htmlFor={`${id}-text`}>{t('jar.filterText')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={filters.text}
            placeholder={t('jar.filterTextPlaceholder')}
            onChange={(event) => onChange({ text: event.target.value })}
            data-shortcut="search"
            data-testid="jar-filter-text"
          />
        </div>
        <div className="jar-field">
          <label htmlFor={`${id}-site`}>{t('jar.filterSite')}</label>
          <input
            id={`${id}-site`}
            type="search"
            value={filters.site}
            placeholder={t('jar.filterSitePlaceholder')}
            onChange={(event) => onChange({ site: event.target.value })}
            data-testid="jar-filter-site"
          />
        </div>
        <div className="jar-field">
          <label htmlFor={`${id}-expiry`}>{t('jar.filterExpiry')}</label>
          <select
            id={`${id}-expiry`}
            value={filters.expiry}
            onChange={(event) => {
              const expiry = EXPIRY_PRESETS.find((p) => p === event.target.value) ?? 'any';
              onChange({ expiry, expiryFrom: Math.floor(Date.now() / 1000) });
            }}
            data-testid="jar-filter-expiry"
          >
            {EXPIRY_PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`jar.expiry.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <FlagSelect
          id={`${id}-httponly`}
          label={t('cookie.colHttpOnly')}
          value={filters.httpOnly}
          testId="jar-filter-httponly"
          onChange={(httpOnly) => onChange({ httpOnly })}
        />
        <FlagSelect
          id={`${id}-secure`}
          label={t('cookie.colSecure')}
          value={filters.secure}
          testId="jar-filter-secure"
          onChange={(secure) => onChange({ secure })}
        />
      </div>
      <div className="jar-chips">
        <div role="group" aria-labelledby={`${id}-cat`} className="chip-group">
          <span id={`${id}-cat`} className="chip-group-label">
            {t('jar.colCategory')}
          </span>
          {CATEGORIES.map((c) => (
            <button
              key={c}
              type="button"
              className={`chip toggle cat-${c}`}
              aria-pressed={filters.categories.includes(c)}
              onClick={() => onChange({ categories: toggled(filters.categories, c) })}
              data-testid={`jar-filter-category-${c}`}
            >
              {t(`categories.${c}`)}
            </button>
          ))}
        </div>
        <div role="group" aria-labelledby={`${id}-ss`} className="chip-group">
          <span id={`${id}-ss`} className="chip-group-label">
            {t('cookie.colSameSite')}
          </span>
          {SAME_SITE_FILTERS.map((s) => (
            <button
              key={s}
              type="button"
              className="chip toggle"
              aria-pressed={filters.sameSite.includes(s)}
              onClick={() => onChange({ sameSite: toggled(filters.sameSite, s) })}
              data-testid={`jar-filter-samesite-${s}`}
            >
              {t(`jar.sameSite.${s}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button small"
          onClick={onClear}
          disabled={!isFiltered(filters)}
          data-testid="jar-clear-filters"
        >
          {t('jar.clearFilters')}
        </button>
      </div>
    </div>
  );
}

/** Any / yes / no for one cookie flag (HttpOnly, Secure). */
function FlagSelect(props: {
  id: string;
  label: string;
  value: Flag;
  testId: string;
  onChange: (value: Flag) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="jar-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(FLAGS.find((f) => f === event.target.value) ?? 'any')}
        data-testid={props.testId}
      >
        {FLAGS.map((f) => (
          <option key={f} value={f}>
            {t(`jar.flag.${f}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
