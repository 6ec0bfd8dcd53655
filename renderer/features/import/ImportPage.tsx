// Import: pick or drop files, see the dry-run report, then import all (all-or-nothing) or the valid part.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_CHARS } from '../../../shared/contract';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from './FilePicker';
import { ImportReportView } from './ImportReportView';
import { MAX_IMPORT_FILES, readFiles, type PickedFile, type ReadProblem } from './read-files';

interface Run {
  files: PickedFile[];
  format: ImportFormat;
}

function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

export function ImportPage() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const formatId = useId();
  const blockedId = useId();
  const [files, setFiles] = useState<PickedFile[] | null>(null);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [reading, setReading] = useState(false);
  const [readProblem, setReadProblem] = useState<ReadProblem | null>(null);

  const preview = useMutation({
    mutationFn: (run: Run) => client['import.run']({ files: run.files, format: run.format, dryRun: true }),
  });
  const apply = useMutation({
    mutationFn: (run: Run & { skipInvalid: boolean }) =>
      client['import.run']({
        files: run.files,
        format: run.format,
        dryRun: false,
        skipInvalid: run.skipInvalid,
      }),
    onSuccess: () => invalidateJar(queryClient),
  });

  const startOver = () => {
    setFiles(null);
    setReadProblem(null);
    preview.reset();
    apply.reset();
  };

  const onFiles = async (chosen: File[]) => {
    startOver();
    setReading(true);
    const outcome = await readFiles(chosen);
    setReading(false);
    if (!outcome.ok) {
      setReadProblem(outcome.problem);
      return;
    }
    setFiles(outcome.files);
    preview.mutate({ files: outcome.files, format });
  };

  const onFormat = (value: string) => {
    if (!isImportFormat(value)) return;
    setFormat(value);
    apply.reset();
    if (files) preview.mutate({ files, format: value });
  };

  const report = preview.data;
  const busy = reading || preview.isPending || apply.isPending;
  const rejected = report?.rejected.length ?? 0;
  const nothingToDo = report !== undefined && report.imported + report.updated === 0;

  return (
    <section aria-labelledby="import-heading" className="import-page">
      <h1 id="import-heading">{t('import.title')}</h1>
      <p className="muted">{t('import.intro')}</p>

      <div className="import-controls">
        <FilePicker onFiles={(chosen) => void onFiles(chosen)} disabled={busy} />
        <div className="field">
          <label htmlFor={formatId}>{t('import.formatLabel')}</label>
          <select
            id={formatId}
            value={format}
            onChange={(event) => onFormat(event.target.value)}
            disabled={busy}
            data-testid="import-format"
          >
            {IMPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`import.format.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {files && (
        <p className="chosen" data-testid="import-chosen">
          {t('import.chosen', { count: files.length, names: files.map((file) => file.name).join(', ') })}
        </p>
      )}

      <div aria-busy={busy} className="import-output">
        {reading && <Busy label={t('import.reading')} />}
        {preview.isPending && <Busy label={t('import.checking')} />}
        {apply.isPending && <Busy label={t('import.importing')} />}
        {readProblem && (
          <div role="alert" className="error-box" data-testid="import-read-problem">
            <p className="error-title">
              {t(`import.readProblem.${readProblem.kind}`, readProblemValues(readProblem))}
            </p>
          </div>
        )}
        {preview.isError && <ErrorMessage error={preview.error} />}
        {apply.isError && <ErrorMessage error={apply.error} />}

        {apply.data ? (
          <>
            <ImportReportView report={apply.data} />
            <p className="actions">
              <a className="button primary" href={routeHref({ name: 'sites' })}>
                {t('import.seeSites')}
              </a>{' '}
              <button type="button" className="button" onClick={startOver}>
                {t('import.more')}
              </button>
            </p>
          </>
        ) : (
          report &&
          files && (
            <>
              <h2>{t('import.previewTitle')}</h2>
              <ImportReportView report={report} />
              {rejected > 0 && (
                <p id={blockedId} className="note">
                  {t('import.allOrNothing', { count: rejected })}
                </p>
              )}
              {nothingToDo && rejected === 0 && <p className="note">{t('import.nothingToImport')}</p>}
              <p className="actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={busy || rejected > 0 || nothingToDo}
                  aria-describedby={rejected > 0 ? blockedId : undefined}
                  onClick={() => apply.mutate({ files, format, skipInvalid: false })}
                  data-testid="import-apply"
                >
                  {t('import.apply')}
                </button>
                {rejected > 0 && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button"
                      disabled={busy || nothingToDo}
                      onClick={() => apply.mutate({ files, format, skipInvalid: true })}
                      data-testid="import-apply-valid"
                    >
                      {t('import.applyValid')}
                    </button>
                  </>
                )}{' '}
                <button type="button" className="button" onClick={startOver} disabled={busy}>
                  {t('common.cancel')}
                </button>
              </p>
            </>
          )
        )}
      </div>
    </section>
  );
}

function readProblemValues(problem: ReadProblem): Record<string, string | number> {
  switch (problem.kind) {
    case 'tooMany':
      return { count: problem.count, max: MAX_IMPORT_FILES };
    case 'tooLarge':
      return { name: problem.name, max: Math.floor(MAX_IMPORT_CHARS / (1024 * 1024)) };
    default:
      return { name: problem.name };
  }
}
