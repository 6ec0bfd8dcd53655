// What an import did, or would do: per file the detected format and why, totals, and every rejected row.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/model';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const totals = { imported: report.imported, updated: report.updated, skipped: report.skipped };
  return (
    <div className="import-report" data-testid={report.dryRun ? 'import-dry-run-report' : 'import-result'}>
      <p className={report.applied ? 'summary success' : 'summary'} data-testid="import-summary">
        {report.applied ? t('import.doneSummary', totals) : t('import.previewSummary', totals)}
      </p>
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
              <td>{file.format === null ? t('import.formatUnknown') : t(`import.format.${file.format}`)}</td>
              <td>{file.formatReason}</td>
              <td className="num">{file.cookies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.rejected.length > 0 && (
        <section className="rejected" aria-labelledby="rejected-heading">
          <h3 id="rejected-heading">{t('import.rejectedTitle', { count: report.rejected.length })}</h3>
          <div className="table-scroll" role="region" aria-labelledby="rejected-heading" tabIndex={0}>
            <table className="data-table" data-testid="import-rejected">
              <thead>
                <tr>
                  <th scope="col">{t('import.colWhere')}</th>
                  <th scope="col">{t('import.colWhy')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((problem, index) => (
                  <tr key={index} data-testid="import-rejected-row">
                    <th scope="row">{problem.where}</th>
                    <td>{problem.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
