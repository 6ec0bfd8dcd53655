// Import a site's cookie policy from a file: a saved policy page (HTML), Markdown, CSV, JSON or plain text.
// Choosing the file runs a dry run; what it read is shown (format and why, site, tables, entries as they will
// read, each problem) before Apply changes anything, and Apply imports exactly what was checked.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { MAX_POLICY_CHARS, POLICY_IMPORT_FORMATS } from '../../../shared/contract-policy';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PolicyImportPreview } from './PolicyImportPreview';
import { usePolicyToast } from './usePolicyActions';
import './policy.css';

type Format = (typeof POLICY_IMPORT_FORMATS)[number];
type Request = Input<'policy.import'>;
interface Picked {
  name: string;
  content: string;
}

const ACCEPT =
  '.html,.htm,.md,.markdown,.csv,.json,.txt,text/html,text/markdown,text/csv,application/json,text/plain';
const MIB = 1024 * 1024;

function request(file: Picked, site: string, format: Format, dryRun: boolean): Request {
  const trimmed = site.trim();
  return { file, format, dryRun, ...(trimmed === '' ? {} : { site: trimmed }) };
}

export function PolicyImport({
  site,
  onApplied,
  onCancel,
  autoFocus = false,
}: {
  /** The site page's site: prefilled, still editable. */
  site?: string;
  onApplied?: (site: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const announce = usePolicyToast();
  const ids = { file: useId(), fileHint: useId(), site: useId(), siteHint: useId(), format: useId() };
  const heading = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<Picked | null>(null);
  const [siteText, setSiteText] = useState(site ?? '');
  const [format, setFormat] = useState<Format>('auto');
  const [readProblem, setReadProblem] = useState<string | null>(null);

  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);

  const preview = useMutation({ mutationFn: (input: Request) => client['policy.import'](input) });
  const apply = useMutation({
    mutationFn: (input: Request) => client['policy.import'](input),
    onSuccess: async (report) => {
      announce(
        t('policyImport.applied', { site: report.site, count: report.policy.entries.length }),
        report.undoId,
      );
      await invalidateJar(queryClient);
      onApplied?.(report.site);
    },
  });

  const check = (picked: Picked | null = file, nextSite = siteText, nextFormat = format) => {
    apply.reset();
    if (picked) preview.mutate(request(picked, nextSite, nextFormat, true));
  };

  const onFile = async (chosen: File) => {
    setReadProblem(null);
    preview.reset();
    apply.reset();
    if (chosen.size > MAX_POLICY_CHARS) {
      setFile(null);
      setReadProblem(
        t('policyImport.tooLarge', { name: chosen.name, max: Math.floor(MAX_POLICY_CHARS / MIB) }),
      );
      return;
    }
    try {
      const picked = { name: chosen.name || 'policy', content: await chosen.text() };
      setFile(picked);
      check(picked);
    } catch {
      setFile(null);
      setReadProblem(t('policyImport.unreadable', { name: chosen.name }));
    }
  };

  const checked = preview.variables;
  const stale =
    checked !== undefined &&
    (checked.file !== file || (checked.site ?? '') !== siteText.trim() || checked.format !== format);
  const busy = preview.isPending || apply.isPending;
  const report = preview.data;
  const startOver = () => {
    setFile(null);
    setReadProblem(null);
    preview.reset();
    apply.reset();
  };

  if (apply.data && !onApplied) {
    return (
      <section className="policy-import" aria-labelledby={`${ids.file}-heading`} data-testid="policy-import">
        <h2 id={`${ids.file}-heading`}>{t('policyImport.title')}</h2>
        <p className="summary success" role="status" data-testid="policy-import-done">
          {t('policyImport.applied', { site: apply.data.site, count: apply.data.policy.entries.length })}
        </p>
        <p className="actions">
          <a className="button primary" href={routeHref({ name: 'site', site: apply.data.site })}>
            {t('policyImport.seeSite', { site: apply.data.site })}
          </a>
          <button type="button" className="button" onClick={startOver} data-testid="policy-import-more">
            {t('policyImport.another')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="policy-import" aria-labelledby={`${ids.file}-heading`} data-testid="policy-import">
      <h2 id={`${ids.file}-heading`} ref={heading} tabIndex={-1}>
        {t('policyImport.title')}
      </h2>
      <p className="muted">{t('policyImport.intro')}</p>
      <div className="policy-import-controls">
        <div className="field">
          <span className="field-label">{t('policyImport.fileLabel')}</span>
          <span className="file-row">
            <input
              id={ids.file}
              className="visually-hidden-input"
              type="file"
              accept={ACCEPT}
              disabled={busy}
              aria-describedby={ids.fileHint}
              data-testid="policy-import-file"
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                // Cleared so that choosing the same file again (after editing it) is a change too.
                event.target.value = '';
                if (chosen) void onFile(chosen);
              }}
            />
            <label htmlFor={ids.file} className="button file-label">
              {t('policyImport.choose')}
            </label>
            <span className="chosen" data-testid="policy-import-chosen">
              {file ? file.name : t('policyImport.noFile')}
            </span>
          </span>
          <span id={ids.fileHint} className="hint muted">
            {t('policyImport.fileHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.site}>{t('policyImport.siteLabel')}</label>
          <input
            id={ids.site}
            type="text"
            value={siteText}
            onChange={(e) => setSiteText(e.target.value)}
            aria-describedby={ids.siteHint}
            placeholder="example.com"
            spellCheck={false}
            data-testid="policy-import-site"
          />
          <span id={ids.siteHint} className="hint muted">
            {t('policyImport.siteHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{t('policyImport.formatLabel')}</label>
          <select
            id={ids.format}
            value={format}
            onChange={(e) => {
              const next = e.target.value as Format;
              setFormat(next);
              check(file, siteText, next);
            }}
            disabled={busy}
            data-testid="policy-import-format"
          >
            {POLICY_IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`policyImport.format.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div aria-busy={busy}>
        {readProblem && (
          <p role="alert" className="error-box" data-testid="policy-import-read-problem">
            {readProblem}
          </p>
        )}
        {preview.isPending && <Busy label={t('policyImport.checking')} />}
        {apply.isPending && <Busy label={t('policyImport.importing')} />}
        {preview.isError && <ErrorMessage error={preview.error} />}
        {apply.isError && <ErrorMessage error={apply.error} />}
        {report && checked && !preview.isPending && <PolicyImportPreview report={report} />}
        {stale && (
          <p className="note" data-testid="policy-import-stale">
            {t('policyImport.stale')}
          </p>
        )}
        <p className="actions">
          {file && (stale || preview.isError || !report) && (
            <button
              type="button"
              className="button"
              onClick={() => check()}
              disabled={busy}
              data-testid="policy-import-check"
            >
              {t('policyImport.check')}
            </button>
          )}
          {report && checked && !stale && (
            <button
              type="button"
              className="button primary"
              onClick={() => apply.mutate({ ...checked, dryRun: false })}
              disabled={busy}
              data-testid="policy-import-apply"
            >
              {report.replaces ? t('policyImport.applyReplace') : t('policyImport.apply')}
            </button>
          )}
          {onCancel && (
            <button type="button" className="button" onClick={onCancel} data-testid="policy-import-cancel">
              {t('common.cancel')}
            </button>
          )}
        </p>
      </div>
    </section>
  );
}
