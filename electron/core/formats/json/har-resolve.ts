// Turning what a HAR records into cookies as the browser stored them: a Set-Cookie line (parsed by
// tough-cookie) or a response.cookies object, resolved against the URL of the request it answered
// (default domain and path from the URL, Max-Age from "now", Domain must domain-match the host).
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import { isIP } from 'node:net';
import { Cookie as ToughCookie, defaultPath, domainMatch } from 'tough-cookie';
import type { CookieData } from '../../../../shared/model';
import { quote } from '../limits';
import { parseSameSite } from '../samesite';
import { Fields, isRecord, kindOf, own } from './fields';

/** Keeps an absurd Max-Age a number every tool reads (the jar warns past 400 days anyway). */
const LATEST_EXPIRES = 253402300799;

export function requestUrl(request: unknown): { url: URL; host: string } | Reason {
  const raw = isRecord(request) ? own(request, 'url') : undefined;
  if (typeof raw !== 'string') return reasonFor('HAR_URL_MISSING');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return reasonFor('HAR_URL_INVALID', { value: quote(raw, 60) });
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || url.hostname === '') {
    return reasonFor('HAR_URL_NOT_HTTP', { value: quote(raw, 60) });
  }
  return { url, host: url.hostname.replace(/^\[(.*)\]$/, '$1') };
}

/** Domain and host-only from a Domain attribute (already without its dot), or the host when absent. */
function scope(
  domain: string | null | undefined,
  host: string,
): { domain: string; hostOnly: boolean } | Reason {
  if (!domain) return { domain: host, hostOnly: true };
  let matches: boolean | undefined;
  try {
    matches = domainMatch(host, domain) ?? false;
  } catch {
    // tough-cookie canonicalises through the URL parser, which throws on what is no host name at all.
    return reasonFor('HAR_DOMAIN_NOT_HOST', { domain: quote(domain) });
  }
  if (!matches) {
    return reasonFor('HAR_DOMAIN_MISMATCH', { domain: quote(domain), host: quote(host) });
  }
  // Domain=<an IP address> can only name that very address, which browsers keep as a host cookie.
  return { domain, hostOnly: isIP(host) !== 0 };
}

function pathOf(path: string | null | undefined, url: URL): string {
  return path && path.startsWith('/') ? path : defaultPath(url.pathname);
}

function secondsOf(ms: number): number {
  return Math.min(LATEST_EXPIRES, Math.max(0, Math.floor(ms / 1000)));
}

/** One Set-Cookie line, as the browser would have stored it when it received it. */
export function fromSetCookie(
  line: string,
  url: URL,
  host: string,
  nowMs: number,
): { cookie: CookieData } | Reason {
  const parsed = ToughCookie.parse(line);
  if (!parsed) return reasonFor('SET_COOKIE_UNREADABLE');
  const scoped = scope(parsed.domain, host);
  if ('reason' in scoped) return scoped;
  let expires: number | null = null;
  // Max-Age wins over Expires (RFC 6265 §5.3 step 3); 0 or less means "delete now".
  // tough-cookie gives 'Infinity' / '-Infinity' for a Max-Age too long for a number.
  if (parsed.maxAge === 'Infinity') {
    expires = LATEST_EXPIRES;
  } else if (parsed.maxAge === '-Infinity') {
    expires = 0;
  } else if (typeof parsed.maxAge === 'number') {
    expires = parsed.maxAge <= 0 ? 0 : secondsOf(nowMs + parsed.maxAge * 1000);
  } else if (parsed.expires instanceof Date) {
    expires = secondsOf(parsed.expires.getTime());
  }
  const sameSite = parseSameSite(parsed.sameSite);
  return {
    cookie: {
      name: parsed.key,
      value: parsed.value,
      ...scoped,
      path: pathOf(parsed.path, url),
      expires,
      httpOnly: parsed.httpOnly,
      secure: parsed.secure,
      sameSite: sameSite.ok ? sameSite.sameSite : null,
    },
  };
}

/** One response.cookies object (HAR 1.2: name, value, path, domain, expires as an ISO date, flags). */
export function fromHarCookie(raw: unknown, url: URL, host: string): { cookie: CookieData } | Reason {
  if (!isRecord(raw)) return reasonFor('NOT_COOKIE_OBJECT', { kind: kindOf(raw) });
  const fields = new Fields(raw);
  const name = fields.string('name');
  const value = fields.string('value');
  const rawDomain = fields.optionalString('domain');
  const rawPath = fields.optionalString('path');
  const rawExpires = fields.optionalString('expires');
  const httpOnly = fields.boolean('httpOnly');
  const secure = fields.boolean('secure');
  const sameSite = parseSameSite(own(raw, 'sameSite'));
  if (!sameSite.ok) fields.reasons.push(sameSite);
  let expires: number | null = null;
  if (rawExpires !== undefined && rawExpires !== '') {
    const ms = Date.parse(rawExpires);
    if (Number.isNaN(ms))
      fields.reasons.push(reasonFor('HAR_EXPIRES_NOT_DATE', { value: quote(rawExpires) }));
    else expires = secondsOf(ms);
  }
  const scoped = scope(rawDomain?.replace(/^\./, '').toLowerCase(), host);
  if ('reason' in scoped) fields.reasons.push(scoped);
  if (
    fields.reasons.length > 0 ||
    name === undefined ||
    value === undefined ||
    'reason' in scoped ||
    !sameSite.ok
  ) {
    return joinReasons(fields.reasons);
  }
  return {
    cookie: {
      name,
      value,
      ...scoped,
      path: pathOf(rawPath, url),
      expires,
      httpOnly,
      secure,
      sameSite: sameSite.sameSite,
    },
  };
}
