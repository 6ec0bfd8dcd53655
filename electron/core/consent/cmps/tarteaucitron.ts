// tarteaucitron.js (tarteaucitronjs 1.x, open source; common on French public sites): one answer per service in
// the cookie `tarteaucitron` = `!gtag=true!matomo=false!youtube=wait`, not percent-encoded. Facts from
// node_modules/tarteaucitronjs/tarteaucitron.js: cookie.create (appends `!key=status`, `; path=/`, Domain only
// with parameters.cookieDomain, Secure on https, `; samesite=lax`, 365 days or tarteaucitronForceExpire days
// when below 365), addService (reads with indexOf(key + '=true') — a substring test — and a service not
// answered is written `wait` and opens the banner, highPrivacy being the default).
import { z } from 'zod';
import type { ConsentReading } from '../../../../shared/consent';
import type { CmpAdapter } from '../adapter';
import {
  CookieName,
  DomainOption,
  SiteId,
  Canonical,
  consentCookie,
  decidedFromExpiry,
  expiresAfter,
  findCookie,
  foldCategories,
  gpcExtras,
  idChoices,
  isHttps,
  isoFromSeconds,
  missingIds,
  percentDecode,
  scopeNotes,
  unknownCategories,
} from './json-cookie';
import {
  CONSENT_MODE_SERVICES,
  DEFAULT_SERVICES,
  TacType,
  libraryOrder,
  resolveService,
  type TacService,
} from './tarteaucitron-services';

/** What the library's RegExp("!" + key + "=(wait|true|false)") and the `!`-separated value can carry. */
const ServiceKey = SiteId.regex(/^[A-Za-z0-9_-]+$/, 'a tarteaucitron service key: letters, digits, _ and -');

const DEFAULTS = { ...DEFAULT_SERVICES, ...CONSENT_MODE_SERVICES };

type Reading = Omit<ConsentReading, 'cmp'>;

export const TarteaucitronOptions = z.strictObject({
  services: z.record(ServiceKey, z.union([Canonical, TacType])).default(() => ({ ...DEFAULTS })),
  cookieName: CookieName.default('tarteaucitron'),
  domain: DomainOption,
  // The library ignores tarteaucitronForceExpire from 365 days up: its lifetime never exceeds a year.
  expiresDays: z.number().positive().max(365).default(365),
});
export type TarteaucitronOptions = z.output<typeof TarteaucitronOptions>;

type Answer = boolean | 'wait';

function resolved(options: TarteaucitronOptions): Record<string, TacService> {
  return Object.fromEntries(Object.entries(options.services).map(([k, v]) => [k, resolveService(k, v)]));
}

function categoriesOf(services: Record<string, TacService>): Record<string, Canonical> {
  return Object.fromEntries(Object.entries(services).map(([k, s]) => [k, s.category]));
}

/** `!a=true!b=false` → entries in order; null when the value does not have that shape at all. */
function parseAnswers(value: string): { answers: [string, Answer][]; odd: string[] } | null {
  const parts = value.split('!').filter((p) => p.trim() !== '');
  const answers: [string, Answer][] = [];
  const odd: string[] = [];
  for (const part of parts) {
    const m = /^\s*([^=\s]+)=(true|false|wait)\s*$/.exec(part);
    if (m === null) odd.push(part.split('=')[0] ?? '');
    else answers.push([m[1]!, m[2] === 'wait' ? 'wait' : m[2] === 'true']);
  }
  return answers.length === 0 ? null : { answers, odd };
}

/** The library's own reading of a key: `true` wins over `false`, both by substring over the whole value. */
function libraryView(value: string, key: string): Answer | null {
  if (value.includes(`${key}=true`)) return true;
  if (value.includes(`${key}=false`)) return false;
  if (value.includes(`${key}=wait`)) return 'wait';
  return null;
}

export const tarteaucitron = {
  id: 'tarteaucitron',
  label: 'tarteaucitron.js',
  inferred: false,
  options: TarteaucitronOptions,
  optionDocs: [
    {
      name: 'services',
      description:
        "The site's tarteaucitron services (the keys pushed to tarteaucitron.job) → a canonical category or the " +
        "service's tarteaucitron type (analytic, ads, social, video, comment, api, support, other), which also " +
        'orders the value as the library does (by type, then key). Every ' +
        'service the site loads must be written true or false, or the library writes `wait` and shows its banner; ' +
        "keys the site does not load are ignored. The default maps common keys by tarteaucitron's service type " +
        '(analytic → statistics, ads → marketing, social/video/comment → social, api/support/other → preferences) ' +
        'and the Google Consent Mode services gcm*.',
      default: `${Object.keys(DEFAULTS).length} common service keys`,
    },
    {
      name: 'cookieName',
      description: 'tarteaucitron.init({ cookieName }).',
      default: 'tarteaucitron',
    },
    {
      name: 'domain',
      description:
        'tarteaucitron.init({ cookieDomain }): the Domain attribute. None (null) = a host-only cookie.',
      default: 'null (host-only)',
    },
    {
      name: 'expiresDays',
      description:
        'tarteaucitronForceExpire, in days. The library uses values below 365 as given and writes 365 days for anything else, its default.',
      default: '365',
    },
  ],

  detect(state) {
    const evidence = state.cookies
      .filter((c) => c.name === 'tarteaucitron' && parseAnswers(percentDecode(c.value)) !== null)
      .map(() => 'cookie tarteaucitron');
    return evidence.length > 0 ? { evidence: [evidence[0]!] } : null;
  },

  decode(state, options): Reading | null {
    const notes: string[] = [];
    const found = findCookie(state, options.cookieName, notes);
    if (found === null) return null;
    const cookie = found.item;
    const base = { sources: [found.source], expiresAt: isoFromSeconds(cookie.expires) };
    let value = cookie.value;
    if (/%21|%3D/i.test(value)) {
      value = percentDecode(value);
      notes.push('the value was percent-encoded (tarteaucitron writes it plain and would not read it)');
    }
    const parsed = parseAnswers(value);
    if (parsed === null) {
      notes.push('the value is not the `!service=true|false` list tarteaucitron writes');
      return { ...base, categories: unknownCategories(), decidedAt: null, notes };
    }
    if (parsed.odd.length > 0) {
      // Named only when they look like service keys: the rest of a value is never echoed.
      const named = parsed.odd.filter((k) => /^[A-Za-z0-9_-]{1,60}$/.test(k));
      notes.push(
        `${parsed.odd.length} entries without a true/false/wait answer${named.length ? `: ${named.join(', ')}` : ''}`,
      );
    }
    const services: Record<string, boolean> = {};
    const waiting: string[] = [];
    for (const [key, stored] of parsed.answers) {
      const seen = libraryView(value, key);
      if (seen !== stored) {
        notes.push(
          `${key} is stored ${String(stored)} but tarteaucitron reads ${String(seen)} (its lookup is a substring test)`,
        );
      }
      if (seen === 'wait' || seen === null) waiting.push(key);
      else services[key] = seen;
    }
    if (waiting.length > 0) notes.push(`not answered yet (wait): ${waiting.join(', ')} — the banner shows`);
    const ids = categoriesOf(resolved(options));
    const answered = Object.keys(ids).filter((k) => libraryView(value, k) !== null);
    const missing = missingIds(Object.fromEntries(answered.map((k) => [k, true])), ids);
    // The defaults list many services a site may not load; only a site-specific list makes a missing one matter.
    if (missing.length > 0 && !sameAsDefaults(options)) {
      notes.push(`configured services missing: ${missing.join(', ')} — tarteaucitron shows its banner again`);
    }
    const categories = foldCategories(services, ids, notes);
    const decidedAt = decidedFromExpiry(cookie, options.expiresDays, notes);
    return { ...base, categories, services, decidedAt, notes };
  },

  encode(choices, options, { target, now, gpc }) {
    const notes = scopeNotes(target, options.domain);
    const services = resolved(options);
    const answers = idChoices(choices, categoriesOf(services));
    const keys = libraryOrder(services);
    if (keys.length === 0) notes.push('no services configured: every service of the site will be asked for');
    for (const short of keys) {
      // `!multiplegtag=true` contains `gtag=true`: a refused gtag would be read as accepted.
      const clash = keys.find(
        (long) => long !== short && long.endsWith(short) && answers[long] && !answers[short],
      );
      if (clash !== undefined) {
        notes.push(
          `${short} is read as accepted: tarteaucitron finds "${short}=true" inside "${clash}=true"`,
        );
      }
    }
    const cookie = consentCookie(target, {
      name: options.cookieName,
      value: keys.map((k) => `!${k}=${String(answers[k])}`).join(''),
      domain: options.domain,
      path: '/',
      expires: expiresAfter(now, options.expiresDays),
      secure: isHttps(target),
      sameSite: 'lax',
    });
    return { cookies: [cookie], storage: [], ...gpcExtras(gpc), notes };
  },
} satisfies CmpAdapter<TarteaucitronOptions>;

function sameAsDefaults(options: TarteaucitronOptions): boolean {
  const keys = Object.keys(options.services);
  return (
    keys.length === Object.keys(DEFAULTS).length && keys.every((k) => DEFAULTS[k] === options.services[k])
  );
}
