// A simulated consent state: the cookies and localStorage entries the platform would find, the headers and
// script Global Privacy Control needs, the adapter's notes; then the export (copied or saved) in a test tool's
// format, or the state written into the jar, with the import's report.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../../../shared/contract';
import { CONSENT_EXPORT_FORMATS } from '../../../shared/contract-consent';
import { useClient } from '../../client/context';
import { CopyButton } from '../../components/CopyButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { useNow } from '../../components/useNow';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatRelativeFuture } from '../../i18n/format';
import { downloadText } from '../export/download';
import { invalidateConsent } from '../profiles/queries';
import { useReadingText } from './reading-text';
import { TruncatedValue } from './TruncatedValue';
import { WriteReport } from './WriteReport';

type Format = (typeof CONSENT_EXPORT_FORMATS)[number];
const SAME_SITE = { strict: 'Strict', lax: 'Lax', none: 'None' } as const;
type Encoded = Output<'consent.encode'>;

export function SimulatePreview({
  result,
  request,
  format,
  formatId,
  onFormat,
}: {
  result: Encoded;
  request: Input<'consent.encode'>;
  format: Format;
  formatId: string;
  onFormat: (format: Format) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const now = useNow();
  const text = useReadingText();
  const { state, target, document } = result;
  const { format: _format, ...writeRequest } = request;

  const write = useMutation({
    mutationFn: () => client['consent.write'](writeRequest),
    onSuccess: async (report) => {
      toasts.show({
        message: t('consent.simulate.written', { count: report.imported + report.updated }),
        tone: 'success',
      });
      await invalidateConsent(queryClient);
    },
  });
  const gpc = Object.keys(state.headers).length > 0 || state.initScripts.length > 0;

  return (
    <div className="simulate-preview" data-testid="simulate-result" data-cmp={state.cmp}>
      <p className="summary" data-testid="simulate-summary">
        {t('consent.simulate.summary', {
          profile: result.profile,
          host: target.host,
          origin: target.origin,
          choices: text.choices(result.choices),
        })}
      </p>
      {state.cookies.length > 0 && (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('consent.simulate.cookiesCaption')}
          tabIndex={0}
        >
          <table className="data-table" data-testid="simulate-cookies">
            <caption>{t('consent.simulate.cookiesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.simulate.colName')}</th>
                <th scope="col">{t('consent.simulate.colDomain')}</th>
                <th scope="col">{t('consent.simulate.colExpires')}</th>
                <th scope="col">{t('consent.simulate.colFlags')}</th>
                <th scope="col">{t('consent.simulate.colValue')}</th>
              </tr>
            </thead>
            <tbody>
              {state.cookies.map((c) => (
                <tr key={`${c.domain}|${c.path}|${c.name}`} data-testid="simulate-cookie" data-name={c.name}>
                  <th scope="row">
                    <code>{c.name}</code>
                  </th>
                  <td>
                    <code>{c.hostOnly ? c.domain : `.${c.domain}`}</code>
                    {c.path !== '/' && <code>{c.path}</code>}
                    <span className="sub muted">
                      {c.hostOnly ? t('consent.simulate.hostOnly') : t('consent.simulate.subdomains')}
                    </span>
                  </td>
                  <td>
                    {c.expires === null ? (
                      t('consent.simulate.session')
                    ) : (
                      <>
                        <time dateTime={new Date(c.expires * 1000).toISOString()}>
                          {formatDateTime(c.expires, language)}
                        </time>
                        <span className="sub muted">{formatRelativeFuture(c.expires, now, language)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {[
                      c.secure && 'Secure',
                      c.httpOnly && 'HttpOnly',
                      c.sameSite && `SameSite=${SAME_SITE[c.sameSite]}`,
                    ]
                      .filter(Boolean)
                      .join(' · ') || t('consent.simulate.noFlags')}
                  </td>
                  <td className="value-cell">
                    <TruncatedValue value={c.value} name={c.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.storage.length > 0 && (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('consent.simulate.storageCaption')}
          tabIndex={0}
        >
          <table className="data-table" data-testid="simulate-storage">
            <caption>{t('consent.simulate.storageCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.simulate.colOrigin')}</th>
                <th scope="col">{t('consent.simulate.colKey')}</th>
                <th scope="col">{t('consent.simulate.colValue')}</th>
              </tr>
            </thead>
            <tbody>
              {state.storage.map((e) => (
                <tr key={`${e.origin}|${e.name}`} data-testid="simulate-entry" data-name={e.name}>
                  <td>
                    <code>{e.origin}</code>
                  </td>
                  <th scope="row">
                    <code>{e.name}</code>
                  </th>
                  <td className="value-cell">
                    <TruncatedValue value={e.value} name={e.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.cookies.length + state.storage.length === 0 && (
        <p className="muted">{t('consent.simulate.writesNothing')}</p>
      )}
      {gpc && (
        <div className="gpc" data-testid="simulate-gpc">
          <h4>{t('consent.simulate.gpcTitle')}</h4>
          {Object.entries(state.headers).map(([name, value]) => (
            <p key={name}>
              {t('consent.simulate.gpcHeader')}{' '}
              <code data-testid="simulate-header">{`${name}: ${value}`}</code>
            </p>
          ))}
          {state.initScripts.length > 0 && (
            <>
              <p>{t('consent.simulate.gpcScript')}</p>
              {state.initScripts.map((script) => (
                <pre key={script} className="script">
                  <code data-testid="simulate-script">{script}</code>
                </pre>
              ))}
            </>
          )}
        </div>
      )}
      {state.notes.length > 0 && (
        <div className="note" data-testid="simulate-notes">
          <p className="notes-title">{t('consent.simulate.notesTitle')}</p>
          <ul>
            {state.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <h4>{t('consent.simulate.exportTitle')}</h4>
      <div className="toolbar-row export-row">
        <span className="field inline-field">
          <label htmlFor={formatId}>{t('consent.simulate.formatLabel')}</label>
          <select
            id={formatId}
            value={format}
            onChange={(e) => onFormat(e.target.value as Format)}
            data-testid="simulate-format"
          >
            {CONSENT_EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`consent.format.${f}`)}
              </option>
            ))}
          </select>
        </span>
        <CopyButton
          getText={() => document.content}
          label={t('consent.simulate.copy')}
          className="button"
          testId="simulate-copy"
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadText(document.fileName, document.content, document.mediaType);
            toasts.show({
              message: t('consent.simulate.saved', { fileName: document.fileName }),
              tone: 'success',
            });
          }}
          data-testid="simulate-download"
        >
          {t('consent.simulate.download')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => write.mutate()}
          disabled={write.isPending}
          data-testid="simulate-write"
        >
          {t('consent.simulate.write')}
        </button>
      </div>
      <details className="export-file">
        <summary>{t('consent.simulate.showFile', { fileName: document.fileName })}</summary>
        <pre className="export-content" data-testid="simulate-file">
          <code>{document.content}</code>
        </pre>
      </details>
      {write.isError && <ErrorMessage error={write.error} />}
      {write.data && <WriteReport report={write.data} />}
    </div>
  );
}
