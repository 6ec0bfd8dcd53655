// After a dry run, the choice: Import (all-or-nothing, blocked while rows are rejected), Import the valid part,
// or Cancel; after the import, what it did. Shared by files and browser profiles so that both decide alike.
// Test ids are `${testIdPrefix}-apply`, `-apply-valid`, `-stale`, `-cancel` and `-more`.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { ImportReportView } from './ImportReportView';

export function ImportDecision({
  title,
  report,
  blockedNote,
  staleNote,
  busy,
  onApply,
  onCancel,
  testIdPrefix,
}: {
  title: string;
  /** The dry run's report. */
  report: ImportReport;
  /** Why Import is blocked while `count` rows are rejected. */
  blockedNote: (count: number) => string;
  /** Set when the inputs changed since the check: what would be imported is no longer what was checked. */
  staleNote: string | null;
  busy: boolean;
  onApply: (skipInvalid: boolean) => void;
  onCancel: () => void;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const blockedId = useId();
  const staleId = useId();
  const rejected = report.rejected.length;
  const nothingToDo =
    report.imported + report.updated + report.storage.imported + report.storage.updated === 0;
  const stale = staleNote !== null;
  return (
    <>
      <h3>{title}</h3>
      <ImportReportView report={report} />
      {rejected > 0 && (
        <p id={blockedId} className="note">
          {blockedNote(rejected)}
        </p>
      )}
      {nothingToDo && rejected === 0 && <p className="note">{t('import.nothingToImport')}</p>}
      {stale && (
        <p id={staleId} className="note" data-testid={`${testIdPrefix}-stale`}>
          {staleNote}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button primary"
          disabled={busy || stale || rejected > 0 || nothingToDo}
          aria-describedby={stale ? staleId : rejected > 0 ? blockedId : undefined}
          onClick={() => onApply(false)}
          data-testid={`${testIdPrefix}-apply`}
        >
          {t('import.apply')}
        </button>
        {rejected > 0 && (
          <>
            {' '}
            <button
              type="button"
              className="button"
              disabled={busy || stale || nothingToDo}
              aria-describedby={stale ? staleId : undefined}
              onClick={() => onApply(true)}
              data-testid={`${testIdPrefix}-apply-valid`}
            >
              {t('import.applyValid')}
            </button>
          </>
        )}{' '}
        <button
          type="button"
          className="button"
          onClick={onCancel}
          disabled={busy}
          data-testid={`${testIdPrefix}-cancel`}
        >
          {t('common.cancel')}
        </button>
      </p>
    </>
  );
}

export function ImportDone({
  report,
  moreLabel,
  onMore,
  testIdPrefix,
}: {
  report: ImportReport;
  moreLabel: string;
  onMore: () => void;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ImportReportView report={report} />
      <p className="actions">
        <a className="button primary" href={routeHref({ name: 'sites' })}>
          {t('import.seeSites')}
        </a>{' '}
        <button type="button" className="button" onClick={onMore} data-testid={`${testIdPrefix}-more`}>
          {moreLabel}
        </button>
      </p>
    </>
  );
}
