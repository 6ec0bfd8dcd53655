// What a consent platform's stored state says, in plain words: "Klaro: statistics accepted, marketing refused,
// preferences and social media not said — decided 3 March 2026, expires in 4 months".
import { useTranslation } from 'react-i18next';
import type { SiteReading } from '../../../shared/contract-consent';
import { CONSENT_CATEGORIES } from '../../../shared/category';
import type { ConsentCategory } from '../../../shared/consent';
import { currentLanguage } from '../../i18n';
import { formatRelativeFuture } from '../../i18n/format';

export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

type Said = Record<ConsentCategory, boolean | null>;

/** Necessary is left out while it is on (it always is, for a platform that says): it tells nothing. */
export function sortedChoices(categories: Said) {
  const accepted: ConsentCategory[] = [];
  const refused: ConsentCategory[] = [];
  const unsaid: ConsentCategory[] = [];
  for (const category of CONSENT_CATEGORIES) {
    const value = categories[category];
    if (category === 'necessary' && value !== false) continue;
    (value === true ? accepted : value === false ? refused : unsaid).push(category);
  }
  return { accepted, refused, unsaid };
}

export function useReadingText() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const list = (categories: readonly ConsentCategory[]) =>
    new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(
      categories.map((c) => t(`report.categoryWord.${c}`)),
    );

  /** "statistics accepted, marketing refused, social media not said". */
  const choices = (categories: Said): string => {
    const { accepted, refused, unsaid } = sortedChoices(categories);
    const parts = [
      accepted.length > 0 && t('consent.reading.accepted', { list: list(accepted) }),
      refused.length > 0 && t('consent.reading.refused', { list: list(refused) }),
      unsaid.length > 0 &&
        (accepted.length + refused.length === 0
          ? t('consent.reading.nothingSaid')
          : t('consent.reading.notSaid', { list: list(unsaid) })),
    ].filter((part): part is string => typeof part === 'string');
    return parts.join(t('consent.reading.separator'));
  };

  /** "decided 3 March 2026, expires in 4 months" (or "expired on …"); empty when the platform says neither. */
  const when = (reading: SiteReading, nowMs: number): string => {
    const parts: string[] = [];
    if (reading.decidedAt)
      parts.push(t('consent.reading.decided', { date: formatDay(reading.decidedAt, language) }));
    if (reading.expiresAt) {
      const expires = Date.parse(reading.expiresAt) / 1000;
      parts.push(
        expires * 1000 <= nowMs
          ? t('consent.reading.expired', { date: formatDay(reading.expiresAt, language) })
          : t('consent.reading.expires', { relative: formatRelativeFuture(expires, nowMs, language) }),
      );
    }
    return parts.join(t('consent.reading.separator'));
  };

  return { choices, when };
}
