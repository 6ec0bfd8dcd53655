// Osano cookieconsent v3 (npm `cookieconsent` 3.1, open source, not Osano's hosted CMP): ONE answer for the
// whole site in the cookie `cookieconsent_status` = allow | deny | dismiss. Facts from
// node_modules/cookieconsent/src/cookieconsent.js: util.setCookie writes `name=value;expires=…;path=/`, plus
// `domain=` when cookie.domain is set and `secure` when cookie.secure is — never SameSite; expiryDays 365;
// hasAnswered() = the value is one of the three; hasConsented() = allow or dismiss. Anything else (or nothing)
// and the popup opens. The `type` decides the buttons: info = "Got it" (dismiss), opt-in and opt-out = deny/allow.
import { z } from 'zod';
import type { ConsentReading } from '../../../../shared/consent';
import type { CmpAdapter } from '../adapter';
import {
  Canonical,
  CookieName,
  DomainOption,
  PathOption,
  consentCookie,
  daysOption,
  decidedFromExpiry,
  expiresAfter,
  findCookie,
  gpcExtras,
  isoFromSeconds,
  scopeNotes,
  unknownCategories,
  type Categories,
} from './json-cookie';

const STATUSES = ['allow', 'deny', 'dismiss'] as const;
const Gated = Canonical.exclude(['necessary']);
const ALL_GATED: z.infer<typeof Gated>[] = ['preferences', 'statistics', 'marketing', 'social'];
type Status = (typeof STATUSES)[number];

type Reading = Omit<ConsentReading, 'cmp'>;

export const OsanoOptions = z.strictObject({
  type: z.enum(['opt-in', 'opt-out', 'info']).default('opt-in'),
  categories: z
    .array(Gated)
    .min(1)
    .default(() => [...ALL_GATED]),
  cookieName: CookieName.default('cookieconsent_status'),
  domain: DomainOption,
  path: PathOption,
  expiresDays: daysOption(365),
  secure: z.boolean().default(false),
});
export type OsanoOptions = z.output<typeof OsanoOptions>;

function statusOf(raw: string): Status | null {
  const value = raw.trim().replace(/^"(.*)"$/, '$1');
  return (STATUSES as readonly string[]).includes(value) ? (value as Status) : null;
}

export const osanoCookieconsent = {
  id: 'osano-cookieconsent',
  label: 'Osano cookieconsent (npm cookieconsent v3)',
  inferred: false,
  options: OsanoOptions,
  optionDocs: [
    {
      name: 'type',
      description:
        "The popup's `type`: opt-in or opt-out (Decline / Allow buttons, written deny / allow), or info (only " +
        '"Got it", written dismiss, which the library counts as consent).',
      default: 'opt-in',
    },
    {
      name: 'categories',
      description:
        'The canonical categories the site gates behind its one switch. allow is written only when every one is ' +
        'accepted; otherwise deny (the stricter reading of a partial choice).',
      default: 'preferences, statistics, marketing, social',
    },
    { name: 'cookieName', description: 'cookie.name.', default: 'cookieconsent_status' },
    {
      name: 'domain',
      description: 'cookie.domain: the Domain attribute. None (null) = a host-only cookie.',
      default: 'null (host-only)',
    },
    { name: 'path', description: 'cookie.path.', default: '/' },
    { name: 'expiresDays', description: 'cookie.expiryDays.', default: '365' },
    { name: 'secure', description: 'cookie.secure.', default: 'false' },
  ],

  detect(state) {
    const hit = state.cookies.some((c) => c.name === 'cookieconsent_status' && statusOf(c.value) !== null);
    return hit ? { evidence: ['cookie cookieconsent_status'] } : null;
  },

  decode(state, options): Reading | null {
    const notes: string[] = [];
    const found = findCookie(state, options.cookieName, notes);
    if (found === null) return null;
    const cookie = found.item;
    const base = { sources: [found.source], expiresAt: isoFromSeconds(cookie.expires) };
    const status = statusOf(cookie.value);
    if (status === null) {
      notes.push('not allow, deny or dismiss: the library counts it as no answer and opens its popup');
      return { ...base, categories: unknownCategories(), decidedAt: null, notes };
    }
    if (status === 'dismiss') {
      notes.push(
        'dismissed: the notice was acknowledged, which the library counts as consent (hasConsented)',
      );
    }
    const consented = status !== 'deny';
    const categories: Categories = unknownCategories();
    categories.necessary = true;
    for (const category of options.categories) categories[category] = consented;
    return {
      ...base,
      categories,
      decidedAt: decidedFromExpiry(cookie, options.expiresDays, notes),
      notes,
    };
  },

  encode(choices, options, { target, now, gpc }) {
    const notes = scopeNotes(target, options.domain);
    const accepted = options.categories.filter((c) => choices[c]);
    let status: Status;
    if (options.type === 'info') {
      status = 'dismiss';
      notes.push('an info popup has only "Got it": written dismiss, which the library counts as consent');
    } else {
      status = accepted.length === options.categories.length ? 'allow' : 'deny';
      if (accepted.length > 0 && status === 'deny') {
        notes.push(`one switch for ${options.categories.join(', ')}: the partial choice is written deny`);
      }
    }
    const cookie = consentCookie(target, {
      name: options.cookieName,
      value: status,
      domain: options.domain,
      path: options.path,
      // setHours(getHours() + days × 24) in local time: across a daylight-saving change the library's expiry
      // differs from this one by an hour.
      expires: expiresAfter(now, options.expiresDays),
      secure: options.secure,
      sameSite: null,
    });
    return { cookies: [cookie], storage: [], ...gpcExtras(gpc), notes };
  },
} satisfies CmpAdapter<OsanoOptions>;
