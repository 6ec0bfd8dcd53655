// What writing a simulated state into the jar did: the import's own report (new, updated, refused, warnings).
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/model';
import { ProblemTable } from '../../components/ProblemTable';

export function WriteReport({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="write-report" data-testid="simulate-write-report">
      <p className="summary success" role="status">
        {t('consent.simulate.writeSummary', {
          imported: report.imported,
          updated: report.updated,
          storageImported: report.storage.imported,
          storageUpdated: report.storage.updated,
        })}
      </p>
      {report.rejected.length > 0 && (
        <ProblemTable
          title={t('consent.simulate.rejected', { count: report.rejected.length })}
          problems={report.rejected}
          whereLabel={t('profiles.transfer.where')}
          whyLabel={t('profiles.transfer.why')}
          tone="error"
          testId="simulate-write-rejected"
          rowTestId="simulate-write-rejected-row"
        />
      )}
      {report.warnings.length > 0 && (
        <ProblemTable
          title={t('consent.simulate.warnings', { count: report.warnings.length })}
          problems={report.warnings}
          whereLabel={t('profiles.transfer.where')}
          whyLabel={t('profiles.transfer.why')}
          tone="warning"
          testId="simulate-write-warnings"
          rowTestId="simulate-write-warning-row"
        />
      )}
    </div>
  );
}
