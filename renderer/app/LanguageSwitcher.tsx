import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, isLanguage, localStorageOrNull, saveLanguage } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span>{t('language.label')}</span>
      <select
        value={currentLanguage(i18n)}
        data-testid="language-select"
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          saveLanguage(localStorageOrNull(), language);
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
