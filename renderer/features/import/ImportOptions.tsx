// The inputs some formats need to be read at all: the URL of Set-Cookie lines, the site of a Cookie: header,
// HAR request cookies, a Chromium keyring secret. Shown only when needed (see optionNeeds); Enter or
// "Check again" re-runs the dry run with them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionNeeds, OptionValues } from './formats';

export function ImportOptions({
  needs,
  values,
  onChange,
  onRecheck,
  canRecheck,
  disabled,
}: {
  needs: OptionNeeds;
  values: OptionValues;
  onChange: (values: OptionValues, recheck: boolean) => void;
  onRecheck: () => void;
  canRecheck: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const ids = {
    url: useId(),
    urlHint: useId(),
    site: useId(),
    siteHint: useId(),
    secret: useId(),
    secretHint: useId(),
  };
  if (!needs.url && !needs.site && !needs.harRequestCookies && !needs.keyringSecret) return null;
  return (
    <form
      className="import-options"
      data-testid="import-options"
      onSubmit={(event) => {
        event.preventDefault();
        if (canRecheck) onRecheck();
      }}
    >
      <fieldset disabled={disabled}>
        <legend>{t('import.options.legend')}</legend>
        {needs.url && (
          <div className="field">
            <label htmlFor={ids.url}>{t('import.options.url')}</label>
            <input
              id={ids.url}
              type="url"
              inputMode="url"
              value={values.url}
              onChange={(event) => onChange({ ...values, url: event.target.value }, false)}
              placeholder="https://"
              aria-describedby={ids.urlHint}
              data-testid="import-url"
            />
            <span id={ids.urlHint} className="muted hint">
              {t('import.options.urlHint')}
            </span>
          </div>
        )}
        {needs.site && (
          <div className="field">
            <label htmlFor={ids.site}>{t('import.options.site')}</label>
            <input
              id={ids.site}
              type="text"
              value={values.site}
              onChange={(event) => onChange({ ...values, site: event.target.value }, false)}
              aria-describedby={ids.siteHint}
              autoCapitalize="off"
              spellCheck={false}
              data-testid="import-site"
            />
            <span id={ids.siteHint} className="muted hint">
              {t('import.options.siteHint')}
            </span>
          </div>
        )}
        {needs.harRequestCookies && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.harRequestCookies}
              onChange={(event) => onChange({ ...values, harRequestCookies: event.target.checked }, true)}
              data-testid="import-har-request-cookies"
            />
            {t('import.options.harRequestCookies')}
          </label>
        )}
        {needs.keyringSecret && (
          <div className="field">
            <label htmlFor={ids.secret}>{t('import.options.keyringSecret')}</label>
            <input
              id={ids.secret}
              type="password"
              value={values.keyringSecret}
              onChange={(event) => onChange({ ...values, keyringSecret: event.target.value }, false)}
              // Not a site password: keep password managers from offering to save it.
              autoComplete="off"
              data-lpignore="true"
              data-1p-ignore="true"
              aria-describedby={ids.secretHint}
              data-testid="import-keyring-secret"
            />
            <span id={ids.secretHint} className="muted hint">
              {t('import.options.keyringHint')}
            </span>
          </div>
        )}
        {canRecheck && (needs.url || needs.site || needs.keyringSecret) && (
          <p className="actions">
            <button type="submit" className="button" data-testid="import-recheck">
              {t('import.options.recheck')}
            </button>
          </p>
        )}
      </fieldset>
    </form>
  );
}
