// Cookiebot (closed): one cookie, `CookieConsent`, holding a JavaScript object literal with `'` written as %27
// and `,` as %2C: {stamp:'…',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',
// ver:1,utc:1738313789122,region:'fr'}. `ver` is the domain group's consent version: renewing consents in the
// Cookiebot manager raises it and every older cookie shows the banner again. Social media cookies are filed
// under marketing. Cookiebot asks per domain unless cross-domain sharing is on: the cookie is host-only.
import { z } from 'zod';
import type { CmpAdapter, StoredState } from '../adapter';
import { foldSocial } from './category-rollup';
import { cookieExpiry, pickCookie } from './cookie-read';
import { cookieScope, DomainOption, expiresDaysOption, gpcSignal, writeCookie } from './cookie-write';
import { cookiebotStamp } from './ids';
import { isoFromMillis, parseFlag, parseObjectLiteral } from './lenient-values';
import { decodeRepeatedly } from './percent-encoding';

const NAME = 'CookieConsent';
const CATEGORY_KEYS = ['necessary', 'preferences', 'statistics', 'marketing'] as const;

export const CookiebotOptions = z.object({
  stamp: z
    .string()
    .regex(/^(-1|[A-Za-z0-9+/=_-]{1,200})$/, "base64 characters, or -1 for 'outside a consent region'")
    .optional(),
  ver: z.number().int().min(1).max(1_000_000).default(1),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z0-9]{1,4})?$/i, 'a region code such as fr, de or us-06')
    .default('fr'),
  method: z.enum(['explicit', 'implied']).default('explicit'),
  domain: DomainOption,
  expiresDays: expiresDaysOption(365),
});
export type CookiebotOptions = z.output<typeof CookiebotOptions>;

/** The object literal, then Cookiebot's two escapes: `'` → %27 and `,` → %2C (nothing else is escaped). */
export function cookiebotValue(fields: ReadonlyArray<readonly [string, string | number | boolean]>): string {
  const literal = `{${fields.map(([k, v]) => `${k}:${typeof v === 'string' ? `'${v}'` : String(v)}`).join(',')}}`;
  return literal.replace(/'/g, '%27').replace(/,/g, '%2C');
}

function read(value: string): Map<string, string | number | boolean> | null {
  const fields = parseObjectLiteral(decodeRepeatedly(value.trim()));
  const known = ['stamp', ...CATEGORY_KEYS].some((key) => fields.has(key));
  return known ? fields : null;
}

function decode(state: StoredState, options: CookiebotOptions) {
  const picked = pickCookie(state, NAME);
  if (picked === null) return null;
  const fields = read(picked.item.value);
  if (fields === null) return null;
  const notes = [...picked.notes];
  const flag = (key: string) => parseFlag(fields.get(key));
  const missing = CATEGORY_KEYS.filter((key) => flag(key) === null);
  if (missing.length > 0) notes.push(`No readable value for ${missing.join(', ')}.`);
  const stamp = fields.get('stamp');
  if (String(stamp) === '-1') {
    notes.push("stamp '-1': the visitor was outside a consent region, so Cookiebot did not ask.");
  } else if (stamp === undefined) notes.push('No stamp: Cookiebot may not accept this value as a consent.');
  const method = fields.get('method');
  if (typeof method === 'string' && method.toLowerCase() !== 'explicit') {
    notes.push(`Consent method '${method}': given without an explicit click.`);
  }
  const ver = Number(fields.get('ver'));
  if (!Number.isInteger(ver)) notes.push('No consent version (ver) recorded.');
  else if (ver < options.ver) {
    notes.push(
      `Consent version ${ver}, but the site renewed consents to version ${options.ver}: the banner shows again.`,
    );
  }
  if (fields.has('iab2'))
    notes.push('Holds a TCF string (iab2): decode it with the tcf adapter for vendors.');
  const marketing = flag('marketing');
  notes.push('Cookiebot has no social category: social media cookies follow marketing.');
  return {
    categories: {
      necessary: flag('necessary'),
      preferences: flag('preferences'),
      statistics: flag('statistics'),
      marketing,
      social: marketing,
    },
    decidedAt: isoFromMillis(fields.get('utc')),
    expiresAt: cookieExpiry(picked.item),
    sources: [NAME],
    notes,
  };
}

export const cookiebot = {
  id: 'cookiebot',
  label: 'Cookiebot',
  inferred: true,
  options: CookiebotOptions,
  optionDocs: [
    {
      name: 'stamp',
      description: "Consent stamp (Cookiebot's consent id); '-1' means outside a consent region.",
      default: 'random 40 bytes, base64',
    },
    {
      name: 'ver',
      description:
        "Consent version of the site's domain group (raised by 'renew consents'); a cookie with a lower one is reported as asked again.",
      default: '1',
    },
    {
      name: 'region',
      description: 'Visitor region code written in the cookie (fr, de, us-06…).',
      default: 'fr',
    },
    { name: 'method', description: 'Consent method: explicit (a click) or implied.', default: 'explicit' },
    {
      name: 'domain',
      description: 'Cookie domain; set it when cross-domain consent sharing covers subdomains.',
      default: 'the host only',
    },
    { name: 'expiresDays', description: 'Days the cookie is kept.', default: '365' },
  ],
  detect(state) {
    const cookie = state.cookies.find((c) => c.name === NAME && read(c.value) !== null);
    return cookie === undefined ? null : { evidence: [NAME] };
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const folded = foldSocial(choices);
    const value = cookiebotValue([
      ['stamp', options.stamp ?? cookiebotStamp()],
      ['necessary', true],
      ['preferences', folded.preferences],
      ['statistics', folded.statistics],
      ['marketing', folded.marketing],
      ['method', options.method],
      ['ver', options.ver],
      ['utc', now.getTime()],
      ['region', options.region.toLowerCase()],
    ]);
    const notes = ['Cookiebot is closed source: the value reproduces observed cookies.'];
    if (choices.marketing !== choices.social) {
      notes.push(
        'Cookiebot files social media under marketing: marketing is accepted only when social is too.',
      );
    }
    return {
      cookies: [
        writeCookie({
          name: NAME,
          value,
          scope: cookieScope(target, options.domain, 'host'),
          now,
          expiresDays: options.expiresDays,
          // The attributes Cookiebot sets are not documented: left to the browser's default (Lax).
          sameSite: null,
          secure: false,
        }),
      ],
      storage: [],
      ...gpcSignal(gpc),
      notes,
    };
  },
} satisfies CmpAdapter<CookiebotOptions>;
