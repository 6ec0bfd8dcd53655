// Checks the jar applies on top of tough-cookie's own (public suffixes, prefixes, domain match), with
// reasons a person can act on.
import { reasonFor, type Reason } from '../../../shared/problem-codes';
import { isIP } from 'node:net';
import type { CookieData } from '../../../shared/model';
import { MAX_EXPIRES_SEC } from '../formats/limits';

/** RFC 6265 §6.1 minimum that browsers honour for name + value. */
export const MAX_COOKIE_BYTES = 4096;

// Control characters cannot be sent back in a Cookie header; ';' would end the pair early. One scan each
// (control characters, ';', and '=' in a name).
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[\u0000-\u0008\u000a-\u001f\u007f;=]/;
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f;]/;

// Letters, digits, '-' and '_' (seen in real host names), no empty label ("domain..tld").
const HOST_LABEL = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]{0,62})$/u;

const ASCII_HOST = /^[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*$/;
const hostNames = new Map<string, boolean>();

/** Cached: an import has many cookies per domain. */
function isHostName(domain: string): boolean {
  let ok = hostNames.get(domain);
  if (ok === undefined) {
    // Most names are plain ASCII: test those with a cheap expression before the Unicode-aware one.
    ok =
      ASCII_HOST.test(domain) ||
      isIP(domain) !== 0 ||
      domain.split('.').every((label) => HOST_LABEL.test(label));
    if (hostNames.size > 100_000) hostNames.clear();
    hostNames.set(domain, ok);
  }
  return ok;
}

export function checkCookie(c: CookieData): string | null {
  return checkCookieReason(c)?.reason ?? null;
}

/** checkCookie's answer, coded (shared/problem-codes.ts). */
export function checkCookieReason(c: CookieData): Reason | null {
  if (!c.domain) return reasonFor('CHECK_DOMAIN_EMPTY');
  if (!isHostName(c.domain)) return reasonFor('CHECK_NOT_HOST', { domain: c.domain });
  if (!c.path.startsWith('/')) return reasonFor('CHECK_PATH', { path: c.path });
  if (c.expires !== null && !(Number.isSafeInteger(c.expires) && Math.abs(c.expires) <= MAX_EXPIRES_SEC)) {
    return reasonFor('CHECK_EXPIRY');
  }
  if (BAD_NAME.test(c.name)) return reasonFor('CHECK_NAME');
  if (BAD_VALUE.test(c.value)) return reasonFor('CHECK_VALUE');
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short pairs need no exact count.
  if ((c.name.length + c.value.length) * 3 <= MAX_COOKIE_BYTES) return null;
  const size = Buffer.byteLength(c.name) + Buffer.byteLength(c.value);
  if (size > MAX_COOKIE_BYTES) return reasonFor('CHECK_SIZE', { size, max: MAX_COOKIE_BYTES });
  return null;
}

/** The URL a browser would have received this cookie from: https, so Secure cookies are accepted. */
export function originUrl(c: CookieData): string {
  const host = isIP(c.domain) === 6 ? `[${c.domain}]` : c.domain;
  return `https://${host}${c.path}`;
}
