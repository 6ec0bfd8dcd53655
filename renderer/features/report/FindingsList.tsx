// The findings grouped by severity (high first), each with its site, cookie, kind, a plain explanation in the
// UI's language and the evidence behind it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Finding, type Severity } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { evidenceText, explainFinding } from './finding-text';

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  return (
    <div className="finding-groups">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        return group.length === 0 ? null : (
          <FindingGroup key={severity} severity={severity} findings={group} />
        );
      })}
    </div>
  );
}

function FindingGroup({ severity, findings }: { severity: Severity; findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const title = t('report.groupTitle', {
    severity: t(`report.severity.${severity}`),
    formatted: formatNumber(findings.length, language),
  });
  return (
    <section aria-labelledby={headingId} data-testid="finding-group" data-severity={severity}>
      <h3 id={headingId} className={`severity-heading sev-text-${severity}`}>
        {title}
      </h3>
      {/* Named apart from the section around it: two regions with one name are one too many (axe). */}
      <div
        className="table-scroll"
        role="region"
        aria-label={t('common.tableOf', { name: title })}
        tabIndex={0}
      >
        <table className="data-table findings-table">
          <colgroup>
            <col className="col-site" />
            <col className="col-cookie" />
            <col className="col-kind" />
            <col />
            <col className="col-evidence" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('report.col.site')}</th>
              <th scope="col">{t('report.col.cookie')}</th>
              <th scope="col">{t('report.col.kind')}</th>
              <th scope="col">{t('report.col.explanation')}</th>
              <th scope="col">{t('report.col.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((finding, index) => (
              <FindingRow key={index} finding={finding} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FindingRow({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const evidence = evidenceText(finding, t, language);
  const lines = [
    { key: 'declared', label: t('report.evidence.declared'), text: evidence.declared },
    { key: 'actual', label: t('report.evidence.actual'), text: evidence.actual },
    { key: 'limit', label: t('report.evidence.limit'), text: evidence.limit },
  ].filter((line) => line.text !== null);
  return (
    <tr
      data-testid="finding-row"
      data-severity={finding.severity}
      data-kind={finding.kind}
      data-site={finding.site}
      data-cookie={finding.cookie ?? ''}
    >
      <td>
        <a href={routeHref({ name: 'site', site: finding.site })} data-testid="finding-site">
          {finding.site}
        </a>
      </td>
      <th scope="row">
        {finding.cookie === null ? (
          <span className="muted">{t('report.wholeSite')}</span>
        ) : (
          <>
            <code>{finding.cookie}</code>
            {finding.evidence.where !== null && <span className="sub muted">{finding.evidence.where}</span>}
          </>
        )}
      </th>
      <td data-testid="finding-kind">{t(`report.kind.${finding.kind}`)}</td>
      <td data-testid="finding-explanation">{explainFinding(finding, t, language)}</td>
      <td>
        {lines.length > 0 && (
          <dl className="evidence">
            {lines.map((line) => (
              <div key={line.key} data-testid={`evidence-${line.key}`}>
                <dt>{line.label}</dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}
