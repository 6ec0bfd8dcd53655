// Klaro (klaro 0.7.x, open source): one choice per configured service, kept as
// encodeURIComponent(JSON.stringify({service: bool})) in the cookie `klaro` (or localStorage, or another name
// with `storageName`). Facts from node_modules/klaro/src: consent-manager.js (loadConsents, saveConsents,
// _checkConsents), stores.js, utils/cookies.js (setCookie: `; path=/` unless cookiePath, `; SameSite=Lax`,
// Domain only when cookieDomain is set, never Secure, cookieExpiresAfterDays || 120).
// The notice comes back unless EVERY configured service is in the value (_checkConsents sets confirmed=false);
// names Klaro does not configure are dropped when it reads.
import { z } from 'zod';
import type { ConsentReading } from '../../../../shared/consent';
import type { CmpAdapter, StoredState } from '../adapter';
import {
  CookieName,
  DomainOption,
  PathOption,
  consentCookie,
  daysOption,
  decidedFromExpiry,
  expiresAfter,
  findCookie,
  findStorage,
  foldCategories,
  gpcExtras,
  idChoices,
  idMap,
  isRecord,
  isoFromSeconds,
  missingIds,
  parseJsonValue,
  scopeNotes,
  unknownCategories,
  uriJson,
  type Canonical,
  type Found,
} from './json-cookie';
import type { CookieData, StorageEntry } from '../../../../shared/model';

/** Service names common in Klaro configurations (its sample config and usual integrations). */
const DEFAULT_SERVICES: Record<string, Canonical> = {
  'google-analytics': 'statistics',
  googleAnalytics: 'statistics',
  'google-tag-manager': 'statistics',
  matomo: 'statistics',
  hotjar: 'statistics',
  mouseflow: 'statistics',
  'facebook-pixel': 'marketing',
  'google-ads': 'marketing',
  adsense: 'marketing',
  youtube: 'social',
  vimeo: 'social',
  twitter: 'social',
  'google-maps': 'preferences',
  googleFonts: 'preferences',
  intercom: 'preferences',
};

type Reading = Omit<ConsentReading, 'cmp'>;

export const KlaroOptions = z.strictObject({
  services: idMap(DEFAULT_SERVICES),
  cookieName: CookieName.default('klaro'),
  storage: z.enum(['cookie', 'localStorage']).default('cookie'),
  domain: DomainOption,
  path: PathOption,
  expiresDays: daysOption(120),
});
export type KlaroOptions = z.output<typeof KlaroOptions>;

const OTHER_STORAGE = { cookie: 'localStorage', localStorage: 'cookie' } as const;

type Stored =
  { kind: 'cookie'; found: Found<CookieData> } | { kind: 'localStorage'; found: Found<StorageEntry> };

function lookup(
  state: StoredState,
  name: string,
  kind: 'cookie' | 'localStorage',
  notes: string[],
): Stored | null {
  if (kind === 'cookie') {
    const found = findCookie(state, name, notes);
    return found && { kind, found };
  }
  const found = findStorage(state, name, notes);
  return found && { kind, found };
}

/** A decoded Klaro value: a JSON object whose values are the per-service booleans. */
function klaroShaped(raw: string): boolean {
  const parsed = parseJsonValue(raw);
  return (
    parsed !== null &&
    isRecord(parsed.value) &&
    Object.values(parsed.value).some((v) => typeof v === 'boolean')
  );
}

export const klaro = {
  id: 'klaro',
  label: 'Klaro',
  inferred: false,
  options: KlaroOptions,
  optionDocs: [
    {
      name: 'services',
      description:
        "The site's Klaro services (the `name` of each entry of klaroConfig.services) → canonical category. " +
        'Every configured service must be written or Klaro shows its notice again; names it does not configure are ' +
        'ignored, so listing extra common names is harmless. Services mapped to necessary are written true.',
      default: Object.keys(DEFAULT_SERVICES).join(', '),
    },
    {
      name: 'cookieName',
      description: 'klaroConfig.storageName (formerly cookieName): the cookie or localStorage key.',
      default: 'klaro',
    },
    {
      name: 'storage',
      description: "klaroConfig.storageMethod: 'cookie' or 'localStorage' (the value is the same).",
      default: 'cookie',
    },
    {
      name: 'domain',
      description: 'klaroConfig.cookieDomain: the Domain attribute. None (null) = a host-only cookie.',
      default: 'null (host-only)',
    },
    { name: 'path', description: 'klaroConfig.cookiePath.', default: '/' },
    {
      name: 'expiresDays',
      description: 'klaroConfig.cookieExpiresAfterDays: the cookie lifetime (localStorage never expires).',
      default: '120',
    },
  ],

  detect(state) {
    const evidence: string[] = [];
    for (const c of state.cookies)
      if (c.name === 'klaro' && klaroShaped(c.value)) evidence.push('cookie klaro');
    for (const e of state.storage)
      if (e.name === 'klaro' && klaroShaped(e.value)) evidence.push('localStorage klaro');
    return evidence.length > 0 ? { evidence: [...new Set(evidence)] } : null;
  },

  decode(state, options): Reading | null {
    const notes: string[] = [];
    let stored = lookup(state, options.cookieName, options.storage, notes);
    if (stored === null) {
      stored = lookup(state, options.cookieName, OTHER_STORAGE[options.storage], notes);
      if (stored === null) return null;
      notes.push(
        `found in ${stored.kind}, not in ${options.storage}: Klaro configured for ${options.storage} would not see it`,
      );
    }
    const raw = stored.found.item.value;
    const cookie = stored.kind === 'cookie' ? stored.found.item : null;
    const base = {
      sources: [stored.found.source],
      expiresAt: isoFromSeconds(cookie?.expires ?? null),
    };
    const parsed = parseJsonValue(raw);
    if (parsed === null || !isRecord(parsed.value)) {
      notes.push('the value is not the JSON object of services Klaro writes: Klaro would fail to read it');
      return { ...base, categories: unknownCategories(), decidedAt: null, notes };
    }
    if (parsed.decodes === 0) notes.push('stored as plain JSON (Klaro percent-encodes it; it reads both)');
    if (parsed.decodes > 1) notes.push(`percent-encoded ${parsed.decodes} times (Klaro decodes once)`);
    const services: Record<string, boolean> = {};
    for (const [name, value] of Object.entries(parsed.value)) {
      if (typeof value === 'boolean') services[name] = value;
      else notes.push(`service ${name} has a non-boolean value`);
    }
    const missing = missingIds(services, options.services);
    if (missing.length > 0) {
      notes.push(`configured services missing: ${missing.join(', ')} — Klaro shows its notice again`);
    }
    const categories = foldCategories(services, options.services, notes);
    const decidedAt = decidedFromExpiry(cookie, options.expiresDays, notes);
    return { ...base, categories, services, decidedAt, notes };
  },

  encode(choices, options, { target, now, gpc }) {
    const notes = scopeNotes(target, options.storage === 'cookie' ? options.domain : null);
    if (Object.keys(options.services).length === 0) {
      notes.push('no services configured: Klaro will find none of its services and show its notice');
    }
    const value = uriJson(idChoices(choices, options.services));
    const extras = gpcExtras(gpc);
    if (options.storage === 'localStorage') {
      return {
        cookies: [],
        storage: [{ origin: target.origin, name: options.cookieName, value }],
        ...extras,
        notes,
      };
    }
    const cookie = consentCookie(target, {
      name: options.cookieName,
      value,
      domain: options.domain,
      path: options.path,
      expires: expiresAfter(now, options.expiresDays),
      secure: false,
      sameSite: 'lax',
    });
    return { cookies: [cookie], storage: [], ...extras, notes };
  },
} satisfies CmpAdapter<KlaroOptions>;
