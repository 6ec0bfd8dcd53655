// Axeptio (closed): `axeptio_cookies` holds JSON {"$$token","$$date","$$cookiesVersion":{name,identifier},
// "$$completed":true,"<vendor>":bool…} written through js-cookie (so `"`, `,` and spaces are escaped while
// `{`, `}`, `:` and `$` stay), next to `axeptio_authorized_vendors` and `axeptio_all_vendors`, comma lists
// wrapped in commas (`%2Cgoogle_analytics%2C`). Consent lasts 180 days by default (userCookiesDuration); the
// widget returns while `$$completed` is not true. Observed captures store the cookies on the page's host.
import { z } from 'zod';
import type { CmpAdapter, StoredState } from '../adapter';
import { CanonicalCategory, choiceOf, mixedNote, rollUp, uniformReading } from './category-rollup';
import { cookieExpiry, pickCookie } from './cookie-read';
import { cookieScope, DomainOption, expiresDaysOption, gpcSignal, writeCookie } from './cookie-write';
import { axeptioToken } from './ids';
import { isoFromDateText, isRecord, parseFlag, parseJsonLenient } from './lenient-values';
import { decodeRepeatedly, jsCookieEncode } from './percent-encoding';

/** A vendor id as Axeptio writes it (spaces happen: "Google Conversion Linker"); `$$` keys are its own. */
const VendorId = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^(?!\$\$)[^,"\\;]+$/,
    'a vendor id without commas, quotes, semicolons or backslashes, not starting with $$',
  );

export const AxeptioOptions = z.object({
  services: z.record(VendorId, CanonicalCategory).default(() => ({})),
  cookiesVersion: z.object({ name: z.string().min(1).max(200), identifier: z.string().max(100) }).optional(),
  token: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, dots, dashes and underscores')
    .optional(),
  cookieName: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, _ and -')
    .default('axeptio_cookies'),
  domain: DomainOption,
  expiresDays: expiresDaysOption(180),
});
export type AxeptioOptions = z.output<typeof AxeptioOptions>;

/** Sites that rename the cookie (`axeptio_cookies_en`) rename the vendor lists with the same suffix. */
function names(cookieName: string) {
  const suffix = cookieName.startsWith('axeptio_cookies') ? cookieName.slice('axeptio_cookies'.length) : '';
  return {
    main: cookieName,
    authorized: `axeptio_authorized_vendors${suffix}`,
    all: `axeptio_all_vendors${suffix}`,
  };
}

/** JSON with Axeptio's own keys first, then the vendors in the order of the services option. */
function orderedJson(pairs: ReadonlyArray<readonly [string, unknown]>): string {
  return `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
}

function readList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return decodeRepeatedly(value)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function decode(state: StoredState, options: AxeptioOptions) {
  const n = names(options.cookieName);
  const main = pickCookie(state, n.main);
  const authorized = pickCookie(state, n.authorized);
  const all = pickCookie(state, n.all);
  if (main === null && authorized === null && all === null) return null;
  const notes = [main, authorized, all].flatMap((p) => p?.notes ?? []);
  const sources = [main && n.main, authorized && n.authorized, all && n.all].filter(
    (s): s is string => s !== null,
  );
  const json = main === null ? undefined : parseJsonLenient(decodeRepeatedly(main.item.value));
  const services: Record<string, boolean> = {};
  if (isRecord(json)) {
    for (const [key, value] of Object.entries(json)) {
      const flag = key.startsWith('$$') ? null : parseFlag(value);
      if (flag !== null) services[key] = flag;
    }
    if (parseFlag(json.$$completed) !== true)
      notes.push('$$completed is not true: Axeptio shows the widget again.');
    const version = json.$$cookiesVersion;
    const wanted = options.cookiesVersion;
    if (
      wanted !== undefined &&
      isRecord(version) &&
      (version.name !== wanted.name || version.identifier !== wanted.identifier)
    ) {
      notes.push("Written for another cookiesVersion than the site's: Axeptio may ask again (inferred).");
    }
  } else {
    if (main !== null) notes.push(`${n.main} is not readable JSON.`);
    notes.push(`Choices read from the vendor lists (${n.authorized}, ${n.all}).`);
    const accepted = new Set(readList(authorized?.item.value));
    for (const id of new Set([...readList(all?.item.value), ...accepted])) services[id] = accepted.has(id);
  }
  const entries: Array<{ category: CanonicalCategory; value: boolean | null }> = [];
  const unmapped: string[] = [];
  for (const [id, value] of Object.entries(services)) {
    const category = options.services[id];
    if (category === undefined) unmapped.push(id);
    else entries.push({ category, value });
  }
  let { categories, mixed } = rollUp(entries);
  categories.necessary = true;
  if (entries.length === 0) {
    const uniform = uniformReading(Object.values(services));
    if (uniform !== null) {
      categories = uniform;
      notes.push(
        `No vendor is mapped: every vendor is ${uniform.marketing ? 'accepted' : 'refused'}, so is every category.`,
      );
    }
    mixed = [];
  }
  if (unmapped.length > 0 && entries.length > 0) notes.push(`Vendors not mapped: ${unmapped.join(', ')}.`);
  const absent = Object.keys(options.services).filter((id) => !(id in services));
  if (absent.length > 0)
    notes.push(`Vendors with no answer: ${absent.join(', ')}: Axeptio asks about them again (inferred).`);
  notes.push(...mixedNote(mixed));
  return {
    categories,
    ...(Object.keys(services).length > 0 ? { services } : {}),
    decidedAt: isRecord(json) ? isoFromDateText(json.$$date) : null,
    expiresAt: main === null ? null : cookieExpiry(main.item),
    sources,
    notes,
  };
}

export const axeptio = {
  id: 'axeptio',
  label: 'Axeptio',
  inferred: true,
  options: AxeptioOptions,
  optionDocs: [
    {
      name: 'services',
      description:
        'Axeptio vendor id → canonical category; every vendor of the site must be listed or Axeptio asks again.',
      default: 'none',
    },
    {
      name: 'cookiesVersion',
      description: "The site's cookiesVersion {name, identifier} (axeptioSettings.cookiesVersion).",
      default: 'none: written as {}',
    },
    { name: 'token', description: '$$token (anonymous visitor id); random when absent.', default: 'random' },
    {
      name: 'cookieName',
      description: 'Name of the consent cookie (userCookiesName); vendor lists take the same suffix.',
      default: 'axeptio_cookies',
    },
    { name: 'domain', description: 'Cookie domain (userCookiesDomain).', default: 'the host only' },
    { name: 'expiresDays', description: 'Days the cookies are kept (userCookiesDuration).', default: '180' },
  ],
  detect(state) {
    const evidence = state.cookies
      .map((c) => c.name)
      .filter((name) => /^axeptio_(cookies|authorized_vendors|all_vendors)/.test(name));
    return evidence.length > 0 ? { evidence: [...new Set(evidence)] } : null;
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const n = names(options.cookieName);
    const vendors = Object.entries(options.services).map(
      ([id, category]) => [id, choiceOf(choices, category)] as const,
    );
    const json = orderedJson([
      ['$$token', options.token ?? axeptioToken()],
      ['$$date', now.toISOString()],
      ['$$cookiesVersion', options.cookiesVersion ?? {}],
      ['$$completed', true],
      ...vendors,
    ]);
    const list = (ids: string[]) => jsCookieEncode(`,${ids.join(',')},`);
    const scope = cookieScope(target, options.domain, 'host');
    const write = (name: string, value: string) =>
      // Observed captures carry no SameSite and no Secure: js-cookie's defaults.
      writeCookie({
        name,
        value,
        scope,
        now,
        expiresDays: options.expiresDays,
        sameSite: null,
        secure: false,
      });
    const notes = ['Axeptio is closed source: the values reproduce observed cookies.'];
    if (vendors.length === 0) {
      notes.push(
        'No vendor is configured (services option): the site will ask about its vendors. axeptio_all_vendors of a real visit lists them.',
      );
    }
    if (options.cookiesVersion === undefined)
      notes.push('No cookiesVersion given: $$cookiesVersion is written as {}.');
    return {
      cookies: [
        write(n.main, jsCookieEncode(json)),
        write(n.authorized, list(vendors.filter(([, on]) => on).map(([id]) => id))),
        write(n.all, list(vendors.map(([id]) => id))),
      ],
      storage: [],
      ...gpcSignal(gpc),
      notes,
    };
  },
} satisfies CmpAdapter<AxeptioOptions>;
