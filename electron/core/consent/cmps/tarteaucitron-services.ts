// tarteaucitron.js service keys (tarteaucitron.services.js, 1.34) and the canonical category of each, from the
// `type` the library gives the service. These are the keys a site pushes to tarteaucitron.job; writing keys a
// site does not use is harmless (the library only looks up its own), so the default covers the common ones.
// The type also orders the value: the library sorts its job by type + key (cleanArray) before answering.
import { z } from 'zod';
import { Canonical } from './json-cookie';

/** The service types a site can give in the `services` option instead of a canonical category. */
export const TacType = z.enum(['analytic', 'ads', 'social', 'video', 'comment', 'api', 'support', 'other']);
export type TacType = z.infer<typeof TacType>;

/** tarteaucitron's service types → canonical categories. Video players and comment widgets embed content
 * platforms that track like social networks do; APIs and support chats serve a site feature. */
export const TYPE_CATEGORY: Record<TacType, Canonical> = {
  analytic: 'statistics',
  ads: 'marketing',
  social: 'social',
  video: 'social',
  comment: 'social',
  api: 'preferences',
  support: 'preferences',
  other: 'preferences',
};

const BY_TYPE: Record<TacType, string[]> = {
  analytic: [
    'gtag',
    'multiplegtag',
    'analytics',
    'gajs',
    'matomo',
    'matomocloud',
    'matomohightrack',
    'atinternet',
    'xiti',
    'xiti_smarttag',
    'pianoanalytics',
    'hotjar',
    'clarity',
    'plausible',
    'piwikpro',
    'contentsquare',
    'eulerian',
    'hubspot',
    'mixpanel',
    'amplitude',
    'tiktok',
  ],
  ads: [
    'facebookpixel',
    'googleads',
    'googleadwordsconversion',
    'googleadwordsremarketing',
    'googlepartners',
    'doubleclick',
    'adsense',
    'criteo',
    'bingads',
    'linkedininsighttag',
    'pinterestpixel',
    'outbrain',
    'teads',
  ],
  social: [
    'facebook',
    'twitter',
    'twitterembed',
    'twittertimeline',
    'linkedin',
    'instagram',
    'pinterest',
    'addthis',
    'sharethis',
    'facebookpost',
  ],
  video: ['youtube', 'youtubeplaylist', 'vimeo', 'dailymotion', 'soundcloud', 'spotify', 'artetv'],
  comment: ['disqus', 'facebookcomment'],
  api: [
    'googletagmanager',
    'multiplegoogletagmanager',
    'googlemaps',
    'googlemapsembed',
    'openstreetmap',
    'recaptcha',
    'googlefonts',
    'typekit',
    'matomotm',
  ],
  support: ['intercomChat', 'tawkto', 'zopim', 'crisp'],
  other: ['iframe', 'calendly'],
};

export const DEFAULT_SERVICES: Record<string, Canonical> = Object.fromEntries(
  Object.entries(BY_TYPE).flatMap(([type, keys]) =>
    keys.map((key) => [key, TYPE_CATEGORY[type as TacType]] as const),
  ),
);

/**
 * Google Consent Mode switches tarteaucitron exposes as services (type `google`), each one signal, and `gcmads`
 * (personalised ads), which the library itself adds to the job whenever a site loads `googleads`.
 */
export const CONSENT_MODE_SERVICES: Record<string, Canonical> = {
  gcmads: 'marketing',
  gcmanalyticsstorage: 'statistics',
  gcmadstorage: 'marketing',
  gcmadsuserdata: 'marketing',
  gcmpersonalization: 'preferences',
  gcmfunctionality: 'preferences',
  gcmsecurity: 'necessary',
};

const KNOWN_TYPE: Record<string, string> = {
  ...Object.fromEntries(Object.entries(BY_TYPE).flatMap(([type, keys]) => keys.map((key) => [key, type]))),
  ...Object.fromEntries(Object.keys(CONSENT_MODE_SERVICES).map((key) => [key, 'google'])),
  gcmads: 'ads',
};

/** The nearest type for a service given only a category: an ordering guess, never a reading. */
const TYPE_OF_CATEGORY: Record<Canonical, TacType> = {
  necessary: 'other',
  preferences: 'other',
  statistics: 'analytic',
  marketing: 'ads',
  social: 'social',
};

export interface TacService {
  category: Canonical;
  type: string;
}

/** A `services` entry (a canonical category or a tarteaucitron type) → its category and its type. */
export function resolveService(key: string, given: Canonical | TacType): TacService {
  const asType = TacType.safeParse(given);
  if (asType.success) return { category: TYPE_CATEGORY[asType.data], type: asType.data };
  const category = given as Canonical;
  return { category, type: KNOWN_TYPE[key] ?? TYPE_OF_CATEGORY[category] };
}

/** The order the library writes a first "accept all" / "deny all" in: its job sorted by type + key. */
export function libraryOrder(services: Record<string, TacService>): string[] {
  const sortKey = (k: string) => services[k]!.type + k;
  return Object.keys(services).sort((a, b) =>
    sortKey(a) > sortKey(b) ? 1 : sortKey(a) < sortKey(b) ? -1 : 0,
  );
}
