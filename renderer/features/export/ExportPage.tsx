// Export the whole jar or one site as cookies.txt or JSON, to a file or to the clipboard.
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../shared/model';
import { useClient } from '../../client/context';
import { useSites } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { copyText } from '../../components/CopyButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadText } from './download';

type Delivery = 'download' | 'clipboard';
interface Outcome {
  delivery: Delivery;
  result: ExportResult;
  copied: boolean;
}

function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function ExportPage() {
  const { t } = useTranslation();
  const client = useClient();
  const sites = useSites();
  const scopeId = useId();
  const [format, setFormat] = useState<ExportFormat>('netscape');
  const [site, setSite] = useState('');

  const run = useMutation({
    mutationFn: async (delivery: Delivery): Promise<Outcome> => {
      const result = await client['export.run'](site === '' ? { format } : { format, site });
      if (delivery === 'download') {
        downloadText(result.filename, result.content, result.mediaType);
        return { delivery, result, copied: false };
      }
      return { delivery, result, copied: await copyText(result.content) };
    },
  });

  const withCookies = (sites.data ?? []).filter((summary) => summary.cookieCount > 0);
  const outcome = run.data;

  return (
    <section aria-labelledby="export-heading" className="export-page">
      <h1 id="export-heading">{t('export.title')}</h1>
      <p className="muted">{t('export.intro')}</p>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate('download');
        }}
      >
        <fieldset>
          <legend>{t('export.formatLegend')}</legend>
          {EXPORT_FORMATS.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="export-format"
                value={value}
                checked={format === value}
                onChange={(event) => {
                  if (isExportFormat(event.target.value)) setFormat(event.target.value);
                }}
                data-testid={`export-format-${value}`}
              />
              {t(`export.format.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={scopeId}>{t('export.scopeLabel')}</label>
          <select
            id={scopeId}
            value={site}
            onChange={(event) => setSite(event.target.value)}
            data-testid="export-scope"
          >
            <option value="">{t('export.wholeJar')}</option>
            {withCookies.map((summary) => (
              <option key={summary.site} value={summary.site}>
                {t('export.siteOption', { site: summary.site, count: summary.cookieCount })}
              </option>
            ))}
          </select>
        </div>
        <p className="actions">
          <button
            type="submit"
            className="button primary"
            disabled={run.isPending}
            data-testid="export-download"
          >
            {t('export.download')}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={run.isPending}
            onClick={() => run.mutate('clipboard')}
            data-testid="export-copy"
          >
            {t('export.copy')}
          </button>
        </p>
      </form>
      {run.isPending && <Busy label={t('export.working')} />}
      {run.isError && <ErrorMessage error={run.error} />}
      {outcome && (
        <p
          role="status"
          className={
            outcome.delivery === 'clipboard' && !outcome.copied ? 'summary warning-text' : 'summary success'
          }
          data-testid="export-result"
        >
          {outcome.delivery === 'download'
            ? t('export.saved', { filename: outcome.result.filename, count: outcome.result.count })
            : outcome.copied
              ? t('export.copied', { count: outcome.result.count })
              : t('export.copyFailed')}
        </p>
      )}
    </section>
  );
}
