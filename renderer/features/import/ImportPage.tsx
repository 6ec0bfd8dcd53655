// Import: from an installed browser's profile (BrowserImport), or from files picked or dropped here. Either way
// a dry-run report first, then import all (all-or-nothing) or the valid part. What is imported is exactly
// what was checked: the same files, format and options as the report shown. A site's cookie policy is imported
// here too (features/policy).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFormat } from '../../../shared/model';
import { useDroppedFiles } from '../../app/dropped-files';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from './FilePicker';
import { FormatSelect } from './FormatSelect';
import { ImportOptions } from './ImportOptions';
import { PolicyImport } from '../policy/PolicyImport';
import { BrowserImport } from './BrowserImport';
import { ImportDecision, ImportDone } from './ImportDecision';
import { ImportProgressView, useImportProgress } from './ImportProgress';
import {
  NO_OPTIONS,
  isDatabaseFormat,
  optionNeeds,
  requestOptions,
  sameOptions,
  type OptionValues,
  type RequestOptions,
} from './formats';
import { MAX_IMPORT_FILES, readFiles, type PickedFile, type ReadProblem } from './read-files';

interface Run {
  files: PickedFile[];
  format: ImportFormat;
  options: RequestOptions;
}

export function ImportPage() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [chosen, setChosen] = useState<File[] | null>(null);
  const [files, setFiles] = useState<PickedFile[] | null>(null);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [options, setOptions] = useState<OptionValues>(NO_OPTIONS);
  const [reading, setReading] = useState(false);
  const [readProblem, setReadProblem] = useState<ReadProblem | null>(null);
  // Files chosen again while an older batch is still being read win.
  const readCount = useRef(0);

  const preview = useMutation({
    mutationFn: (run: Run) =>
      client['import.run']({ files: run.files, format: run.format, ...run.options, dryRun: true }),
  });
  const apply = useMutation({
    mutationFn: (run: Run & { skipInvalid: boolean }) =>
      client['import.run']({
        files: run.files,
        format: run.format,
        ...run.options,
        dryRun: false,
        skipInvalid: run.skipInvalid,
      }),
    onSuccess: () => {
      // The keyring secret lives no longer than the import it was typed for.
      setOptions((current) => ({ ...current, keyringSecret: '' }));
      return invalidateJar(queryClient);
    },
  });

  const startOver = () => {
    readCount.current++;
    setChosen(null);
    setFiles(null);
    setReading(false);
    setReadProblem(null);
    setOptions((current) => ({ ...current, keyringSecret: '' }));
    preview.reset();
    apply.reset();
  };

  const readAndCheck = async (picked: File[], nextFormat: ImportFormat, nextOptions: OptionValues) => {
    const ticket = ++readCount.current;
    setReading(true);
    setReadProblem(null);
    const outcome = await readFiles(picked, nextFormat);
    if (ticket !== readCount.current) return;
    setReading(false);
    if (!outcome.ok) {
      setFiles(null);
      setReadProblem(outcome.problem);
      return;
    }
    setFiles(outcome.files);
    preview.mutate({ files: outcome.files, format: nextFormat, options: requestOptions(nextOptions) });
  };

  const onFiles = (picked: File[]) => {
    preview.reset();
    apply.reset();
    setChosen(picked);
    void readAndCheck(picked, format, options);
  };

  const onFormat = (value: ImportFormat) => {
    setFormat(value);
    apply.reset();
    if (!chosen) return;
    // A database format sends every file as bytes: read them again when that changes.
    if (files && isDatabaseFormat(value) === isDatabaseFormat(format)) {
      preview.mutate({ files, format: value, options: requestOptions(options) });
    } else {
      void readAndCheck(chosen, value, options);
    }
  };

  const recheck = (values: OptionValues = options) => {
    apply.reset();
    if (files) preview.mutate({ files, format, options: requestOptions(values) });
  };

  const onOptions = (values: OptionValues, now: boolean) => {
    setOptions(values);
    if (now) recheck(values);
  };

  const report = preview.data;
  const checked = preview.variables;
  const busy = reading || preview.isPending || apply.isPending;
  // Files dropped anywhere on the window (which brought us here) are taken as if picked.
  useDroppedFiles(onFiles, !busy);
  const progress = useImportProgress(
    (preview.isPending ? preview.variables : apply.isPending ? apply.variables : null) ?? null,
  );
  const stale = checked !== undefined && !sameOptions(checked.options, requestOptions(options));
  const needs = optionNeeds(format, apply.data ? undefined : report, options);

  return (
    <section aria-labelledby="import-heading" className="import-page">
      <h1 id="import-heading">{t('import.title')}</h1>
      <p className="muted">{t('import.intro')}</p>

      <BrowserImport />

      <section aria-labelledby={headingId} className="import-files">
        <h2 id={headingId}>{t('import.filesTitle')}</h2>
        <div className="import-controls">
          <FilePicker onFiles={onFiles} disabled={busy} />
          <FormatSelect value={format} onChange={onFormat} disabled={busy} />
        </div>

        {chosen && (
          <p className="chosen" data-testid="import-chosen">
            {t('import.chosen', { count: chosen.length, names: chosen.map((file) => file.name).join(', ') })}
          </p>
        )}

        {!apply.data && (
          <ImportOptions
            needs={needs}
            values={options}
            onChange={onOptions}
            onRecheck={() => recheck()}
            canRecheck={files !== null}
            disabled={busy}
          />
        )}

        <div aria-busy={busy} className="import-output">
          {reading && <Busy label={t('import.reading')} />}
          {progress ? (
            <ImportProgressView progress={progress} testId="import-progress" />
          ) : (
            <>
              {preview.isPending && <Busy label={t('import.checking')} />}
              {apply.isPending && <Busy label={t('import.importing')} />}
            </>
          )}
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
            <ImportDone
              report={apply.data}
              moreLabel={t('import.more')}
              onMore={startOver}
              testIdPrefix="import"
            />
          ) : (
            report &&
            checked && (
              <ImportDecision
                title={t('import.previewTitle')}
                report={report}
                blockedNote={(count) => t('import.allOrNothing', { count })}
                staleNote={stale ? t('import.options.stale') : null}
                busy={busy}
                onApply={(skipInvalid) => apply.mutate({ ...checked, skipInvalid })}
                onCancel={startOver}
                testIdPrefix="import"
              />
            )
          )}
        </div>
      </section>

      <PolicyImport />
    </section>
  );
}

function readProblemValues(problem: ReadProblem): Record<string, string | number> {
  switch (problem.kind) {
    case 'tooMany':
      return { count: problem.count, max: MAX_IMPORT_FILES };
    case 'tooLarge':
      return { name: problem.name, max: problem.maxMb };
    default:
      return { name: problem.name };
  }
}
