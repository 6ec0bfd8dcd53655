// Valid jars for the round trips, and the way into and out of a real core: the generated jar goes in as
// a browser-extension JSON file and a Playwright storageState written here by hand (not by the code
// under test), and a jar comes out as its cookies and localStorage without creation times.
import fc from 'fast-check';
import { getPublicSuffix } from 'tough-cookie';
import type { Core } from '../../../electron/core';
import type { CookieData, SameSite, StorageEntry } from '../../../shared/model';

export const NOW_SEC = Math.floor(Date.now() / 1000);
const DAY = 86_400;

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,4}[a-z0-9])?$/);
// Registrable names only: random labels sometimes spell a public suffix of the PSL's private section
// (js.org, 0.com …), where a domain cookie is rightly refused.
export const hostName = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 2 }), fc.constantFrom('com', 'org', 'net', 'fr'))
  .map(([labels, tld]) => [...labels, tld].join('.'))
  .filter((domain) => getPublicSuffix(domain) !== undefined);

// A cookie name: no '=' or ';', and no __Host- / __Secure- prefix (those have rules of their own).
const cookieName = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/).filter((n) => !n.startsWith('__'));
// Printable text without ';' (it would end the pair), with spaces, quotes, commas and non-ASCII.
const VALUE_CHARS = [...' !"#$%&\'()*+,-./0123456789:<=>?@ABCXYZ[\\]^_`abcxyz{|}~', 'é', '€', '😀'];
const cookieValue = fc
  .array(fc.constantFrom(...VALUE_CHARS), { maxLength: 24 })
  .map((chars) => chars.join(''));

export function cookieData(sameSites: readonly SameSite[]): fc.Arbitrary<CookieData> {
  return fc
    .record({
      name: cookieName,
      value: cookieValue,
      domain: hostName,
      hostOnly: fc.boolean(),
      path: fc.constantFrom('/', '/a/b'),
      // Whole seconds, at least an hour ahead and inside the 400 days browsers allow.
      expires: fc.option(fc.integer({ min: NOW_SEC + 3600, max: NOW_SEC + 399 * DAY }), { nil: null }),
      httpOnly: fc.boolean(),
      secure: fc.boolean(),
      sameSite: fc.constantFrom(...sameSites),
    })
    .map((c) => (c.sameSite === 'none' ? { ...c, secure: true } : c)); // browsers refuse None without Secure
}

export function jarOf(sameSites: readonly SameSite[]): fc.Arbitrary<CookieData[]> {
  return fc.uniqueArray(cookieData(sameSites), {
    minLength: 1,
    maxLength: 12,
    selector: (c) => `${c.domain}\u0000${c.path}\u0000${c.name}`,
  });
}

const origin = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    hostName,
    fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: null }),
  )
  .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`);

export const storageOf: fc.Arbitrary<StorageEntry[]> = fc.uniqueArray(
  fc.record({ origin, name: fc.string({ maxLength: 10 }), value: fc.string({ maxLength: 30 }) }),
  { maxLength: 6, selector: (e) => `${e.origin}\u0000${e.name}` },
);

const EXTENSION_SAME_SITE = { strict: 'strict', lax: 'lax', none: 'no_restriction' } as const;

/** The jar as Cookie-Editor writes it (chrome.cookies shape), built here, not by Crumbs' writer. */
export function extensionFile(cookies: CookieData[]): string {
  return JSON.stringify(
    cookies.map((c) => ({
      domain: c.hostOnly ? c.domain : `.${c.domain}`,
      hostOnly: c.hostOnly,
      name: c.name,
      value: c.value,
      path: c.path,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite === null ? 'unspecified' : EXTENSION_SAME_SITE[c.sameSite],
      session: c.expires === null,
      ...(c.expires === null ? {} : { expirationDate: c.expires }),
      storeId: '0',
    })),
  );
}

/** localStorage as a storageState with no cookies, grouped by origin. */
export function storageFile(storage: StorageEntry[]): string {
  const origins = [...new Set(storage.map((e) => e.origin))].map((o) => ({
    origin: o,
    localStorage: storage.filter((e) => e.origin === o).map(({ name, value }) => ({ name, value })),
  }));
  return JSON.stringify({ cookies: [], origins });
}

const cookieKey = (c: CookieData): string => `${c.domain}\u0000${c.path}\u0000${c.name}`;
const byKey = (a: CookieData, b: CookieData): number => (cookieKey(a) < cookieKey(b) ? -1 : 1);
const storageKey = (e: StorageEntry): string => `${e.origin}\u0000${e.name}`;

/** The core's jar as data: cookies without creation time or derived site, storage, both in key order. */
export function contents(core: Core): { cookies: CookieData[]; storage: StorageEntry[] } {
  return {
    cookies: core
      .cookies()
      .map(({ name, value, domain, hostOnly, path, expires, httpOnly, secure, sameSite }) => ({
        name,
        value,
        domain,
        hostOnly,
        path,
        expires,
        httpOnly,
        secure,
        sameSite,
      }))
      .sort(byKey),
    storage: [...core.storage()].sort((a, b) => (storageKey(a) < storageKey(b) ? -1 : 1)),
  };
}

export function normalised(cookies: CookieData[], storage: StorageEntry[] = []) {
  return {
    cookies: [...cookies].sort(byKey),
    storage: [...storage].sort((a, b) => (storageKey(a) < storageKey(b) ? -1 : 1)),
  };
}

/** Empties a core between runs through its own API (deleting every site), as a user would. */
export async function empty(core: Core): Promise<void> {
  for (const { site } of await core.client['sites.list']({})) await core.client['sites.delete']({ site });
  if (core.cookies().length > 0 || core.storage().length > 0) throw new Error('the jar did not empty');
}
