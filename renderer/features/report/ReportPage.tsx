// The compliance report, for the whole jar (#/report) or one site (#/report/<site>): findings by severity as a
// chart, the filters, declared against real lifetimes as bars, the findings grouped by severity, the export,
// and the cookie catalog that classifies what policies leave out.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, SiteSummary } from '../../../shared/model';
import { navigate, routeHref } from '../../app/routing';
import { useSites } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { CatalogPanel } from '../catalog/CatalogPanel';
import { filterFindings, NO_FILTER, type FindingFilter } from './filter';
import { FindingFilters } from './FindingFilters';
import { FindingsList } from './FindingsList';
import { LifetimeChart } from './LifetimeChart';
import { useReport } from './queries';
import { ReportExport } from './ReportExport';
import { SeverityChart } from './SeverityChart';
import './report.css';

export function ReportPage({ site }: { site?: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const report = useReport(site);
  const sites = useSites();
  const scopeId = useId();
  const findingsId = useId();

  return (
    <section
      aria-labelledby="report-heading"
      className="report-page"
      data-testid="report-page"
      data-site={site}
    >
      <div className="page-head">
        <h1 id="report-heading">{t('report.title')}</h1>
        <div className="field scope-field">
          <label htmlFor={scopeId}>{t('report.scopeLabel')}</label>
          <select
            id={scopeId}
            value={site ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              navigate(value === '' ? { name: 'report' } : { name: 'report', site: value });
            }}
            data-testid="report-scope"
          >
            <option value="">{t('report.wholeJar')}</option>
            {scopeSites(sites.data, site).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{t('report.intro')}</p>
      {site !== undefined && (
        <p>
          {t('report.forSite', { site })}{' '}
          <a href={routeHref({ name: 'site', site })} data-testid="report-site-link">
            {t('report.siteLink')}
          </a>
        </p>
      )}
      {report.isPending && <Busy />}
      {report.isError && <ErrorMessage error={report.error} />}
      {report.data && (
        <>
          <p className="muted" data-testid="report-meta">
            {t('report.generated', {
              date: formatDateTime(Date.parse(report.data.generatedAt) / 1000, language),
            })}{' '}
            {t('report.sitesCovered', {
              count: report.data.sites.length,
              formatted: formatNumber(report.data.sites.length, language),
            })}
          </p>
          {report.data.findings.length === 0 ? (
            <NoFindings policies={hasPolicies(sites.data, site)} />
          ) : (
            <Findings report={report.data} showSite={site === undefined} headingId={findingsId} />
          )}
          <ReportExport site={site} />
        </>
      )}
      <CatalogPanel />
    </section>
  );
}

function Findings({ report, showSite, headingId }: { report: Report; showSite: boolean; headingId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const shown = filterFindings(report.findings, filter);
  return (
    <>
      <SeverityChart
        findings={report.findings}
        selected={filter.severity}
        onSelect={(severity) => setFilter({ ...filter, severity })}
      />
      <FindingFilters
        filter={filter}
        onChange={setFilter}
        shown={shown.length}
        total={report.findings.length}
      />
      <LifetimeChart findings={shown} showSite={showSite} />
      <section aria-labelledby={headingId} className="findings" data-testid="findings">
        <h2 id={headingId}>{t('report.findingsTitle')}</h2>
        {shown.length === 0 ? (
          <EmptyState title={t('report.filters.noMatch')} testId="findings-no-match">
            <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
              {t('report.filters.clear')}
            </button>
          </EmptyState>
        ) : (
          <FindingsList findings={shown} />
        )}
      </section>
    </>
  );
}

function NoFindings({ policies }: { policies: boolean }) {
  const { t } = useTranslation();
  return policies ? (
    <EmptyState title={t('report.empty.title')} testId="report-empty">
      <p>{t('report.empty.text')}</p>
    </EmptyState>
  ) : (
    <EmptyState title={t('report.empty.noPolicyTitle')} testId="report-no-policy">
      <p>{t('report.empty.noPolicyText')}</p>
      <p>
        <a href={routeHref({ name: 'sites' })}>{t('report.empty.goSites')}</a>
      </p>
    </EmptyState>
  );
}

/** The sites the scope menu offers: every known one, and the one on screen even if the list does not know it. */
function scopeSites(summaries: readonly SiteSummary[] | undefined, current: string | undefined): string[] {
  const names = new Set((summaries ?? []).map((s) => s.site));
  if (current !== undefined) names.add(current);
  return [...names].sort();
}

/** Whether the scope has a policy to compare with; while the list loads, assume so (no teaching flash). */
function hasPolicies(summaries: readonly SiteSummary[] | undefined, site: string | undefined): boolean {
  if (summaries === undefined) return true;
  return summaries.some((s) => s.hasPolicy && (site === undefined || s.site === site));
}
