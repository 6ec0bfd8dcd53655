// Saves the report (the scope on screen: one site or the whole jar) as JSON, CSV or a self-contained HTML page
// written by the core in the UI's language, through the same download as the export page.
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMATS, type DocumentResult } from '../../../shared/contract-policy';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { currentLanguage } from '../../i18n';
import { downloadText } from '../export/download';

type Format = (typeof DOCUMENT_FORMATS)[number];
const isFormat = (value: string): value is Format => (DOCUMENT_FORMATS as readonly string[]).includes(value);

export function ReportExport({ site }: { site: string | undefined }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const headingId = useId();
  const formatId = useId();
  const [format, setFormat] = useState<Format>('html');
  const run = useMutation({
    mutationFn: async (request: { format: Format }): Promise<DocumentResult> => {
      const result = await client['report.export']({
        ...(site === undefined ? {} : { site }),
        format: request.format,
        language: currentLanguage(i18n),
      });
      downloadText(result.fileName, result.content, result.mediaType);
      return result;
    },
  });
  return (
    <section aria-labelledby={headingId} className="report-export">
      <h2 id={headingId}>{t('report.export.title')}</h2>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate({ format });
        }}
      >
        <div className="field">
          <label htmlFor={formatId}>{t('report.export.format')}</label>
          <select
            id={formatId}
            value={format}
            onChange={(event) => {
              if (isFormat(event.target.value)) setFormat(event.target.value);
              if (!run.isPending) run.reset();
            }}
            data-testid="report-export-format"
          >
            {DOCUMENT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`report.export.formats.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button primary"
          disabled={run.isPending}
          data-testid="report-export-download"
        >
          {t('report.export.download')}
        </button>
      </form>
      {run.isPending && <Busy label={t('report.export.working')} />}
      {run.isError && <ErrorMessage error={run.error} />}
      {run.data && (
        <p role="status" className="summary success" data-testid="report-export-result">
          {t('report.export.saved', { filename: run.data.fileName })}
        </p>
      )}
    </section>
  );
}
