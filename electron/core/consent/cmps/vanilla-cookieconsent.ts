// vanilla-cookieconsent v3 (orestbida/cookieconsent, open source): the accepted categories in the cookie
// `cc_cookie` = encodeURIComponent(JSON.stringify({categories, revision, data, consentTimestamp, consentId,
// services, languageCode, lastConsentTimestamp, expirationTime})), or that JSON unencoded in localStorage with
// cookie.useLocalStorage. Facts from node_modules/vanilla-cookieconsent/dist/cookieconsent.esm.js: the cookie
// defaults {name:'cc_cookie', expiresAfterDays:182, domain: location.hostname, path:'/', secure:true,
// sameSite:'Lax'}; the writer adds `Domain=` only when the host name has a dot and `Secure` only on https; the
// reader treats the value as no consent unless consentId is a string, categories an array, both timestamps are
// set and — when the site configures `revision` — the stored revision equals it (localStorage: also unexpired).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConsentReading } from '../../../../shared/consent';
import type { CmpAdapter, StoredState } from '../adapter';
import type { CookieData, StorageEntry } from '../../../../shared/model';
import {
  Canonical,
  CookieName,
  DomainOption,
  PathOption,
  SameSiteOption,
  SiteId,
  choiceOf,
  consentCookie,
  daysOption,
  expiresAfter,
  findCookie,
  findStorage,
  foldCategories,
  gpcExtras,
  isHttps,
  isRecord,
  isoFromSeconds,
  parseJsonValue,
  scopeNotes,
  unknownCategories,
  type Found,
} from './json-cookie';
import { readValue } from './vanilla-cookieconsent-read';

const DEFAULT_CATEGORIES: Record<string, Canonical> = {
  necessary: 'necessary',
  functionality: 'preferences',
  analytics: 'statistics',
  marketing: 'marketing',
};

type Reading = Omit<ConsentReading, 'cmp'>;

export const VanillaOptions = z.strictObject({
  categories: z.record(SiteId, Canonical).default(() => ({ ...DEFAULT_CATEGORIES })),
  services: z.record(SiteId, z.array(SiteId)).default(() => ({})),
  cookieName: CookieName.default('cc_cookie'),
  storage: z.enum(['cookie', 'localStorage']).default('cookie'),
  domain: DomainOption,
  path: PathOption,
  sameSite: SameSiteOption.default('lax'),
  secure: z.boolean().default(true),
  expiresDays: daysOption(182),
  revision: z.number().int().min(0).default(0),
  language: z.string().min(1).max(35).default('en'),
  consentId: z.uuid().optional(),
});
export type VanillaOptions = z.output<typeof VanillaOptions>;

interface Located {
  /** Set when the value read is the cookie (its expiry is the choice's). */
  cookie: Found<CookieData> | null;
  found: Found<CookieData | StorageEntry> | null;
}

/** The value where the options say it is, or else where it is (with a note: the library would not see it). */
function lookup(state: StoredState, options: VanillaOptions, notes: string[]): Located {
  const cookie = findCookie(state, options.cookieName, notes);
  const entry = findStorage(state, options.cookieName, notes);
  const misplaced = (where: string) =>
    notes.push(`found in ${where}, not in ${options.storage}: the library configured so would not see it`);
  if (options.storage === 'cookie') {
    if (cookie !== null) return { cookie, found: cookie };
    if (entry !== null) misplaced('localStorage');
    return { cookie: null, found: entry };
  }
  if (entry !== null) return { cookie: null, found: entry };
  if (cookie !== null) misplaced('a cookie');
  return { cookie, found: cookie };
}

function vanillaShaped(raw: string): boolean {
  const parsed = parseJsonValue(raw);
  return parsed !== null && isRecord(parsed.value) && Array.isArray(parsed.value['categories']);
}

export const vanillaCookieconsent = {
  id: 'vanilla-cookieconsent',
  label: 'vanilla-cookieconsent (v3)',
  inferred: false,
  options: VanillaOptions,
  optionDocs: [
    {
      name: 'categories',
      description:
        "The site's categories (the keys of the `categories` object given to CookieConsent.run), in the site's " +
        'order → canonical category. Categories mapped to necessary (readOnly ones) are always written accepted.',
      default:
        'necessary → necessary, functionality → preferences, analytics → statistics, marketing → marketing',
    },
    {
      name: 'services',
      description:
        "The services each category lists (categories.<id>.services keys): an accepted category's services are " +
        'written accepted, as accepting a category in the banner does.',
      default: '{} (no services)',
    },
    { name: 'cookieName', description: 'cookie.name (also the localStorage key).', default: 'cc_cookie' },
    {
      name: 'storage',
      description:
        "'localStorage' when the site sets cookie.useLocalStorage (the JSON is then stored unencoded).",
      default: 'cookie',
    },
    {
      name: 'domain',
      description:
        'cookie.domain. The library writes Domain=<host> by default, so the cookie covers subdomains.',
      default: 'null (the page host)',
    },
    { name: 'path', description: 'cookie.path.', default: '/' },
    { name: 'sameSite', description: 'cookie.sameSite.', default: 'lax' },
    { name: 'secure', description: 'cookie.secure (applied on https pages only).', default: 'true' },
    { name: 'expiresDays', description: 'cookie.expiresAfterDays.', default: '182' },
    {
      name: 'revision',
      description:
        "The site's `revision`: when the site sets one, a different stored revision brings the banner back.",
      default: '0',
    },
    { name: 'language', description: 'languageCode written with the choice.', default: 'en' },
    {
      name: 'consentId',
      description: 'The consent id (UUID v4) to write; a random one when absent.',
      default: 'random',
    },
  ],

  detect(state) {
    const evidence: string[] = [];
    if (state.cookies.some((c) => c.name === 'cc_cookie' && vanillaShaped(c.value)))
      evidence.push('cookie cc_cookie');
    if (state.storage.some((e) => e.name === 'cc_cookie' && vanillaShaped(e.value)))
      evidence.push('localStorage cc_cookie');
    return evidence.length > 0 ? { evidence } : null;
  },

  decode(state, options): Reading | null {
    const notes: string[] = [];
    const { cookie, found } = lookup(state, options, notes);
    if (found === null) return null;
    const fromCookie = cookie !== null;
    const base = { sources: [found.source] };
    const cookieExpiry = fromCookie ? isoFromSeconds(cookie.item.expires) : null;
    const read = readValue(found.item.value, options, fromCookie, notes);
    if (read === null) {
      return { ...base, categories: unknownCategories(), decidedAt: null, expiresAt: cookieExpiry, notes };
    }
    return {
      ...base,
      categories: foldCategories(read.decided, options.categories, notes),
      services: read.services,
      decidedAt: read.decidedAt,
      expiresAt: read.expiresAt ?? cookieExpiry,
      notes,
    };
  },

  encode(choices, options, { target, now, gpc }) {
    const notes = options.storage === 'cookie' ? scopeNotes(target, options.domain) : [];
    const accepted = Object.entries(options.categories)
      .filter(([, canonical]) => choiceOf(choices, canonical))
      .map(([id]) => id);
    const services: Record<string, string[]> = {};
    for (const id of Object.keys(options.categories)) {
      services[id] = accepted.includes(id) ? [...(options.services[id] ?? [])] : [];
    }
    const stray = Object.keys(options.services).filter((id) => !(id in options.categories));
    if (stray.length > 0)
      notes.push(`services given for categories not in \`categories\`: ${stray.join(', ')}`);
    const iso = now.toISOString();
    const expirationTime = now.getTime() + options.expiresDays * 86_400_000;
    // Key order as the library builds it: its reader does not care, a byte comparison does.
    const value = {
      categories: accepted,
      revision: options.revision,
      data: null,
      consentTimestamp: iso,
      consentId: options.consentId ?? randomUUID(),
      services,
      languageCode: options.language,
      lastConsentTimestamp: iso,
      expirationTime,
    };
    const json = JSON.stringify(value);
    const extras = gpcExtras(gpc);
    if (options.storage === 'localStorage') {
      return {
        cookies: [],
        storage: [{ origin: target.origin, name: options.cookieName, value: json }],
        ...extras,
        notes,
      };
    }
    // `Domain=` only when location.hostname has a dot ("localhost" gets a host-only cookie).
    const withDomain = target.host.includes('.');
    if (options.sameSite === 'none' && !(options.secure && isHttps(target))) {
      notes.push('SameSite=None without Secure: Chromium refuses the cookie');
    }
    const cookie = consentCookie(target, {
      name: options.cookieName,
      value: encodeURIComponent(json),
      domain: withDomain ? (options.domain ?? target.host) : null,
      path: options.path,
      expires: expiresAfter(now, options.expiresDays),
      secure: options.secure && isHttps(target),
      sameSite: options.sameSite,
    });
    return { cookies: [cookie], storage: [], ...extras, notes };
  },
} satisfies CmpAdapter<VanillaOptions>;
