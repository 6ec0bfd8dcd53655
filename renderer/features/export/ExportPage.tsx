// Export the whole jar, one site or a selection of cookies, in any format Crumbs writes, to a file or to the
// clipboard; then show what the format could not carry.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import type { ExportFormat } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { useSites } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { copyText } from '../../components/CopyButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadText } from './download';
import { ExportFormatList } from './ExportFormatList';
import { ExportOutcome, type Delivery, type Outcome } from './ExportOutcome';
import { needsUrl } from './formats';
import { useExportSelection } from './selection';

type Request = Input<'export.run'>;

export function ExportPage({ fromSelection = false }: { fromSelection?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const sites = useSites();
  const scopeId = useId();
  const urlId = useId();
  const urlHintId = useId();
  const urlErrorId = useId();
  const urlInput = useRef<HTMLInputElement>(null);
  const stored = useExportSelection().selection;
  const selection = fromSelection ? stored : null;
  const [format, setFormat] = useState<ExportFormat>('netscape');
  const [site, setSite] = useState('');
  const [url, setUrl] = useState('');
  const [urlMissing, setUrlMissing] = useState(false);

  const run = useMutation({
    mutationFn: async ({ delivery, request }: { delivery: Delivery; request: Request }): Promise<Outcome> => {
      const result = await client['export.run'](request);
      if (delivery === 'download') {
        downloadText(result.filename, result.content, result.mediaType);
        return { format: request.format, delivery, result, copied: false };
      }
      return { format: request.format, delivery, result, copied: await copyText(result.content) };
    },
  });

  const withUrl = needsUrl(format);
  const start = (delivery: Delivery) => {
    const request: Request = { format };
    if (selection) {
      request.site = selection.site;
      request.keys = selection.keys;
    } else if (site !== '') {
      request.site = site;
    }
    if (withUrl) {
      if (url.trim() === '') {
        setUrlMissing(true);
        urlInput.current?.focus();
        return;
      }
      request.url = url.trim();
    }
    run.mutate({ delivery, request });
  };
  const changed = () => {
    if (!run.isPending) run.reset();
  };

  const withCookies = (sites.data ?? []).filter((summary) => summary.cookieCount > 0);

  return (
    <section aria-labelledby="export-heading" className="export-page">
      <h1 id="export-heading">{t('export.title')}</h1>
      <p className="muted">{t('export.intro')}</p>
      <form
        className="export-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          start('download');
        }}
      >
        <ExportFormatList
          value={format}
          onChange={(value) => {
            setFormat(value);
            setUrlMissing(false);
            changed();
          }}
        />
        {withUrl && (
          <div className="field">
            <label htmlFor={urlId}>{t('export.urlLabel')}</label>
            <input
              ref={urlInput}
              id={urlId}
              type="url"
              inputMode="url"
              required
              placeholder="https://"
              value={url}
              onChange={(event) => {
                setUrl(event.target.value);
                setUrlMissing(false);
                changed();
              }}
              aria-invalid={urlMissing || undefined}
              aria-describedby={urlMissing ? `${urlErrorId} ${urlHintId}` : urlHintId}
              data-testid="export-url"
            />
            {urlMissing && (
              <span id={urlErrorId} className="error-inline" role="alert" data-testid="export-url-missing">
                {t('export.urlMissing')}
              </span>
            )}
            <span id={urlHintId} className="muted hint">
              {t('export.urlHint')}
            </span>
          </div>
        )}
        {selection ? (
          <div className="field" data-testid="export-selection">
            <span className="summary">
              {t('export.selectionLabel', { count: selection.keys.length, site: selection.site })}
            </span>
            <a href={routeHref({ name: 'export' })} data-testid="export-selection-clear">
              {t('export.selectionClear')}
            </a>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={scopeId}>{t('export.scopeLabel')}</label>
            <select
              id={scopeId}
              value={site}
              onChange={(event) => {
                setSite(event.target.value);
                changed();
              }}
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
        )}
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
            onClick={() => start('clipboard')}
            data-testid="export-copy"
          >
            {t('export.copy')}
          </button>
        </p>
      </form>
      {run.isPending && <Busy label={t('export.working')} />}
      {run.isError && <ErrorMessage error={run.error} />}
      {run.data && <ExportOutcome outcome={run.data} />}
    </section>
  );
}
