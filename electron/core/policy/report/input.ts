// What the compliance report is built from, and the fixed limits it measures against.
import type { Category, Classification, Cookie, SitePolicy, StorageEntry } from '../../../../shared/model';

/** What a stored item is, as the classifier is asked about it. */
export interface StoredItem {
  name: string;
  type: 'cookie' | 'localStorage';
}

export interface SiteInput {
  site: string;
  policy: SitePolicy | null;
  cookies: Cookie[];
  storage: StorageEntry[];
  /** Categories the active profile refuses on this site (its per-site choices); absent = the report-wide `refused`. */
  refused?: readonly Category[];
}

export interface ReportInput {
  /** Unix seconds: the clock the report is made at (lifetimes of cookies without a creation time count from it). */
  now: number;
  sites: SiteInput[];
  classify: (site: string, item: StoredItem) => Classification;
  /** Categories the active consent profile refuses; absent = no profile, so no refused-category findings. */
  refused?: readonly Category[];
  /** Passed to compareLifetime as is; absent = its default. */
  tolerance?: number;
}

/** One month as the Gregorian calendar averages it (365.2425 × 86400 / 12). */
export const MONTH_SECONDS = 2_629_746;
/** CNIL: audience-measurement and advertising trackers live at most 13 months. */
export const TRACKER_LIMIT_SECONDS = 13 * MONTH_SECONDS;
/** CNIL: the user's choice (accept or refuse) should be kept about 6 months. */
export const CONSENT_GUIDANCE_SECONDS = 6 * MONTH_SECONDS;
/** Chrome keeps at most 180 cookies per eTLD+1 and evicts past that. */
export const CHROME_COOKIES_PER_SITE = 180;
