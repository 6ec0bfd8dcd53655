// Orejime v3 (orejime 3.x, open source, a Klaro fork): one choice per purpose, kept as JSON.stringify({purpose:
// bool}) in the cookie `eu-consent` (v2 and older used `orejime`), written through js-cookie 3, which
// percent-encodes `"` and `,` but leaves `{ } :` as they are. Facts from node_modules/orejime/dist (the package
// ships only its bundle): the cookie store's defaults {name:"eu-consent", domain:undefined, duration:120,
// sameSite:"strict"}, js-cookie's path "/" default, and the Manager: a purpose is "dirty" — the banner shows —
// unless it is exempt, or present in the cookie (a mandatory one must be present AND true). Purpose groups are
// flattened: only leaf purposes are stored. Ids Orejime does not configure are dropped when it reads.
import { z } from 'zod';
import type { ConsentReading } from '../../../../shared/consent';
import type { CmpAdapter, StoredState } from '../adapter';
import {
  CookieName,
  DomainOption,
  SameSiteOption,
  consentCookie,
  daysOption,
  decidedFromExpiry,
  expiresAfter,
  findCookie,
  foldCategories,
  gpcExtras,
  idChoices,
  idMap,
  isRecord,
  isoFromSeconds,
  jsCookieValue,
  missingIds,
  parseJsonValue,
  scopeNotes,
  unknownCategories,
  type Canonical,
} from './json-cookie';

/** Purpose ids common in Orejime configurations (its documentation's examples and usual integrations). */
const DEFAULT_PURPOSES: Record<string, Canonical> = {
  analytics: 'statistics',
  'google-analytics': 'statistics',
  'google-tag-manager': 'statistics',
  matomo: 'statistics',
  'audience-measurement': 'statistics',
  ads: 'marketing',
  advertising: 'marketing',
  'facebook-pixel': 'marketing',
  youtube: 'social',
  vimeo: 'social',
  'social-networks': 'social',
  'google-maps': 'preferences',
};

type Reading = Omit<ConsentReading, 'cmp'>;

export const OrejimeOptions = z.strictObject({
  services: idMap(DEFAULT_PURPOSES),
  cookieName: CookieName.default('eu-consent'),
  domain: DomainOption,
  expiresDays: daysOption(120),
  sameSite: SameSiteOption.default('strict'),
});
export type OrejimeOptions = z.output<typeof OrejimeOptions>;

const LEGACY_NAME = 'orejime';

function orejimeShaped(raw: string): boolean {
  const parsed = parseJsonValue(raw);
  return (
    parsed !== null &&
    isRecord(parsed.value) &&
    Object.values(parsed.value).every((v) => typeof v === 'boolean')
  );
}

function lookup(state: StoredState, options: OrejimeOptions, notes: string[]) {
  const found = findCookie(state, options.cookieName, notes);
  if (found !== null || options.cookieName !== 'eu-consent') return found;
  // Sites still on Orejime 2 (or configured with the old name) keep the choice under `orejime`.
  const legacy = findCookie(state, LEGACY_NAME, notes);
  if (legacy !== null) {
    notes.push(
      'read the older cookie name `orejime` (Orejime 2): Orejime 3 with default options reads `eu-consent`',
    );
  }
  return legacy;
}

export const orejime = {
  id: 'orejime',
  label: 'Orejime',
  inferred: false,
  options: OrejimeOptions,
  optionDocs: [
    {
      name: 'services',
      description:
        "The site's Orejime purposes (each leaf `id` of orejimeConfig.purposes; groups are flattened) → canonical " +
        'category. Every purpose must be written or Orejime shows its banner; a mandatory purpose (isMandatory) ' +
        'must be mapped to necessary so it is written true. Unknown ids are ignored by Orejime.',
      default: Object.keys(DEFAULT_PURPOSES).join(', '),
    },
    {
      name: 'cookieName',
      description: 'orejimeConfig.cookie.name. Orejime 3 uses eu-consent; Orejime 2 used orejime.',
      default: 'eu-consent',
    },
    {
      name: 'domain',
      description: 'orejimeConfig.cookie.domain: the Domain attribute. None (null) = a host-only cookie.',
      default: 'null (host-only)',
    },
    { name: 'expiresDays', description: 'orejimeConfig.cookie.duration, in days.', default: '120' },
    { name: 'sameSite', description: 'orejimeConfig.cookie.sameSite.', default: 'strict' },
  ],

  detect(state) {
    const names = new Set(['eu-consent', LEGACY_NAME]);
    const evidence = state.cookies
      .filter((c) => names.has(c.name) && orejimeShaped(c.value))
      .map((c) => `cookie ${c.name}`);
    return evidence.length > 0 ? { evidence: [...new Set(evidence)] } : null;
  },

  decode(state, options): Reading | null {
    const notes: string[] = [];
    const found = lookup(state, options, notes);
    if (found === null) return null;
    const cookie = found.item;
    const base = { sources: [found.source], expiresAt: isoFromSeconds(cookie.expires) };
    const parsed = parseJsonValue(cookie.value);
    if (parsed === null || !isRecord(parsed.value)) {
      notes.push(
        'the value is not the JSON object of purposes Orejime writes: Orejime would fail to read it',
      );
      return { ...base, categories: unknownCategories(), decidedAt: null, notes };
    }
    if (parsed.decodes > 1) notes.push(`percent-encoded ${parsed.decodes} times (Orejime decodes once)`);
    const services: Record<string, boolean> = {};
    for (const [id, value] of Object.entries(parsed.value)) {
      if (typeof value === 'boolean') services[id] = value;
      else notes.push(`purpose ${id} has a non-boolean value`);
    }
    const missing = missingIds(services, options.services);
    if (missing.length > 0) {
      notes.push(`configured purposes missing: ${missing.join(', ')} — Orejime shows its banner again`);
    }
    const categories = foldCategories(services, options.services, notes);
    const decidedAt = decidedFromExpiry(cookie, options.expiresDays, notes);
    return { ...base, categories, services, decidedAt, notes };
  },

  encode(choices, options, { target, now, gpc }) {
    const notes = scopeNotes(target, options.domain);
    if (Object.keys(options.services).length === 0) {
      notes.push('no purposes configured: Orejime will find none of its purposes and show its banner');
    }
    if (options.sameSite === 'none' && !target.origin.startsWith('https:')) {
      notes.push('SameSite=None without Secure: Chromium refuses the cookie');
    }
    const cookie = consentCookie(target, {
      name: options.cookieName,
      value: jsCookieValue(JSON.stringify(idChoices(choices, options.services))),
      domain: options.domain,
      path: '/',
      expires: expiresAfter(now, options.expiresDays),
      // js-cookie adds Secure only when told to; Orejime never tells it.
      secure: false,
      sameSite: options.sameSite,
    });
    return { cookies: [cookie], storage: [], ...gpcExtras(gpc), notes };
  },
} satisfies CmpAdapter<OrejimeOptions>;
