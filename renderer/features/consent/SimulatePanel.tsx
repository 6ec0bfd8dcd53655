// "Simulate": the consent state a platform would store for a profile's choices on this site, encoded by the
// core's adapter. Profile (the active one first), platform (the detected one first), where (the site, or a page
// URL for a host), the adapter's options as JSON (documented beside). Preview shows the cookies and storage it
// writes; from there it is copied or saved in a test tool's format, or written into the jar.
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { CONSENT_EXPORT_FORMATS, type CmpInfo } from '../../../shared/contract-consent';
import type { CmpId } from '../../../shared/consent';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useProfiles } from '../profiles/queries';
import { OptionDocs } from './OptionDocs';
import { SimulatePreview } from './SimulatePreview';

type Format = (typeof CONSENT_EXPORT_FORMATS)[number];
type Request = Input<'consent.encode'>;

/** The options text as the adapter's options object, or why it is not one. */
export function parseOptions(text: string): { options: Record<string, unknown> } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.trim() === '' ? '{}' : text);
  } catch (error) {
    return { problem: (error as Error).message };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'object' };
  return { options: value as Record<string, unknown> };
}

export function SimulatePanel({
  site,
  cmps,
  detected,
}: {
  site: string;
  cmps: readonly CmpInfo[];
  /** The platform the jar's records show for the site, if any. */
  detected: CmpId | undefined;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const profiles = useProfiles();
  const ids = {
    heading: useId(),
    profile: useId(),
    cmp: useId(),
    url: useId(),
    urlHint: useId(),
    options: useId(),
    optionsProblem: useId(),
    format: useId(),
  };
  const [profile, setProfile] = useState<string | null>(null);
  const [cmp, setCmp] = useState<CmpId | null>(null);
  const [url, setUrl] = useState('');
  const [optionsText, setOptionsText] = useState('{}');
  const [format, setFormat] = useState<Format>('playwright');
  const [optionsProblem, setOptionsProblem] = useState<string | null>(null);

  const chosenProfile = profile ?? profiles.data?.active;
  const chosenCmp = cmp ?? detected ?? cmps[0]?.id;
  const info = cmps.find((c) => c.id === chosenCmp);
  const encode = useMutation({ mutationFn: (input: Request) => client['consent.encode'](input) });

  const requestOf = (nextFormat: Format): Request | null => {
    if (chosenCmp === undefined) return null;
    const parsed = parseOptions(optionsText);
    if ('problem' in parsed) {
      setOptionsProblem(
        parsed.problem === 'object'
          ? t('consent.simulate.optionsNotObject')
          : t('consent.simulate.optionsNotJson', { reason: parsed.problem }),
      );
      document.getElementById(ids.options)?.focus();
      return null;
    }
    setOptionsProblem(null);
    return {
      cmp: chosenCmp,
      ...(url.trim() === '' ? { site } : { url: url.trim() }),
      ...(chosenProfile === undefined ? {} : { profile: chosenProfile }),
      options: parsed.options,
      format: nextFormat,
    };
  };
  // What the shown preview was made from: any change since makes it stale until previewed again.
  const current = { cmp: chosenCmp, profile: chosenProfile, url: url.trim(), optionsText };
  const [previewedAs, setPreviewedAs] = useState<typeof current | null>(null);
  const run = (nextFormat = format) => {
    const request = requestOf(nextFormat);
    if (!request) return;
    setPreviewedAs(current);
    encode.mutate(request);
  };
  const previewed = encode.variables;
  const stale = previewedAs !== null && JSON.stringify(previewedAs) !== JSON.stringify(current);

  return (
    <section className="simulate" aria-labelledby={ids.heading} data-testid="simulate">
      <h3 id={ids.heading}>{t('consent.simulate.title')}</h3>
      <p className="muted">{t('consent.simulate.intro')}</p>
      <div className="simulate-controls">
        <div className="field">
          <label htmlFor={ids.profile}>{t('consent.simulate.profileLabel')}</label>
          <select
            id={ids.profile}
            value={chosenProfile ?? ''}
            onChange={(e) => setProfile(e.target.value)}
            data-testid="simulate-profile"
          >
            {(profiles.data?.profiles ?? []).map((p) => (
              <option key={p.name} value={p.name}>
                {p.name === profiles.data?.active ? t('profiles.activeOption', { name: p.name }) : p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.cmp}>{t('consent.simulate.cmpLabel')}</label>
          <select
            id={ids.cmp}
            value={chosenCmp ?? ''}
            onChange={(e) => {
              setCmp(e.target.value as CmpId);
              // Options belong to one platform: another platform's would be refused.
              setOptionsText('{}');
              setOptionsProblem(null);
            }}
            data-testid="simulate-cmp"
          >
            {cmps.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id === detected ? t('consent.simulate.detectedOption', { label: c.label }) : c.label}
              </option>
            ))}
          </select>
          {info?.inferred && (
            <span className="hint muted" data-testid="simulate-inferred">
              {t('consent.simulate.inferred')}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.url}>{t('consent.simulate.urlLabel')}</label>
          <input
            id={ids.url}
            type="url"
            value={url}
            placeholder={`https://www.${site}/`}
            spellCheck={false}
            aria-describedby={ids.urlHint}
            onChange={(e) => setUrl(e.target.value)}
            data-testid="simulate-url"
          />
          <span id={ids.urlHint} className="hint muted">
            {t('consent.simulate.urlHint', { site })}
          </span>
        </div>
      </div>
      <div className="simulate-options">
        <div className="field">
          <label htmlFor={ids.options}>{t('consent.simulate.optionsLabel')}</label>
          <textarea
            id={ids.options}
            className="options-json"
            rows={4}
            value={optionsText}
            spellCheck={false}
            aria-invalid={optionsProblem !== null}
            aria-describedby={optionsProblem ? ids.optionsProblem : undefined}
            onChange={(e) => setOptionsText(e.target.value)}
            data-testid="simulate-options"
          />
          {optionsProblem && (
            <span
              id={ids.optionsProblem}
              className="error-inline"
              role="alert"
              data-testid="simulate-options-problem"
            >
              {optionsProblem}
            </span>
          )}
        </div>
        {info && <OptionDocs info={info} />}
      </div>
      <p className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => run()}
          disabled={encode.isPending || chosenCmp === undefined}
          data-testid="simulate-preview"
        >
          {t('consent.simulate.preview')}
        </button>
      </p>
      <div aria-live="polite" aria-busy={encode.isPending}>
        {encode.isPending && <Busy label={t('consent.simulate.encoding')} />}
        {encode.isError && <ErrorMessage error={encode.error} />}
        {stale && encode.data && (
          <p className="note" data-testid="simulate-stale">
            {t('consent.simulate.stale')}
          </p>
        )}
        {encode.data && previewed && !stale && !encode.isPending && (
          <SimulatePreview
            result={encode.data}
            request={previewed}
            format={format}
            formatId={ids.format}
            onFormat={(next) => {
              setFormat(next);
              run(next);
            }}
          />
        )}
      </div>
    </section>
  );
}
