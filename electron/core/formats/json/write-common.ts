// What the automation-tool writers (Playwright, CDP / Puppeteer, Selenium) share: the leading-dot domain
// convention, Chrome's SameSite spelling, expiries they accept, and what Chromium refuses on arrival.
import { reasonFor } from '../../../../shared/problem-codes';
import type { CookieData, Problem } from '../../../../shared/model';
import { cookieWhere } from '../builtin';

export type ChromeSameSite = 'Strict' | 'Lax' | 'None';

export const CHROME_SAME_SITE: Record<'strict' | 'lax' | 'none', ChromeSameSite> = {
  strict: 'Strict',
  lax: 'Lax',
  none: 'None',
};

/** These tools read a leading dot as "subdomains too" and a bare host as host-only. */
export function dottedDomain(cookie: CookieData): string {
  return cookie.hostOnly ? cookie.domain : `.${cookie.domain}`;
}

/**
 * Whole seconds, at least 1: 0 and negative numbers mean "session" to these tools, and an expiry at or
 * before 1970 is long expired either way.
 */
export function expirySeconds(expires: number): number {
  return Math.max(1, Math.floor(expires));
}

/** Chromium (Chrome, and Playwright's and Puppeteer's Chromium) drops SameSite=None cookies without Secure. */
export function insecureNoneLost(cookie: CookieData): Problem[] {
  if (cookie.sameSite !== 'none' || cookie.secure) return [];
  return [{ where: cookieWhere(cookie), ...reasonFor('LOST_INSECURE_NONE') }];
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
