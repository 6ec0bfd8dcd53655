// One i18next instance per app (tests create their own). Resources are bundled: nothing is fetched, which
// keeps the CSP strict and lets init run synchronously.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'crumbs.language';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

type StorageLike = Pick<Storage, 'getItem'>;

/** The saved choice first, then the first browser language Crumbs speaks, then English. */
export function detectLanguage(storage: StorageLike | null, browserLanguages: readonly string[]): Language {
  const saved = storage?.getItem(LANGUAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function saveLanguage(storage: Pick<Storage, 'setItem'> | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage can be full or disabled; the choice then lasts for this session only.
  }
}

export function createI18n(language: Language): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lang) ? lang : 'en';
}

/** window.localStorage, or null where the browser refuses access to it. */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
