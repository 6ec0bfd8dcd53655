// CookieYes (closed): one cookie, `cookieyes-consent`, a comma list of key:value pairs —
// consentid:<id>,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,performance:no,
// advertisement:no,other:no[,lastRenewedDate:<ms>]. From copies of its script: the pairs come in the order
// consentid, consent, action, then the site's category slugs; `lastRenewedDate` (the site's last "renew consent")
// is appended and a cookie with an older one is erased (banner again); an empty `action` shows the banner; the
// cookie is written `path=/; domain=<configured root domain>; SameSite=Strict; secure`, for 365 days.
import { z } from 'zod';
import type { Choices } from '../../../../shared/consent';
import type { CmpAdapter, StoredState } from '../adapter';
import { CanonicalCategory, choiceOf, foldSocial, mixedNote, PlatformId, rollUp } from './category-rollup';
import { cookieExpiry, pickCookie } from './cookie-read';
import {
  cookieScope,
  DomainOption,
  expiresDaysOption,
  gpcSignal,
  isHttps,
  writeCookie,
} from './cookie-write';
import { cookieYesConsentId } from './ids';
import { isRecord, parseFlag, parseJsonLenient } from './lenient-values';
import { decodeRepeatedly } from './percent-encoding';

const NAME = 'cookieyes-consent';
const META = new Set(['consentid', 'consent', 'action', 'lastreneweddate']);

/** A CookieYes slug maps to a canonical category, or to `unclassified`: CookieYes's "other" (uncategorised). */
const Target = z.union([CanonicalCategory, z.literal('unclassified')]);
type Target = z.infer<typeof Target>;

export const COOKIEYES_CATEGORIES: Record<string, Target> = {
  necessary: 'necessary',
  functional: 'preferences',
  analytics: 'statistics',
  performance: 'statistics',
  advertisement: 'marketing',
  other: 'unclassified',
};

export const CookieYesOptions = z.object({
  categories: z.record(PlatformId, Target).default(() => ({ ...COOKIEYES_CATEGORIES })),
  consentId: z
    .string()
    .regex(/^[A-Za-z0-9+/_-]{1,100}$/, 'letters and digits, as CookieYes writes it')
    .optional(),
  lastRenewedDate: z.number().int().min(0).max(7_258_118_400_000).optional(),
  domain: DomainOption,
  expiresDays: expiresDaysOption(365),
});
export type CookieYesOptions = z.output<typeof CookieYesOptions>;

/** Uncategorised cookies are consented to only by "accept all": every optional category accepted. */
function slugValue(choices: Choices, target: Target): boolean {
  if (target === 'unclassified')
    return choices.preferences && choices.statistics && choices.marketing && choices.social;
  return choiceOf(choices, target);
}

function readPairs(value: string): Map<string, string> {
  const text = decodeRepeatedly(value.trim());
  const pairs = new Map<string, string>();
  const json = parseJsonLenient(text);
  if (isRecord(json)) {
    for (const [key, v] of Object.entries(json)) pairs.set(key.trim().toLowerCase(), String(v));
    return pairs;
  }
  for (const item of text.split(',')) {
    const at = item.indexOf(':');
    const key = (at < 0 ? item : item.slice(0, at)).trim().toLowerCase();
    if (key !== '' && !pairs.has(key)) pairs.set(key, at < 0 ? '' : item.slice(at + 1).trim());
  }
  return pairs;
}

function decode(state: StoredState, options: CookieYesOptions) {
  const picked = pickCookie(state, NAME);
  if (picked === null) return null;
  const pairs = readPairs(picked.item.value);
  const notes = [...picked.notes];
  const entries: Array<{ category: CanonicalCategory; value: boolean | null }> = [];
  const missing: string[] = [];
  const configured = new Set<string>();
  for (const [slug, target] of Object.entries(options.categories)) {
    configured.add(slug.toLowerCase());
    const raw = pairs.get(slug.toLowerCase());
    if (raw === undefined) missing.push(slug);
    if (target !== 'unclassified') entries.push({ category: target, value: parseFlag(raw) });
  }
  const { categories, mixed } = rollUp(entries);
  if (!Object.values(options.categories).includes('social')) {
    categories.social = categories.marketing;
    notes.push('CookieYes has no social category: social media cookies follow marketing (advertisement).');
  }
  if (missing.length > 0)
    notes.push(`Not recorded: ${missing.join(', ')} (CookieYes blocks what it has no answer for).`);
  const unknown = [...pairs.keys()].filter((key) => !META.has(key) && !configured.has(key));
  if (unknown.length > 0)
    notes.push(`Categories not mapped: ${unknown.join(', ')} (see the categories option).`);
  notes.push(...mixedNote(mixed));
  if ((pairs.get('action') ?? '') === '') notes.push('No action recorded: CookieYes shows the banner again.');
  const renewed = Number(pairs.get('lastreneweddate') ?? 0);
  if (options.lastRenewedDate !== undefined && !(renewed >= options.lastRenewedDate)) {
    notes.push(
      "Older than the site's last consent renewal (lastRenewedDate): CookieYes erases it and asks again.",
    );
  }
  return { categories, decidedAt: null, expiresAt: cookieExpiry(picked.item), sources: [NAME], notes };
}

export const cookieyes = {
  id: 'cookieyes',
  label: 'CookieYes',
  inferred: true,
  options: CookieYesOptions,
  optionDocs: [
    {
      name: 'categories',
      description:
        "CookieYes category slug → canonical category, in the site's order; 'unclassified' (the 'other' slug) is accepted only with everything else.",
      default:
        'necessary, functional → preferences, analytics → statistics, performance → statistics, advertisement → marketing, other → unclassified',
    },
    { name: 'consentId', description: 'consentid value; random when absent.', default: 'random' },
    {
      name: 'lastRenewedDate',
      description:
        "The site's last consent renewal (epoch ms); written in the cookie, and an older cookie is reported as asked again.",
      default: 'none (not written)',
    },
    {
      name: 'domain',
      description: "Cookie domain (CookieYes's configured root domain).",
      default: 'the host only',
    },
    { name: 'expiresDays', description: 'Days the cookie is kept.', default: '365' },
  ],
  detect(state) {
    return state.cookies.some((c) => c.name === NAME) ? { evidence: [NAME] } : null;
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const hasSocial = Object.values(options.categories).includes('social');
    const effective = hasSocial ? choices : foldSocial(choices);
    const slugs = Object.entries(options.categories).map(
      ([slug, t]) => [slug, slugValue(effective, t) ? 'yes' : 'no'] as const,
    );
    const anyAccepted = slugs.some(
      ([slug, value]) => options.categories[slug] !== 'necessary' && value === 'yes',
    );
    const fields: Array<readonly [string, string]> = [
      ['consentid', options.consentId ?? cookieYesConsentId()],
      // "Reject all" writes consent:no; any acceptance (all or custom) writes consent:yes.
      ['consent', anyAccepted ? 'yes' : 'no'],
      ['action', 'yes'],
      ...slugs,
      ...(options.lastRenewedDate === undefined
        ? []
        : [['lastRenewedDate', String(options.lastRenewedDate)] as const]),
    ];
    const notes = [
      'CookieYes is closed source: the value reproduces observed cookies and its published script.',
    ];
    if (!hasSocial && choices.marketing !== choices.social) {
      notes.push('CookieYes files social media under advertisement: it is accepted only when social is too.');
    }
    return {
      cookies: [
        writeCookie({
          name: NAME,
          value: fields.map(([k, v]) => `${k}:${v}`).join(','),
          scope: cookieScope(target, options.domain, 'host'),
          now,
          expiresDays: options.expiresDays,
          sameSite: 'strict',
          secure: isHttps(target),
        }),
      ],
      storage: [],
      ...gpcSignal(gpc),
      notes,
    };
  },
} satisfies CmpAdapter<CookieYesOptions>;
