// Categories in running text, in the UI's language: "statistics and marketing", "statistiques et marketing".
import { useTranslation } from 'react-i18next';
import type { ConsentCategory } from '../../../shared/consent';
import { currentLanguage } from '../../i18n';
import { OPTIONAL_CATEGORIES } from './draft';

export function useCategoryWords() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const word = (category: ConsentCategory) => t(`report.categoryWord.${category}`);
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  /** What a profile lets through, beyond what is necessary. */
  const allows = (allowed: readonly ConsentCategory[]) =>
    allowed.length === 0
      ? t('profiles.allowsNothing')
      : allowed.length === OPTIONAL_CATEGORIES.length
        ? t('profiles.allowsAll')
        : t('profiles.allows', { list: list(allowed.map(word)) });
  return { word, list, allows };
}
