// The cookie catalog: what it holds (built-in entries, the Open Cookie Database loaded, if any) and loading a
// newer Open Cookie Database export: read it, show what was read and which rows were not (a dry run), then
// load it on confirmation. Loading changes classifications, so site pages and the report are asked again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { invalidateClassifications, useCatalogInfo } from '../report/queries';
import { CatalogPreview, problemsOf } from './CatalogPreview';
import { readCatalogFile, type CatalogFileRead } from './read-catalog-file';
import { ProblemTable } from '../../components/ProblemTable';

type CatalogFile = { name: string; content: string };

export function CatalogPanel() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const queryClient = useQueryClient();
  const info = useCatalogInfo();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const [reading, setReading] = useState<string | null>(null);
  const [readProblem, setReadProblem] = useState<Extract<CatalogFileRead, { ok: false }> | null>(null);

  const preview = useMutation({
    mutationFn: (file: CatalogFile) => client['catalog.import']({ file, dryRun: true }),
  });
  const apply = useMutation({
    mutationFn: (file: CatalogFile) => client['catalog.import']({ file, dryRun: false }),
    onSuccess: () => {
      preview.reset();
      return invalidateClassifications(queryClient);
    },
  });

  const onFile = async (file: File) => {
    preview.reset();
    apply.reset();
    setReadProblem(null);
    setReading(file.name);
    const read = await readCatalogFile(file);
    setReading(null);
    if (!read.ok) {
      setReadProblem(read);
      return;
    }
    preview.mutate(read.file);
  };
  const cancel = () => {
    preview.reset();
    apply.reset();
  };

  const busy = reading !== null || preview.isPending || apply.isPending;
  const failedProblems = preview.isError ? problemsOf(preview.error) : [];

  return (
    <section aria-labelledby={headingId} className="catalog-panel" data-testid="catalog-panel">
      <h2 id={headingId}>{t('catalog.title')}</h2>
      <p className="muted">{t('catalog.intro')}</p>
      {info.isError && <ErrorMessage error={info.error} />}
      {info.data && (
        <dl className="catalog-info" data-testid="catalog-info">
          <div>
            <dt>{t('catalog.builtin')}</dt>
            <dd data-testid="catalog-builtin">{formatNumber(info.data.builtin, language)}</dd>
          </div>
          <div>
            <dt>{t('catalog.database')}</dt>
            <dd data-testid="catalog-loaded">
              {info.data.loaded === null
                ? t('catalog.notLoaded')
                : t('catalog.loaded', {
                    file: info.data.loaded.file,
                    date: formatDateTime(Date.parse(info.data.loaded.at) / 1000, language),
                    count: info.data.loaded.entries,
                    formatted: formatNumber(info.data.loaded.entries, language),
                  })}
            </dd>
          </div>
          <div>
            <dt>{t('catalog.total')}</dt>
            <dd data-testid="catalog-total">{formatNumber(info.data.total, language)}</dd>
          </div>
        </dl>
      )}
      <div className="catalog-load">
        <input
          id={inputId}
          className="visually-hidden-input"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={busy}
          aria-describedby={hintId}
          data-testid="catalog-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that picking the same file again (after editing it) is a change too.
            event.target.value = '';
            if (file) void onFile(file);
          }}
        />
        <label htmlFor={inputId} className={busy ? 'button file-label disabled' : 'button file-label'}>
          {t('catalog.choose')}
        </label>
        <p id={hintId} className="muted hint">
          {t('catalog.hint')}
        </p>
      </div>
      <div aria-busy={busy}>
        {reading !== null && <Busy label={t('catalog.checking', { file: reading })} />}
        {preview.isPending && <Busy label={t('catalog.checking', { file: preview.variables.name })} />}
        {apply.isPending && <Busy label={t('catalog.loading')} />}
        {readProblem && (
          <div role="alert" className="error-box" data-testid="catalog-read-problem">
            <p className="error-title">
              {t(`catalog.${readProblem.problem}`, { file: readProblem.name, max: readProblem.maxMb })}
            </p>
          </div>
        )}
        {preview.isError && (
          <>
            <ErrorMessage error={preview.error} />
            {failedProblems.length > 0 && (
              <ProblemTable
                title={t('catalog.problemsTitle')}
                problems={failedProblems}
                whereLabel={t('catalog.colWhere')}
                whyLabel={t('catalog.colWhy')}
                tone="error"
                testId="catalog-problems"
                rowTestId="catalog-problem-row"
              />
            )}
          </>
        )}
        {apply.isError && <ErrorMessage error={apply.error} />}
        {preview.data && !apply.isSuccess && (
          <CatalogPreview
            result={preview.data}
            replaces={info.data?.loaded?.file ?? null}
            busy={busy}
            onApply={() => apply.mutate(preview.variables)}
            onCancel={cancel}
          />
        )}
        {apply.data && (
          <p role="status" className="summary success" data-testid="catalog-done">
            {t('catalog.done', {
              count: apply.data.entries,
              formatted: formatNumber(apply.data.entries, language),
              file: apply.data.file,
            })}
          </p>
        )}
      </div>
    </section>
  );
}
