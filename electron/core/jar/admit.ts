// Whether the jar may take a cookie: tough-cookie's verdict (public suffix, domain match, host-only,
// prefixes) in words a person can act on.
import { reasonFor, type Reason } from '../../../shared/problem-codes';
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
): (data: CookieData) => { cookie: ToughCookie } | Refusal {
  // One verdict per domain, kept apart for host-only and domain cookies (no joined key per cookie).
  const hostVerdicts = new Map<string, { domain: string } | Refusal>();
  const domainVerdicts = new Map<string, { domain: string } | Refusal>();
  const decide = (data: CookieData): { domain: string } | Refusal => {
    if (PLAIN_HOST.test(data.domain) && !NUMERIC.test(data.domain)) {
      if (data.hostOnly) return { domain: data.domain };
      try {
        const suffix = getPublicSuffix(data.domain, { allowSpecialUseDomain: true, ignoreError: false });
        if (suffix == null) return refusal(new Error('public suffix'));
        return { domain: data.domain };
      } catch (err) {
        return refusal(err);
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
      if (probe?.domain) return { domain: probe.domain };
      const refused = reasonFor('COOKIE_REFUSED');
      return { error: refused.reason, why: refused };
    } catch (err) {
      return refusal(err);
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
    if (data.name.startsWith('__Secure-') && !data.secure) return refusal(new Error('__Secure prefix'));
    if (data.name.startsWith('__Host-') && !(data.secure && data.hostOnly && data.path === '/')) {
      return refusal(new Error('__Host prefix'));
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

/** Why the jar refuses a cookie: the English `error`, and `why`, the same coded. */
export interface Refusal {
  error: string;
  why: Reason;
}

function refusal(err: unknown): Refusal {
  const why = reasonCodeOf(err);
  return { error: why.reason, why };
}

export function reasonOf(err: unknown): string {
  return reasonCodeOf(err).reason;
}

/** reasonOf, coded: tough-cookie's own message, when it is none of these, travels as a param. */
export function reasonCodeOf(err: unknown): Reason {
  const message = err instanceof Error ? err.message : String(err);
  // tough-cookie's wording, made to say what the user can do about it.
  if (/public suffix/i.test(message)) return reasonFor('PUBLIC_SUFFIX');
  if (/__Host prefix/i.test(message)) return reasonFor('HOST_PREFIX');
  if (/__Secure prefix/i.test(message)) return reasonFor('SECURE_PREFIX');
  if (/domain/i.test(message)) return reasonFor('DOMAIN_MISMATCH', { message });
  return reasonFor('TOUGH_REJECTED', { message });
}
