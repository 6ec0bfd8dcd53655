// How cookie attributes read in the tables.
import type { CookieKey, CookieView, SameSite } from '../../../shared/model';

export function cookieKey(cookie: Pick<CookieView, 'domain' | 'path' | 'name'>): CookieKey {
  return { domain: cookie.domain, path: cookie.path, name: cookie.name };
}

/** A stable string for React keys and lookups (name + domain + path identify a cookie). */
export function cookieId(cookie: Pick<CookieView, 'domain' | 'path' | 'name'>): string {
  return JSON.stringify([cookie.domain, cookie.path, cookie.name]);
}

/** Domain cookies (sent to subdomains too) show the conventional leading dot. */
export function displayDomain(cookie: Pick<CookieView, 'domain' | 'hostOnly'>): string {
  return cookie.hostOnly ? cookie.domain : `.${cookie.domain}`;
}

export function sameSiteLabelKey(
  sameSite: SameSite,
): 'cookie.sameSiteStrict' | 'cookie.sameSiteLax' | 'cookie.sameSiteNone' | null {
  switch (sameSite) {
    case 'strict':
      return 'cookie.sameSiteStrict';
    case 'lax':
      return 'cookie.sameSiteLax';
    case 'none':
      return 'cookie.sameSiteNone';
    default:
      return null;
  }
}

/** Splits text written with blank lines between paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
