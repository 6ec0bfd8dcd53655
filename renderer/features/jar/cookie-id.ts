// A cookie's identity in the Jar view (name + domain + path, RFC 6265 §5.3 step 11) as one string.
import type { CookieKey } from '../../../shared/model';

export function jarId(cookie: CookieKey): string {
  return JSON.stringify([cookie.domain, cookie.path, cookie.name]);
}

export function keyOf(id: string): CookieKey {
  const [domain, path, name] = JSON.parse(id) as [string, string, string];
  return { domain, path, name };
}
