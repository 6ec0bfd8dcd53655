// Category words (a Category cell, a heading above a table) to the canonical categories of FORMATS.md §3, and
// storage-type words to cookie | localStorage | pixel.
import type { Category } from '../../../../shared/category';
import type { StorageType } from '../../../../shared/policy';
import { fold } from './text';

// Checked in this order: "Cookies strictement nécessaires au fonctionnement du site" is necessary, and the
// canonical ids themselves (what Crumbs's CSV writes) are in each list.
const RULES: readonly [Category, RegExp][] = [
  [
    'necessary',
    /\b(?:strictly necessary|necessary|strictement necessaires?|necessaires?|essentials?|essentiels?|indispensables?|required|requis|obligatoires?|technical|techniques?)\b/,
  ],
  ['social', /\b(?:social media|social|sociaux|reseaux sociaux|partage social)\b/],
  [
    'marketing',
    /\b(?:marketing|advertising|advertisements?|ads|targeting|remarketing|retargeting|publicite|publicitaires?|ciblage|reciblage)\b/,
  ],
  [
    'statistics',
    /\b(?:performance|analytics?|analytical|statistics?|statistical|statistiques?|analytiques?|mesure d'audience|audience|measure|measurement)\b/,
  ],
  [
    'preferences',
    /\b(?:functional|functionality|preferences?|personali[sz]ation|fonctionnels?|fonctionnalites?|personnalisation|remember your settings)\b/,
  ],
  ['unclassified', /\b(?:unclassified|uncategori[sz]ed|non classes?|non categorises?|others?|autres?)\b/],
];

// "Non-essential cookies", "cookies non nécessaires", "not strictly necessary": not the necessary ones.
const NEGATED_NECESSARY =
  /\b(?:non|not|un)[- ]?(?:strictly |strictement )?(?:necessary|necessaires?|essentials?|essentiels?|indispensables?)\b/;

/** The category a Category cell or a heading names, or null when it names none. */
export function mapCategory(text: string): Category | null {
  const words = fold(text);
  if (words.length === 0 || words.length > 200) return null;
  for (const [category, pattern] of RULES) {
    if (category === 'necessary' && NEGATED_NECESSARY.test(words)) continue;
    if (pattern.test(words)) return category;
  }
  return null;
}

/** HTTP cookie / HTML Local Storage / Pixel Tracker (Cookiebot's words, and others'), or null for anything else. */
export function mapStorageType(text: string): StorageType | null {
  const words = fold(text);
  if (/\b(?:pixel|beacon|web bug|gif|tracker pixel|balise)\b/.test(words)) return 'pixel';
  if (
    /\b(?:localstorage|local storage|sessionstorage|session storage|html storage|indexeddb|web storage|stockage local|stockage web)\b/.test(
      words,
    )
  )
    return 'localStorage';
  if (/\b(?:cookies?|http|https|traceurs?)\b/.test(words)) return 'cookie';
  return null;
}

/** How a category is titled in an exported policy (and read back by mapCategory). */
export const CATEGORY_TITLES: Record<'en' | 'fr', Record<Category, string>> = {
  en: {
    necessary: 'Strictly necessary cookies',
    preferences: 'Preferences cookies',
    statistics: 'Statistics cookies',
    marketing: 'Marketing cookies',
    social: 'Social media cookies',
    unclassified: 'Unclassified cookies',
  },
  fr: {
    necessary: 'Cookies strictement nécessaires',
    preferences: 'Cookies de préférences',
    statistics: "Cookies de mesure d'audience",
    marketing: 'Cookies publicitaires',
    social: 'Cookies de réseaux sociaux',
    unclassified: 'Cookies non classés',
  },
};

/** How a storage type is written in an exported table (and read back by mapStorageType). */
export const TYPE_LABELS: Record<'en' | 'fr', Record<StorageType, string>> = {
  en: { cookie: 'HTTP cookie', localStorage: 'Local storage', pixel: 'Pixel' },
  fr: { cookie: 'Cookie HTTP', localStorage: 'Stockage local', pixel: 'Pixel' },
};
