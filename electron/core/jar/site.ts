import { getPublicSuffix } from 'tough-cookie';
import { CrumbsError } from '../../../shared/errors';

const cache = new Map<string, string>();

/** The site a domain belongs to: its registrable domain (eTLD+1); an IP address or a bare host stands for itself. */
export function siteOf(domain: string): string {
  const d = domain.replace(/^\./, '').toLowerCase();
  let site = cache.get(d);
  if (site === undefined) {
    site = getPublicSuffix(d, { allowSpecialUseDomain: true, ignoreError: true }) ?? d;
    if (cache.size > 50_000) cache.clear();
    cache.set(d, site);
  }
  return site;
}

/** Accepts what a user types for a site — "www.paris.fr", ".paris.fr", "https://paris.fr/x" — and gives the site. */
export function normalizeSite(input: string): string {
  let host = input.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      throw new CrumbsError('VALIDATION', `"${input}" is not a site or a URL.`);
    }
  }
  host = host
    .replace(/^\.+/, '')
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  if (!host || /[\s/\\?#@]/.test(host)) throw new CrumbsError('VALIDATION', `"${input}" is not a site name.`);
  return siteOf(host);
}

/** The site of a localStorage origin ("https://www.paris.fr:8443" → "paris.fr"). */
export function siteOfOrigin(origin: string): string {
  try {
    return siteOf(new URL(origin).hostname.replace(/^\[(.*)\]$/, '$1'));
  } catch {
    return origin;
  }
}
