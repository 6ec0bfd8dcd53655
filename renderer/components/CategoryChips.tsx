// What a site (or any group) holds per consent category, as small coloured chips in the categories' order.
// The colour is only a help: each chip names its category and count in words.
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../shared/category';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';

export function CategoryChips({ counts }: { counts: Partial<Record<Category, number>> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const present = CATEGORIES.filter((category) => (counts[category] ?? 0) > 0);
  if (present.length === 0) return null;
  return (
    <ul className="category-chips" aria-label={t('sites.categoriesLabel')} data-testid="category-chips">
      {present.map((category) => (
        <li
          key={category}
          className={`chip cat-${category}`}
          data-testid="category-chip"
          data-category={category}
          data-count={counts[category]}
        >
          {t(`categories.${category}`)}{' '}
          <span className="chip-count">{formatNumber(counts[category] ?? 0, language)}</span>
        </li>
      ))}
    </ul>
  );
}
