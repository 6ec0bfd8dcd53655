// OneTrust (closed): `OptanonConsent`, a form-urlencoded query string whose `groups` holds one flag per
// category group (C0001…C0005 by default), and `OptanonAlertBoxClosed`, the ISO time the banner was closed —
// without it the banner comes back. Both on the registrable domain (`.example.com`), about a year, SameSite Lax.
// The field order follows values observed in 2025; `intType` is left out (its codes are not documented).
import { z } from 'zod';
import type { CmpAdapter, StoredState } from '../adapter';
import { CanonicalCategory, choiceOf, emptyReading, idMap, mixedNote, rollUp } from './category-rollup';
import { cookieExpiry, pickCookie } from './cookie-read';
import { cookieScope, DomainOption, expiresDaysOption, gpcSignal, writeCookie } from './cookie-write';
import { uuidV4 } from './ids';
import { isoFromDateText, parseFlag } from './lenient-values';
import { isTimeZone, jsDateString, parseJsDateString } from './onetrust-date';
import { decodeRepeatedly } from './percent-encoding';
import { parseQuery, serializeQuery } from './query-string';

const CONSENT = 'OptanonConsent';
const CLOSED = 'OptanonAlertBoxClosed';

/** FORMATS.md §3: OneTrust's default category groups. */
export const ONETRUST_GROUPS: Record<string, CanonicalCategory> = {
  C0001: 'necessary',
  C0002: 'statistics',
  C0003: 'preferences',
  C0004: 'marketing',
  C0005: 'social',
};

export const OneTrustOptions = z.object({
  categories: idMap(ONETRUST_GROUPS),
  version: z
    .string()
    .regex(/^[\w.-]{1,40}$/, 'a version such as 202501.1.0')
    .default('202501.1.0'),
  consentId: z.uuid().optional(),
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Paris').default('UTC'),
  geolocation: z
    .string()
    .regex(/^[A-Za-z]{0,3};?[A-Za-z0-9]{0,5}$/, 'a country and region such as FR;IDF')
    .optional(),
  landingPath: z.string().min(1).max(2000).default('NotLandingPage'),
  interactionCount: z.number().int().min(1).max(10_000).default(1),
  lastReconsentDate: z.iso.datetime({ offset: true }).optional(),
  domain: DomainOption,
  expiresDays: expiresDaysOption(365),
});
export type OneTrustOptions = z.output<typeof OneTrustOptions>;

/** `C0001:1,C0002:0` (also `hosts` and `genVendors`): id → flag, in order; unreadable flags are null. */
function readFlagList(text: string): Array<{ id: string; value: boolean | null }> {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const at = item.lastIndexOf(':');
      return at < 0
        ? { id: item, value: null }
        : { id: item.slice(0, at).trim(), value: parseFlag(item.slice(at + 1)) };
    });
}

function decode(state: StoredState, options: OneTrustOptions) {
  const consent = pickCookie(state, CONSENT);
  const closed = pickCookie(state, CLOSED);
  if (consent === null && closed === null) return null;
  const notes = [...(consent?.notes ?? []), ...(closed?.notes ?? [])];
  const sources = [consent && CONSENT, closed && CLOSED].filter((s): s is string => s !== null);
  const closedAt = closed === null ? null : isoFromDateText(decodeRepeatedly(closed.item.value.trim()));
  if (closed === null) notes.push(`${CLOSED} is missing: OneTrust shows the banner again.`);
  else if (closedAt === null) notes.push(`${CLOSED} does not hold a date: OneTrust shows the banner again.`);
  if (consent === null) {
    notes.push(`${CONSENT} is missing: the choices are not stored.`);
    return {
      categories: emptyReading(),
      decidedAt: closedAt,
      expiresAt: closed === null ? null : cookieExpiry(closed.item),
      sources,
      notes,
    };
  }
  const params = parseQuery(consent.item.value);
  const byLower = new Map(Object.entries(options.categories).map(([id, cat]) => [id.toLowerCase(), cat]));
  const entries: Array<{ category: CanonicalCategory; value: boolean | null }> = [];
  const unknown: string[] = [];
  let legacy = false;
  for (const { id, value } of readFlagList(params.get('groups') ?? '')) {
    let category = byLower.get(id.toLowerCase());
    // Older OneTrust (Optanon) numbered its groups 1, 2, 3…: read them as C0001, C0002, C0003.
    if (category === undefined && /^\d{1,4}$/.test(id)) {
      category = byLower.get(`c${id.padStart(4, '0')}`);
      legacy ||= category !== undefined;
    }
    if (category === undefined) unknown.push(id);
    else entries.push({ category, value });
  }
  const { categories, mixed } = rollUp(entries);
  if (!params.has('groups')) notes.push('OptanonConsent has no groups: no choice is recorded.');
  if (legacy)
    notes.push('Numbered groups (1, 2, 3…) of an older OneTrust were read as C0001, C0002, C0003….');
  if (unknown.length > 0)
    notes.push(`Groups not mapped to a category: ${unknown.join(', ')} (see the categories option).`);
  notes.push(...mixedNote(mixed));
  if (parseFlag(params.get('awaitingreconsent')) === true)
    notes.push('AwaitingReconsent is true: the banner shows again.');
  if (
    options.lastReconsentDate !== undefined &&
    closedAt !== null &&
    closedAt < new Date(options.lastReconsentDate).toISOString()
  ) {
    notes.push(`The banner was closed before the site's last reconsent date: OneTrust asks again.`);
  }
  if (parseFlag(params.get('isgpcenabled')) === true)
    notes.push('Global Privacy Control was on when this was written.');
  const services: Record<string, boolean> = {};
  for (const key of ['hosts', 'genvendors']) {
    for (const { id, value } of readFlagList(params.get(key) ?? '')) if (value !== null) services[id] = value;
  }
  if (state.cookies.some((c) => c.name === 'eupubconsent-v2')) {
    notes.push(
      'eupubconsent-v2 holds a TCF string: decode it with the tcf adapter for vendors and purposes.',
    );
  }
  const datestamp = parseJsDateString(params.get('datestamp') ?? '');
  if (closedAt === null && datestamp !== null) notes.push('The decision time is read from the datestamp.');
  return {
    categories,
    ...(Object.keys(services).length > 0 ? { services } : {}),
    decidedAt: closedAt ?? datestamp,
    expiresAt: cookieExpiry(consent.item),
    sources,
    notes,
  };
}

export const onetrust = {
  id: 'onetrust',
  label: 'OneTrust',
  inferred: true,
  options: OneTrustOptions,
  optionDocs: [
    {
      name: 'categories',
      description: 'OneTrust group id → canonical category, in the order OneTrust writes them.',
      default: 'C0001 necessary, C0002 statistics, C0003 preferences, C0004 marketing, C0005 social',
    },
    { name: 'version', description: 'OneTrust script version written in the cookie.', default: '202501.1.0' },
    { name: 'consentId', description: 'UUID of the consent; random when absent.', default: 'random' },
    { name: 'timeZone', description: 'Time zone the datestamp is written in (IANA name).', default: 'UTC' },
    {
      name: 'geolocation',
      description: 'Visitor country;region written as geolocation (e.g. FR;IDF); omitted when absent.',
      default: 'none',
    },
    { name: 'landingPath', description: 'landingPath field.', default: 'NotLandingPage' },
    { name: 'interactionCount', description: 'Number of banner interactions recorded.', default: '1' },
    {
      name: 'lastReconsentDate',
      description: 'The site\'s last "reconsent" date (ISO): an older decision is reported as asked again.',
      default: 'none',
    },
    { name: 'domain', description: 'Cookie domain.', default: 'the registrable domain (.example.com)' },
    { name: 'expiresDays', description: 'Days both cookies are kept.', default: '365' },
  ],
  detect(state) {
    const evidence = [CONSENT, CLOSED].filter((name) => state.cookies.some((c) => c.name === name));
    return evidence.length > 0 ? { evidence } : null;
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const groups = Object.entries(options.categories)
      .map(([id, category]) => `${id}:${choiceOf(choices, category) ? 1 : 0}`)
      .join(',');
    const flag = gpc ? '1' : '0';
    const value = serializeQuery([
      ['isGpcEnabled', flag],
      ['datestamp', jsDateString(now, options.timeZone)],
      ['version', options.version],
      ['browserGpcFlag', flag],
      ['isIABGlobal', 'false'],
      ['hosts', ''],
      ['consentId', options.consentId ?? uuidV4()],
      ['interactionCount', String(options.interactionCount)],
      ['isAnonUser', '1'],
      ['landingPath', options.landingPath],
      ['groups', groups],
      ...(options.geolocation === undefined ? [] : ([['geolocation', options.geolocation]] as const)),
      ['AwaitingReconsent', 'false'],
    ]);
    const scope = cookieScope(target, options.domain, 'site');
    const common = { scope, now, expiresDays: options.expiresDays, sameSite: 'lax' as const, secure: false };
    return {
      cookies: [
        writeCookie({ ...common, name: CONSENT, value }),
        writeCookie({ ...common, name: CLOSED, value: now.toISOString() }),
      ],
      storage: [],
      ...gpcSignal(gpc),
      notes: [
        'OneTrust is closed source: the value reproduces observed cookies. eupubconsent-v2 (TCF) is not written.',
      ],
    };
  },
} satisfies CmpAdapter<OneTrustOptions>;
