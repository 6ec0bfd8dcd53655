// Findings by severity as a small bar chart. Each row is a toggle that narrows the findings to that severity;
// its accessible name says the count in words, the bar is only drawn.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Finding, type Severity } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

const WIDTH = 200;

export function SeverityChart({
  findings,
  selected,
  onSelect,
}: {
  findings: readonly Finding[];
  selected: Severity | '';
  onSelect: (severity: Severity | '') => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const counts = SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => f.severity === severity).length,
  }));
  const most = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section aria-labelledby={headingId} className="severity-summary" data-testid="severity-chart">
      <h2 id={headingId}>{t('report.summaryTitle')}</h2>
      <p className="muted" data-testid="report-total">
        {t('report.summaryTotal', {
          count: findings.length,
          formatted: formatNumber(findings.length, language),
        })}
      </p>
      <ul className="severity-chart">
        {counts.map(({ severity, count }) => {
          const formatted = formatNumber(count, language);
          const label = t(`report.severity.${severity}`);
          return (
            <li key={severity} data-testid="severity-count" data-severity={severity} data-count={count}>
              <button
                type="button"
                className="severity-toggle"
                aria-pressed={selected === severity}
                disabled={count === 0}
                onClick={() => onSelect(selected === severity ? '' : severity)}
              >
                <span className="visually-hidden">
                  {t('report.severityCount', { severity: label, formatted })}
                </span>
                <span className="severity-label" aria-hidden="true">
                  {label}
                </span>
                <svg
                  className="severity-bar"
                  viewBox={`0 0 ${WIDTH} 14`}
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect className="track" x={0} y={0} width={WIDTH} height={14} />
                  <rect
                    className={`sev sev-${severity}`}
                    x={0}
                    y={0}
                    width={(count / most) * WIDTH}
                    height={14}
                  />
                </svg>
                <span className="severity-number" aria-hidden="true">
                  {formatted}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
