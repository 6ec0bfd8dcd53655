// The inputs some formats need to be read at all: the URL of Set-Cookie lines, the site of a Cookie: header,
// HAR request cookies, a Chromium keyring secret. Shown only when needed (see optionNeeds); Enter or
// "Check again" re-runs the dry run with them.
import { useTranslation } from 'react-i18next';
import type { OptionNeeds, OptionValues } from './formats';
import { OptionField } from './OptionField';

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
          <OptionField
            kind="url"
            label={t('import.options.url')}
            hint={t('import.options.urlHint')}
            value={values.url}
            onChange={(url) => onChange({ ...values, url }, false)}
            testId="import-url"
          />
        )}
        {needs.site && (
          <OptionField
            kind="text"
            label={t('import.options.site')}
            hint={t('import.options.siteHint')}
            value={values.site}
            onChange={(site) => onChange({ ...values, site }, false)}
            testId="import-site"
          />
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
          <OptionField
            kind="secret"
            label={t('import.options.keyringSecret')}
            hint={t('import.options.keyringHint')}
            value={values.keyringSecret}
            onChange={(keyringSecret) => onChange({ ...values, keyringSecret }, false)}
            testId="import-keyring-secret"
          />
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
