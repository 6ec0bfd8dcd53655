// Finding a platform's cookie or localStorage entry in what a site stores. A name can be there twice (host and
// domain scope, or two paths); the one that expires last is the latest written.
import type { CookieData, StorageEntry } from '../../../../shared/model';
import type { StoredState } from '../adapter';

export interface Picked<T> {
  item: T;
  notes: string[];
}

export function pickCookie(state: StoredState, name: string): Picked<CookieData> | null {
  const found = state.cookies.filter((c) => c.name === name);
  const first = found[0];
  if (first === undefined) return null;
  const latest = found.reduce((a, b) => ((b.expires ?? Infinity) > (a.expires ?? Infinity) ? b : a), first);
  const notes =
    found.length > 1
      ? [
          `${found.length} ${name} cookies are stored (${found.map((c) => `${c.domain}${c.path}`).join(', ')}); ` +
            `read the one for ${latest.domain}${latest.path}, which expires last.`,
        ]
      : [];
  return { item: latest, notes };
}

export function pickStorage(state: StoredState, name: string): Picked<StorageEntry> | null {
  const found = state.storage.filter((e) => e.name === name);
  const first = found[0];
  if (first === undefined) return null;
  const notes =
    found.length > 1
      ? [`${name} is stored for ${found.length} origins; read the one for ${first.origin}.`]
      : [];
  return { item: first, notes };
}

/** The cookie's expiry as an ISO date-time; null for a session cookie. */
export function cookieExpiry(cookie: CookieData): string | null {
  return cookie.expires === null ? null : new Date(cookie.expires * 1000).toISOString();
}
