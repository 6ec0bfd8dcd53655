// Complianz (WordPress plugin; GPL, but not on npm, so tested here against values of its shape): one cookie
// per category, `cmplz_functional=allow` and `cmplz_preferences|statistics|marketing = allow|deny`, plus
// `cmplz_banner-status=dismissed` (anything else shows the banner), `cmplz_policy_id` (when it differs from
// the site's current cookie policy id, complianz.js clears every cmplz_ cookie) and `cmplz_consented_services`
// (raw JSON {service: bool}; '' after accept/deny all). complianz.js writes them
// `name=value;SameSite=Lax[;secure];expires=…[;domain=…];path=/` for `cookie_expiry` days (365 by default),
// on the host unless "set cookies on root domain" is on. It has no social category: marketing covers it.
import { z } from 'zod';
import type { CmpAdapter, StoredState } from '../adapter';
import { choiceOf, foldSocial, idMap, mixedNote, rollUp, type CanonicalCategory } from './category-rollup';
import { cookieExpiry, pickCookie } from './cookie-read';
import {
  cookieScope,
  DomainOption,
  expiresDaysOption,
  gpcSignal,
  isHttps,
  writeCookie,
} from './cookie-write';
import { isRecord, parseFlag, parseJsonLenient } from './lenient-values';
import { decodeRepeatedly } from './percent-encoding';

const CATEGORIES = ['preferences', 'statistics', 'marketing'] as const;

export const ComplianzOptions = z.object({
  policyId: z.number().int().min(0).max(1_000_000_000).optional(),
  services: idMap({}),
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9_-]{0,40}$/, 'letters, digits, _ and -')
    .default('cmplz_'),
  domain: DomainOption,
  expiresDays: expiresDaysOption(365),
});
export type ComplianzOptions = z.output<typeof ComplianzOptions>;

function decode(state: StoredState, options: ComplianzOptions) {
  const p = options.prefix;
  const present = state.cookies.filter((c) => c.name.startsWith(p));
  if (present.length === 0) return null;
  const notes: string[] = [];
  const sources: string[] = [];
  const get = (name: string) => {
    const picked = pickCookie(state, p + name);
    if (picked === null) return null;
    notes.push(...picked.notes);
    sources.push(p + name);
    return picked.item;
  };
  const flags = Object.fromEntries(
    CATEGORIES.map((category) => [category, parseFlag(decodeRepeatedly(get(category)?.value ?? ''))]),
  ) as Record<(typeof CATEGORIES)[number], boolean | null>;
  const unanswered = CATEGORIES.filter((category) => flags[category] === null);
  if (unanswered.length > 0)
    notes.push(`No answer for ${unanswered.join(', ')}: Complianz treats it as refused (opt-in).`);

  const banner = get('banner-status');
  if ((banner?.value ?? '').trim().toLowerCase() !== 'dismissed') {
    notes.push('cmplz_banner-status is not "dismissed": Complianz shows the banner again.');
  }
  const policy = get('policy_id');
  if (options.policyId !== undefined && policy !== null && Number(policy.value) !== options.policyId) {
    notes.push(
      `Policy id ${policy.value.trim()} is not the site's ${options.policyId}: Complianz clears its cookies and asks again.`,
    );
  }

  let services: Record<string, boolean> | undefined;
  const servicesCookie = get('consented_services');
  const parsed =
    servicesCookie === null ? undefined : parseJsonLenient(decodeRepeatedly(servicesCookie.value));
  if (isRecord(parsed)) {
    services = {};
    for (const [id, v] of Object.entries(parsed)) {
      const flag = parseFlag(v);
      if (flag !== null) services[id] = flag;
    }
  } else if (servicesCookie !== null && servicesCookie.value.trim() !== '') {
    notes.push('cmplz_consented_services is not readable JSON.');
  }
  // Services consented one by one override their category; a category is read from both.
  const entries: Array<{ category: CanonicalCategory; value: boolean | null }> = CATEGORIES.map(
    (category) => ({
      category,
      value: flags[category],
    }),
  );
  for (const [id, value] of Object.entries(services ?? {})) {
    const category = options.services[id];
    if (category !== undefined && category !== 'social') entries.push({ category, value });
  }
  const { categories, mixed } = rollUp(entries);
  categories.necessary = true;
  categories.social = categories.marketing;
  notes.push(...mixedNote(mixed), 'Complianz has no social category: social media cookies follow marketing.');
  const dated = banner ?? present[0];
  return {
    categories,
    ...(services === undefined ? {} : { services }),
    decidedAt: null,
    expiresAt: dated === undefined ? null : cookieExpiry(dated),
    sources,
    notes,
  };
}

export const complianz = {
  id: 'complianz',
  label: 'Complianz',
  // Read from complianz.js itself (GPL): the format is the source's, not a guess from observed values.
  inferred: false,
  options: ComplianzOptions,
  optionDocs: [
    {
      name: 'policyId',
      description:
        "The site's current cookie policy id (complianz.current_policy_id); written as cmplz_policy_id. Without it the cookie is left out, which Complianz accepts.",
      default: 'none',
    },
    {
      name: 'services',
      description:
        'Service id → canonical category, written in cmplz_consented_services (consent per service).',
      default: 'none (the cookie is written empty, as after accept/deny all)',
    },
    { name: 'prefix', description: 'Cookie name prefix (complianz.prefix).', default: 'cmplz_' },
    {
      name: 'domain',
      description: 'Cookie domain ("set cookies on root domain" in Complianz).',
      default: 'the host only',
    },
    {
      name: 'expiresDays',
      description: 'Days the cookies are kept (complianz.cookie_expiry).',
      default: '365',
    },
  ],
  detect(state) {
    const evidence = state.cookies.filter((c) => c.name.startsWith('cmplz_')).map((c) => c.name);
    return evidence.length > 0 ? { evidence: [...new Set(evidence)] } : null;
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const folded = foldSocial(choices);
    const services = Object.entries(options.services).map(([id, category]) => [
      id,
      choiceOf(folded, category),
    ]);
    const scope = cookieScope(target, options.domain, 'host');
    const write = (name: string, value: string) =>
      writeCookie({
        name: options.prefix + name,
        value,
        scope,
        now,
        expiresDays: options.expiresDays,
        sameSite: 'lax',
        secure: isHttps(target),
      });
    const flag = (on: boolean) => (on ? 'allow' : 'deny');
    const cookies = [
      ...(options.policyId === undefined ? [] : [write('policy_id', String(options.policyId))]),
      write('functional', 'allow'),
      write('preferences', flag(folded.preferences)),
      write('statistics', flag(folded.statistics)),
      write('marketing', flag(folded.marketing)),
      // complianz.js stores JSON.stringify() as is, quotes and all.
      write('consented_services', services.length === 0 ? '' : JSON.stringify(Object.fromEntries(services))),
      write('banner-status', 'dismissed'),
    ];
    const notes = [
      'Complianz values written as complianz.js writes them (read from its source, not run here).',
    ];
    if (choices.marketing !== choices.social) {
      notes.push(
        'Complianz files social media under marketing: marketing is allowed only when social is too.',
      );
    }
    return { cookies, storage: [], ...gpcSignal(gpc), notes };
  },
} satisfies CmpAdapter<ComplianzOptions>;
