// What a policy import read, or would import: the format and why, the site, how many tables and rows, every
// entry as the site page will show it, and each row that could not be read, with the reason.
import { useTranslation } from 'react-i18next';
import type { PolicyImportReport } from '../../../shared/contract-policy';
import { POLICY_IMPORT_FORMATS } from '../../../shared/contract-policy';
import { formatDeclaredName } from '../../../shared/name-pattern';
import { ProblemTable } from '../../components/ProblemTable';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { DeclaredDuration } from './DeclaredDuration';

function isKnownFormat(format: string): format is (typeof POLICY_IMPORT_FORMATS)[number] {
  return (POLICY_IMPORT_FORMATS as readonly string[]).includes(format);
}

export function PolicyImportPreview({ report }: { report: PolicyImportReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage(i18n));
  const { policy } = report;
  return (
    <div
      className="policy-import-report"
      data-testid={report.dryRun ? 'policy-import-preview' : 'policy-import-result'}
    >
      <h3>{report.dryRun ? t('policyImport.previewTitle') : t('policyImport.resultTitle')}</h3>
      <dl className="facts" data-testid="policy-import-summary">
        <dt>{t('policyImport.detected')}</dt>
        <dd data-testid="policy-import-detected" data-format={report.format}>
          <strong>
            {isKnownFormat(report.format) ? t(`policyImport.format.${report.format}`) : report.format}
          </strong>
          <span className="muted"> — {report.formatReason}</span>
        </dd>
        <dt>{t('policyImport.site')}</dt>
        <dd data-testid="policy-import-target">
          <code>{report.site}</code>
          {report.replaces && <span className="badge warn">{t('policyImport.replaces')}</span>}
        </dd>
        <dt>{t('policyImport.found')}</dt>
        <dd data-testid="policy-import-counts">
          {t('policyImport.tables', { count: report.tables, formatted: n(report.tables) })} ·{' '}
          {t('policyImport.entries', { count: policy.entries.length, formatted: n(policy.entries.length) })}
        </dd>
      </dl>
      {policy.entries.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('policyImport.entriesLabel')} tabIndex={0}>
          <table className="data-table" data-testid="policy-import-entries" lang={policy.language}>
            <thead lang={currentLanguage(i18n)}>
              <tr>
                <th scope="col">{t('policyEdit.colCategory')}</th>
                <th scope="col">{t('policy.colSupplier')}</th>
                <th scope="col">{t('policy.colCookie')}</th>
                <th scope="col">{t('policy.colDuration')}</th>
                <th scope="col">{t('policy.colFunction')}</th>
              </tr>
            </thead>
            <tbody>
              {policy.entries.map((entry, index) => (
                <tr key={index} data-testid="policy-import-entry" data-cookie={formatDeclaredName(entry)}>
                  <td lang={currentLanguage(i18n)}>{t(`categories.${entry.category}`)}</td>
                  <td>{entry.supplier}</td>
                  <td>
                    <code>{formatDeclaredName(entry)}</code>
                    {entry.type !== 'cookie' && (
                      <span className="badge" lang={currentLanguage(i18n)}>
                        {t(`policy.type.${entry.type}`)}
                      </span>
                    )}
                  </td>
                  <td lang={currentLanguage(i18n)}>
                    <DeclaredDuration duration={entry.duration} lang={policy.language} />
                  </td>
                  <td>{entry.function}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.problems.length > 0 && (
        <ProblemTable
          title={t('policyImport.problemsTitle', { count: report.problems.length })}
          intro={<p className="muted">{t('policyImport.problemsIntro')}</p>}
          problems={report.problems}
          whereLabel={t('import.colWhere')}
          whyLabel={t('import.colWhy')}
          tone="warning"
          testId="policy-import-problems"
          rowTestId="policy-import-problem"
        />
      )}
    </div>
  );
}
