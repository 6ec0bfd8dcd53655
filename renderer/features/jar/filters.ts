// What the Jar view's filters hold and the jar.query they make. Expiry ranges are fixed to the moment they
// were chosen, so the query (and the cache of its windows) does not change every second.
import type { Category } from '../../../shared/category';
import type { JarQuery } from '../../../shared/contract-jar';
import { SAME_SITE_FILTERS } from '../../../shared/contract-jar';

export type SameSiteFilter = (typeof SAME_SITE_FILTERS)[number];
export type Flag = 'any' | 'yes' | 'no';
export const EXPIRY_PRESETS = ['any', 'session', 'day', 'week', 'month', 'year'] as const;
export type ExpiryPreset = (typeof EXPIRY_PRESETS)[number];

export interface JarFilters {
  text: string;
  site: string;
  categories: readonly Category[];
  httpOnly: Flag;
  secure: Flag;
  sameSite: readonly SameSiteFilter[];
  expiry: ExpiryPreset;
  /** Unix seconds when the expiry preset was chosen: its range counts from then. */
  expiryFrom: number;
}

export const NO_FILTERS: JarFilters = {
  text: '',
  site: '',
  categories: [],
  httpOnly: 'any',
  secure: 'any',
  sameSite: [],
  expiry: 'any',
  expiryFrom: 0,
};

export type JarSortKey = NonNullable<JarQuery['sort']>;
export interface JarSort {
  sort: JarSortKey;
  descending: boolean;
}

/** The query without its window: what the table's pages are cached under. */
export type JarBaseQuery = Omit<JarQuery, 'offset' | 'limit'>;

const DAY = 86_400;
const WITHIN: Partial<Record<ExpiryPreset, number>> = { day: DAY, week: 7 * DAY, month: 30 * DAY };

export function isFiltered(f: JarFilters): boolean {
  return (
    f.text.trim() !== '' ||
    f.site.trim() !== '' ||
    f.categories.length > 0 ||
    f.httpOnly !== 'any' ||
    f.secure !== 'any' ||
    f.sameSite.length > 0 ||
    f.expiry !== 'any'
  );
}

const flag = (f: Flag): boolean | undefined => (f === 'any' ? undefined : f === 'yes');

export function toQuery(f: JarFilters, sort: JarSort): JarBaseQuery {
  const q: JarBaseQuery = { text: f.text.trim(), sort: sort.sort, descending: sort.descending };
  if (f.site.trim() !== '') q.site = f.site.trim();
  if (f.categories.length > 0) q.categories = [...f.categories];
  const httpOnly = flag(f.httpOnly);
  if (httpOnly !== undefined) q.httpOnly = httpOnly;
  const secure = flag(f.secure);
  if (secure !== undefined) q.secure = secure;
  if (f.sameSite.length > 0) q.sameSite = [...f.sameSite];
  if (f.expiry === 'session') q.session = true;
  else if (f.expiry === 'year') q.expiresFrom = f.expiryFrom + 365 * DAY;
  else {
    const within = WITHIN[f.expiry];
    if (within !== undefined) q.expiresUntil = f.expiryFrom + within;
  }
  return q;
}

/** Adds or removes one value of a set-like filter. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
