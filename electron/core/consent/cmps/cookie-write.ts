// Writing a platform's cookie the way its script does: the domain scope (registrable domain or host), the
// expiry counted from the encode clock, SameSite and Secure as the platform sets them.
import { z } from 'zod';
import { CrumbsError } from '../../../../shared/errors';
import type { ConsentTarget } from '../../../../shared/consent';
import type { CookieData } from '../../../../shared/model';

export { gpcSignal, isHttps } from './gpc';

export interface CookieScope {
  domain: string;
  hostOnly: boolean;
}

/** The `domain` option: a host or parent domain; a leading dot is accepted and dropped. */
export const DomainOption = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^\./, ''))
  .pipe(z.string().regex(/^[a-z0-9.-]+$/, 'a domain is letters, digits, dots and dashes'))
  .optional();

/** Days a cookie is kept; browsers cap expiry at 400 days. */
export function expiresDaysOption(days: number) {
  return z.number().int().min(1).max(400).default(days);
}

function isIpOrBare(host: string): boolean {
  return !host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':');
}

/**
 * Where the cookie goes. An explicit `domain` must cover the page's host, or the browser drops the cookie and
 * the banner comes back: that is refused here, naming the option. Without one, the platform's own default:
 * the registrable domain (`site`, as a Domain cookie for all subdomains) or the page's host only.
 */
export function cookieScope(
  target: ConsentTarget,
  domain: string | undefined,
  fallback: 'site' | 'host',
): CookieScope {
  const host = target.host.toLowerCase();
  if (domain !== undefined) {
    if (host !== domain && !host.endsWith(`.${domain}`)) {
      throw new CrumbsError(
        'VALIDATION',
        `domain: "${domain}" does not cover the host "${host}"; the browser would refuse the cookie.`,
      );
    }
    return { domain, hostOnly: isIpOrBare(domain) };
  }
  if (fallback === 'site' && !isIpOrBare(target.site))
    return { domain: target.site.toLowerCase(), hostOnly: false };
  return { domain: host, hostOnly: true };
}

export interface CookieWrite {
  name: string;
  value: string;
  scope: CookieScope;
  now: Date;
  expiresDays: number;
  sameSite: CookieData['sameSite'];
  secure: boolean;
  path?: string;
}

/** A cookie as the jar holds it: expiry in unix seconds, counted from the encode clock. */
export function writeCookie(spec: CookieWrite): CookieData {
  return {
    name: spec.name,
    value: spec.value,
    domain: spec.scope.domain,
    hostOnly: spec.scope.hostOnly,
    path: spec.path ?? '/',
    expires: Math.floor(spec.now.getTime() / 1000) + spec.expiresDays * 86_400,
    httpOnly: false,
    secure: spec.secure,
    sameSite: spec.sameSite,
  };
}
