// Settings: how the app looks (theme, language), where its data lives and how cookie values are protected
// there, and the keyboard shortcuts. Theme and language apply at once and are remembered on this device.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHelpSheet } from '../../app/HelpSheet';
import { THEMES, useTheme, type ThemePreference } from '../../app/theme';
import { useAppInfo } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { CopyButton } from '../../components/CopyButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LANGUAGES, currentLanguage, localStorageOrNull, saveLanguage, type Language } from '../../i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { ValueProtection } from './ValueProtection';

function Appearance() {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const headingId = useId();
  const systemWord = theme.systemDark ? t('settings.theme.dark') : t('settings.theme.light');
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId}>{t('settings.appearance')}</h2>
      <ChoiceGroup<ThemePreference>
        legend={t('settings.theme.legend')}
        name="theme"
        value={theme.preference}
        choices={THEMES.map((value) => ({
          value,
          label: t(`settings.theme.${value}`),
          hint: value === 'system' ? t('settings.theme.systemNow', { theme: systemWord }) : undefined,
        }))}
        onChange={theme.setPreference}
        testId="theme-choice"
      />
      <ChoiceGroup<Language>
        legend={t('settings.language')}
        name="language"
        value={currentLanguage(i18n)}
        choices={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
        onChange={(language) => {
          saveLanguage(localStorageOrNull(), language);
          void i18n.changeLanguage(language);
        }}
        testId="language-choice"
      />
      <p className="muted">{t('settings.formatsHint')}</p>
    </section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const help = useHelpSheet();
  const dataId = useId();
  const keysId = useId();

  return (
    <section aria-labelledby="settings-heading" className="settings-page" data-testid="settings-page">
      <h1 id="settings-heading">{t('settings.title')}</h1>
      <Appearance />
      {info.isPending && <Busy />}
      {info.isError && <ErrorMessage error={info.error} />}
      {info.data && (
        <>
          <section aria-labelledby={dataId} className="settings-section">
            <h2 id={dataId}>{t('settings.data.title')}</h2>
            <p>{t('settings.data.text')}</p>
            <p className="data-dir">
              <code className="path" data-testid="settings-data-dir">
                {info.data.dataDir}
              </code>{' '}
              <CopyButton
                getText={() => info.data.dataDir}
                accessibleLabel={t('settings.data.copy')}
                testId="settings-copy-data-dir"
              />
            </p>
            <p className="muted">{t('settings.data.version', { version: info.data.version })}</p>
          </section>
          <ValueProtection storage={info.data.valueStorage} />
        </>
      )}
      <section aria-labelledby={keysId} className="settings-section">
        <h2 id={keysId}>{t('settings.shortcuts.title')}</h2>
        <p>{t('settings.shortcuts.text')}</p>
        <button type="button" className="button" onClick={help.open} data-testid="settings-show-shortcuts">
          {t('settings.shortcuts.show')}
        </button>
      </section>
    </section>
  );
}
