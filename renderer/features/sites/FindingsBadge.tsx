// A site's findings at a glance: the count, coloured by the most serious severity, linking to the site's
// report. Its accessible name spells out the counts per severity.
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type SiteSummary } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { Dash } from '../../components/Dash';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { totalFindings } from './sort';

export function FindingsBadge({ site }: { site: SiteSummary }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const total = totalFindings(site);
  if (total === 0) return <Dash label={t('sites.noFindings')} />;
  const worst = SEVERITIES.find((severity) => site.findings[severity] > 0) ?? 'info';
  const parts = SEVERITIES.filter((severity) => site.findings[severity] > 0).map((severity) =>
    t('sites.findingsPart', {
      formatted: formatNumber(site.findings[severity], language),
      severity: t(`report.severity.${severity}`),
    }),
  );
  return (
    <a
      href={routeHref({ name: 'report', site: site.site })}
      className={`findings-badge sev-badge-${worst}`}
      data-testid="findings-badge"
      data-worst={worst}
      data-total={total}
      aria-label={t('sites.findingsLabel', { count: total, parts: parts.join(', ') })}
      title={parts.join(', ')}
    >
      {formatNumber(total, language)}
    </a>
  );
}
