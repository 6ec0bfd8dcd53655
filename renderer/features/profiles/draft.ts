// A profile being edited: the profile itself, with each site's keep rules as the text the user types (one name
// or `prefix*` per line), turned back into a ConsentProfile on save.
import { CONSENT_CATEGORIES } from '../../../shared/category';
import type { Choices, ConsentProfile, SiteOverride } from '../../../shared/consent';

/** The categories a profile chooses; necessary needs no consent and is always on. */
export const OPTIONAL_CATEGORIES = CONSENT_CATEGORIES.filter(
  (c): c is Exclude<(typeof CONSENT_CATEGORIES)[number], 'necessary'> => c !== 'necessary',
);
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

export interface SiteDraft {
  site: string;
  categories: SiteOverride['categories'];
  keepText: string;
}

export interface ProfileDraft {
  name: string;
  categories: Choices;
  gpc: boolean;
  sites: SiteDraft[];
}

const NONE: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};

export function blankDraft(name = ''): ProfileDraft {
  return { name, categories: { ...NONE }, gpc: false, sites: [] };
}

export function toDraft(profile: ConsentProfile, name = profile.name): ProfileDraft {
  return {
    name,
    categories: { ...profile.categories },
    gpc: profile.gpc,
    sites: Object.entries(profile.sites).map(([site, override]) => ({
      site,
      categories: { ...override.categories },
      keepText: override.keep.join('\n'),
    })),
  };
}

export function keepNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ];
}

export function fromDraft(draft: ProfileDraft): ConsentProfile {
  return {
    name: draft.name.trim(),
    categories: { ...draft.categories, necessary: true },
    gpc: draft.gpc,
    sites: Object.fromEntries(
      draft.sites.map((s) => [s.site, { categories: s.categories, keep: keepNames(s.keepText) }]),
    ),
  };
}

/** A site as the user typed it, the way the core keys sites: lower case, no scheme, path or leading dot. */
export function siteKey(typed: string): string {
  return typed
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^\.+/, '');
}

/** `name`, else `name 2`, `name 3`…: the first that no profile has. */
export function unusedName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} ${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

export function allowedOf(categories: Choices): OptionalCategory[] {
  return OPTIONAL_CATEGORIES.filter((c) => categories[c]);
}
