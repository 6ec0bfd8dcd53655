// Which cookies a client sends to one URL, and in what order: tough-cookie decides (domain match, path
// match, Secure, order per RFC 6265 §5.4), not a second implementation that could drift from it. The
// Cookie-header and curl writers use this, and anything else that needs "what would go to this URL".
import {
  canonicalDomain,
  CookieJar,
  domainMatch,
  MemoryCookieStore,
  pathMatch,
  type Cookie as ToughCookie,
} from 'tough-cookie';
import { CrumbsError } from '../../../../shared/errors';
import type { CookieData } from '../../../../shared/model';
import { fromCookieData } from '../../jar/convert';
import { JAR_RULES } from '../../jar/rules';
import { checkCookie, originUrl } from '../../jar/validate';
import { quote } from '../limits';

export interface NotSent {
  cookie: CookieData;
  reason: string;
}

export interface ForUrl {
  /** In the order a Cookie header lists them: longer paths first, then earlier creation (input order). */
  sent: CookieData[];
  notSent: NotSent[];
}

const SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Parses the URL cookies are wanted for; throws VALIDATION with a reason a person can act on. */
export function requestUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CrumbsError(
      'VALIDATION',
      `${quote(url, 80)} is not a URL: give one like https://www.example.com/`,
    );
  }
  if (!SCHEMES.has(parsed.protocol)) {
    throw new CrumbsError(
      'VALIDATION',
      `cookies are sent over http, https, ws and wss, not ${parsed.protocol.replace(/:$/, '')}`,
    );
  }
  return parsed;
}

function canonical(domain: string): string | null {
  try {
    return canonicalDomain(domain) ?? null;
  } catch {
    return null;
  }
}

/** Why the scratch jar refused a cookie, in words that say what is wrong with it. */
function refusal(err: unknown, cookie: CookieData): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/public suffix/i.test(message)) return `domain ${cookie.domain} is a public suffix: no site may set it`;
  if (/__Host prefix/i.test(message)) return 'a __Host- cookie must be Secure, host-only and have path "/"';
  if (/__Secure prefix/i.test(message)) return 'a __Secure- cookie must be Secure';
  if (/invalid url/i.test(message)) return `domain ${quote(cookie.domain)} is not a host name`;
  return `the jar would refuse it: ${message}`;
}

function keyOf(domain: string | null, path: string | null, name: string): string {
  return `${domain ?? ''}\u0000${path ?? ''}\u0000${name}`;
}

/**
 * Splits cookies into those sent to `url` (ordered as in the Cookie header) and those not, each with its
 * reason. A cookie the jar itself would refuse (bad __Host- prefix, public suffix, ';' in the value) is
 * not sent. Cookies are taken as created in input order, which decides between equal path lengths.
 * Throws VALIDATION when `url` is not an http(s)/ws(s) URL.
 */
export function cookiesForUrl(cookies: CookieData[], url: string, nowSec: number): ForUrl {
  const target = requestUrl(url);
  const host = canonical(target.hostname);
  const path = target.pathname || '/';
  const jar = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  // One creation time for all: the RFC's tie-break then falls to tough-cookie's creationIndex, input order.
  const now = new Date(nowSec * 1000);
  const reasons = new Map<number, string>();
  const stored = new Map<number, ToughCookie>();
  /** Which input index holds each name/domain/path now: a later duplicate replaces an earlier one. */
  const holder = new Map<string, number>();

  cookies.forEach((cookie, index) => {
    const domain = canonical(cookie.domain);
    // Cookies of other hosts cannot be sent; skipping the jar for them keeps a whole-jar export fast.
    if (
      host === null ||
      domain === null ||
      !(cookie.hostOnly ? domain === host : domainMatch(host, domain, false))
    ) {
      const shown = cookie.hostOnly ? `${cookie.domain} (host only)` : cookie.domain;
      reasons.set(index, `domain ${shown} does not match ${host ?? target.hostname}`);
      return;
    }
    const invalid = checkCookie(cookie);
    if (invalid) {
      reasons.set(index, `the jar would refuse it: ${invalid}`);
      return;
    }
    try {
      // Expiry is checked below against nowSec: getCookies only knows the wall clock.
      const put = jar.setCookieSync(fromCookieData({ ...cookie, expires: null }), originUrl(cookie), {
        now,
        http: true,
        ignoreError: false,
      });
      if (!put) throw new Error('the cookie was refused');
      stored.set(index, put);
      holder.set(keyOf(put.domain, put.path, put.key), index);
    } catch (err) {
      reasons.set(index, refusal(err, cookie));
    }
  });

  const sentIndexes: number[] = [];
  for (const found of jar.getCookiesSync(target.href, { http: true, expire: false, sort: true })) {
    const index = holder.get(keyOf(found.domain, found.path, found.key));
    if (index === undefined) continue;
    const cookie = cookies[index];
    if (cookie && cookie.expires !== null && cookie.expires <= nowSec) {
      reasons.set(index, expiredReason(cookie.expires));
      continue;
    }
    sentIndexes.push(index);
  }
  const sentSet = new Set(sentIndexes);
  const notSent: NotSent[] = [];
  cookies.forEach((cookie, index) => {
    if (sentSet.has(index)) return;
    const put = stored.get(index);
    const reason =
      reasons.get(index) ??
      (put
        ? unsentReason(cookie, put, holder.get(keyOf(put.domain, put.path, put.key)) !== index, target, path)
        : null) ??
      'tough-cookie does not send it to this URL';
    notSent.push({ cookie, reason });
  });
  return { sent: sentIndexes.flatMap((i) => cookies[i] ?? []), notSent };
}

function expiredReason(expires: number): string {
  const at = new Date(expires * 1000);
  // An absurd expiry (long before year -271821) has no date to show.
  return Number.isNaN(at.getTime()) ? `expired (expiry ${expires} s)` : `expired at ${at.toISOString()}`;
}

/** The reason a stored cookie was not returned (the domain already matched before it was stored). */
function unsentReason(
  cookie: CookieData,
  put: ToughCookie,
  replaced: boolean,
  target: URL,
  path: string,
): string | null {
  if (replaced) return 'a later cookie with the same name, domain and path replaces it';
  if (!pathMatch(path, put.path ?? '/')) return `path ${cookie.path} does not match ${path}`;
  if (cookie.secure) return `Secure: not sent over ${target.protocol.replace(/:$/, '')}`;
  return null;
}
