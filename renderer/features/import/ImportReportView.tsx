// What an import did, or would do: per file the format used and why, totals (cookies and localStorage),
// every rejected row, and — apart from them — the warnings about what was imported.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/model';
import { ProblemTable } from '../../components/ProblemTable';
import { isImportFormat } from './formats';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { formatReasonText } from '../../i18n/problems';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const n = (value: number) => formatNumber(value, language);
  const totals = { imported: n(report.imported), updated: n(report.updated), skipped: n(report.skipped) };
  const storage = { imported: n(report.storage.imported), updated: n(report.storage.updated) };
  return (
    <div className="import-report" data-testid={report.dryRun ? 'import-dry-run-report' : 'import-result'}>
      <p className={report.applied ? 'summary success' : 'summary'} data-testid="import-summary">
        {report.applied ? t('import.doneSummary', totals) : t('import.previewSummary', totals)}
      </p>
      {report.storage.imported + report.storage.updated > 0 && (
        <p className={report.applied ? 'summary success' : 'summary'} data-testid="import-storage-summary">
          {report.applied ? t('import.storageDone', storage) : t('import.storagePreview', storage)}
        </p>
      )}
      <table className="data-table" data-testid="import-files">
        <caption>{t('import.filesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.colFile')}</th>
            <th scope="col">{t('import.colFormat')}</th>
            <th scope="col">{t('import.colReason')}</th>
            <th scope="col" className="num">
              {t('import.colCookies')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.files.map((file, index) => (
            <tr key={`${file.name}-${index}`} data-testid="import-file-row" data-format={file.format ?? ''}>
              <th scope="row">{file.name}</th>
              <td>
                {file.format === null
                  ? t('import.formatUnknown')
                  : isImportFormat(file.format)
                    ? t(`import.format.${file.format}`)
                    : file.format}
              </td>
              <td>{formatReasonText(file, language)}</td>
              <td className="num">{n(file.cookies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.rejected.length > 0 && (
        <ProblemTable
          title={t('import.rejectedTitle', { count: report.rejected.length })}
          problems={report.rejected}
          whereLabel={t('import.colWhere')}
          whyLabel={t('import.colWhy')}
          tone="error"
          testId="import-rejected"
          rowTestId="import-rejected-row"
        />
      )}
      {report.warnings.length > 0 && (
        <ProblemTable
          title={t('import.warningsTitle', { count: report.warnings.length })}
          intro={<p className="muted">{t('import.warningsIntro')}</p>}
          problems={report.warnings}
          whereLabel={t('import.colWhere')}
          whyLabel={t('import.colWhy')}
          tone="warning"
          testId="import-warnings"
          rowTestId="import-warning-row"
        />
      )}
    </div>
  );
}
