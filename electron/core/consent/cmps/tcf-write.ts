// Where TCF-family CMPs (the generic TCF writer, Didomi) put their values: first-party cookies on the
// site's base domain, or localStorage of the page's origin; and how they are found again when decoding.
import { isIP } from 'node:net';
import type { ConsentTarget } from '../../../../shared/consent';
import type { CookieData, StorageEntry } from '../../../../shared/model';
import type { StoredState } from '../adapter';
export { gpcSignal as gpcExtras } from './gpc';

export interface Placement {
  storage: 'cookie' | 'localStorage';
  /** Cookie scope; null = the site's registrable domain (how Didomi and most TCF CMPs scope it). */
  domain: string | null;
  expiresDays: number;
}

export interface Written {
  cookies: CookieData[];
  storage: StorageEntry[];
  notes: string[];
}

function isHostName(domain: string): boolean {
  // An IP address or a single label (localhost) cannot carry a Domain attribute: the cookie is host-only.
  return isIP(domain) !== 0 || !domain.includes('.');
}

export function writeValues(
  values: { name: string; value: string }[],
  placement: Placement,
  target: ConsentTarget,
  now: Date,
): Written {
  const notes: string[] = [];
  if (placement.storage === 'localStorage') {
    return {
      cookies: [],
      storage: values.map((v) => ({ origin: target.origin, name: v.name, value: v.value })),
      notes,
    };
  }
  const host = target.host.toLowerCase();
  let domain = (placement.domain ?? target.site).toLowerCase().replace(/^\./, '');
  if (host !== domain && !host.endsWith(`.${domain}`)) {
    notes.push(
      `domain ${domain} does not cover host ${host}: a browser would refuse the cookie on that page`,
    );
  }
  const hostOnly = isHostName(domain);
  if (hostOnly) domain = host;
  const expires = Math.floor(now.getTime() / 1000) + placement.expiresDays * 86_400;
  // Secure only where the page is https: a Secure cookie set over plain http would never be stored.
  const secure = target.origin.startsWith('https:');
  const cookies = values.map((v): CookieData => ({
    name: v.name,
    value: v.value,
    domain,
    hostOnly,
    path: '/',
    expires,
    httpOnly: false,
    secure,
    sameSite: 'lax',
  }));
  return { cookies, storage: [], notes };
}

export interface Found {
  value: string;
  /** "cookie euconsent-v2 (.example.com)" or "localStorage euconsent-v2 (https://www.example.com)". */
  source: string;
  /** Unix seconds; null for session cookies and localStorage. */
  expires: number | null;
  /** How many entries carried the name (several domains or paths). */
  count: number;
}

/**
 * The first cookie with one of the names (in the order given), else the localStorage entry. With several
 * cookies of one name the one that lives longest is taken: the most recently written, as CMPs refresh it.
 */
export function findStored(state: StoredState, names: readonly string[]): Found | null {
  for (const name of names) {
    const cookies = state.cookies.filter((c) => c.name === name);
    if (cookies.length > 0) {
      const best = cookies.reduce((a, b) => ((b.expires ?? 0) > (a.expires ?? 0) ? b : a));
      const scope = best.hostOnly ? best.domain : `.${best.domain}`;
      return {
        value: best.value,
        source: `cookie ${name} (${scope})`,
        expires: best.expires,
        count: cookies.length,
      };
    }
    const entries = state.storage.filter((s) => s.name === name);
    const entry = entries[0];
    if (entry) {
      return {
        value: entry.value,
        source: `localStorage ${name} (${entry.origin})`,
        expires: null,
        count: entries.length,
      };
    }
  }
  return null;
}

export function isoFromSeconds(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
