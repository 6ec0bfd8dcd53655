// Whether the jar may take a cookie: tough-cookie's verdict (public suffix, domain match, host-only,
// prefixes) in words a person can act on.
import { Cookie as ToughCookie, getPublicSuffix, type CookieJar } from 'tough-cookie';
import type { CookieData } from '../../../shared/model';
import { originUrl } from './validate';

/** Lower-case ASCII host names, which canonicalDomain leaves unchanged. Addresses go the slow way. */
const PLAIN_HOST = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const NUMERIC = /^[\d.]+$/;

/**
 * tough-cookie decides whether a cookie may be stored (public suffix, domain match, host-only) from its
 * domain alone, so each domain is decided once; the rules that depend on the cookie itself (the
 * __Secure-/__Host- prefixes, tough-cookie's prefixSecurity 'strict') are applied per cookie as
 * tough-cookie words them. For plain ASCII names the domain rule is tough-cookie's own, called directly
 * (setCookie checks the public suffix only when a Domain is given; a cookie's own host always domain-
 * matches); anything else (IDN, IPv6) goes through CookieJar.setCookie with a probe cookie. A property
 * test holds both paths to setCookie's verdicts.
 */
export function admitter(
  scratch: CookieJar,
  now: Date,
): (data: CookieData) => { cookie: ToughCookie } | { error: string } {
  // One verdict per domain, kept apart for host-only and domain cookies (no joined key per cookie).
  const hostVerdicts = new Map<string, { domain: string } | { error: string }>();
  const domainVerdicts = new Map<string, { domain: string } | { error: string }>();
  const decide = (data: CookieData): { domain: string } | { error: string } => {
    if (PLAIN_HOST.test(data.domain) && !NUMERIC.test(data.domain)) {
      if (data.hostOnly) return { domain: data.domain };
      try {
        const suffix = getPublicSuffix(data.domain, { allowSpecialUseDomain: true, ignoreError: false });
        if (suffix == null) return { error: reasonOf(new Error('public suffix')) };
        return { domain: data.domain };
      } catch (err) {
        return { error: reasonOf(err) };
      }
    }
    try {
      const probe = scratch.setCookieSync(
        new ToughCookie({
          key: 'crumbs-probe',
          value: '',
          domain: data.hostOnly ? null : data.domain,
          path: '/',
        }),
        originUrl({ ...data, path: '/' }),
        { ignoreError: false, http: true, now },
      );
      return probe?.domain ? { domain: probe.domain } : { error: 'the cookie was refused' };
    } catch (err) {
      return { error: reasonOf(err) };
    }
  };
  return (data) => {
    const verdicts = data.hostOnly ? hostVerdicts : domainVerdicts;
    let verdict = verdicts.get(data.domain);
    if (!verdict) {
      verdict = decide(data);
      verdicts.set(data.domain, verdict);
    }
    if ('error' in verdict) return verdict;
    if (data.name.startsWith('__Secure-') && !data.secure)
      return { error: reasonOf(new Error('__Secure prefix')) };
    if (data.name.startsWith('__Host-') && !(data.secure && data.hostOnly && data.path === '/')) {
      return { error: reasonOf(new Error('__Host prefix')) };
    }
    const cookie = new ToughCookie({
      key: data.name,
      value: data.value,
      domain: verdict.domain,
      path: data.path,
      expires: data.expires === null ? 'Infinity' : new Date(data.expires * 1000),
      httpOnly: data.httpOnly,
      secure: data.secure,
      hostOnly: data.hostOnly,
      creation: now,
      lastAccessed: now,
      ...(data.sameSite ? { sameSite: data.sameSite } : {}),
    });
    return { cookie };
  };
}

export function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // tough-cookie's wording, made to say what the user can do about it.
  if (/public suffix/i.test(message))
    return 'its domain is a public suffix (like "com" or "co.uk"): no site may set it';
  if (/__Host prefix/i.test(message)) return 'a __Host- cookie must be Secure, host-only and have path "/"';
  if (/__Secure prefix/i.test(message)) return 'a __Secure- cookie must be Secure';
  if (/domain/i.test(message)) return `its domain does not match the host it claims: ${message}`;
  return message;
}
