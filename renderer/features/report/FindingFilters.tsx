// The filters over the findings: severity, kind, and text in the site or cookie name.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, SEVERITIES, type FindingKind, type Severity } from '../../../shared/model';
import { isFiltering, NO_FILTER, type FindingFilter } from './filter';

const isSeverity = (value: string): value is Severity => (SEVERITIES as readonly string[]).includes(value);
const isKind = (value: string): value is FindingKind => (FINDING_KINDS as readonly string[]).includes(value);

export function FindingFilters({
  filter,
  onChange,
  shown,
  total,
}: {
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  const severityId = useId();
  const kindId = useId();
  const textId = useId();
  return (
    <fieldset className="finding-filters">
      <legend>{t('report.filters.legend')}</legend>
      <div className="filter-row">
        <div className="field">
          <label htmlFor={severityId}>{t('report.filters.severity')}</label>
          <select
            id={severityId}
            value={filter.severity}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ ...filter, severity: isSeverity(value) ? value : '' });
            }}
            data-testid="filter-severity"
          >
            <option value="">{t('report.filters.allSeverities')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`report.severity.${severity}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={kindId}>{t('report.filters.kind')}</label>
          <select
            id={kindId}
            value={filter.kind}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ ...filter, kind: isKind(value) ? value : '' });
            }}
            data-testid="filter-kind"
          >
            <option value="">{t('report.filters.allKinds')}</option>
            {FINDING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`report.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={textId}>{t('report.filters.text')}</label>
          <input
            id={textId}
            type="search"
            value={filter.text}
            placeholder={t('report.filters.textPlaceholder')}
            onChange={(event) => onChange({ ...filter, text: event.target.value })}
            data-testid="filter-text"
          />
        </div>
        {isFiltering(filter) && (
          <button
            type="button"
            className="button"
            onClick={() => onChange(NO_FILTER)}
            data-testid="filter-clear"
          >
            {t('report.filters.clear')}
          </button>
        )}
      </div>
      <p className="muted" aria-live="polite" data-testid="filter-showing">
        {t('report.filters.showing', { count: shown, total })}
      </p>
    </fieldset>
  );
}
