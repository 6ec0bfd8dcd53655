// The one place that maps tough-cookie's Cookie to the model's shapes and back.
import { Cookie as ToughCookie } from 'tough-cookie';
import type { Classification, Cookie, CookieData, CookieView, SameSite } from '../../../shared/model';
import { siteOf } from './site';

export function expiresOf(c: ToughCookie): number | null {
  return c.expires instanceof Date ? Math.floor(c.expires.getTime() / 1000) : null;
}

function sameSiteOf(c: ToughCookie): SameSite {
  const s = c.sameSite?.toLowerCase();
  return s === 'strict' || s === 'lax' || s === 'none' ? s : null;
}

export function toCookieData(c: ToughCookie): CookieData {
  return {
    name: c.key,
    value: c.value,
    domain: c.domain ?? '',
    hostOnly: c.hostOnly !== false,
    path: c.path ?? '/',
    expires: expiresOf(c),
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: sameSiteOf(c),
  };
}

export function toModel(c: ToughCookie): Cookie {
  // Field by field (no spread of toCookieData's result): the report builds one per cookie in the jar.
  const domain = c.domain ?? '';
  return {
    name: c.key,
    value: c.value,
    domain,
    hostOnly: c.hostOnly !== false,
    path: c.path ?? '/',
    expires: expiresOf(c),
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: sameSiteOf(c),
    site: siteOf(domain),
    creation: c.creation instanceof Date ? Math.floor(c.creation.getTime() / 1000) : null,
  };
}

/**
 * Built field by field, not by spreading toModel's result minus `value`: the Jar view makes 100,000 of these
 * after every change, and rest/spread copies were most of that time.
 */
export function toView(c: ToughCookie, classification: Classification): CookieView {
  const domain = c.domain ?? '';
  return {
    name: c.key,
    domain,
    hostOnly: c.hostOnly !== false,
    path: c.path ?? '/',
    expires: expiresOf(c),
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: sameSiteOf(c),
    site: siteOf(domain),
    creation: c.creation instanceof Date ? Math.floor(c.creation.getTime() / 1000) : null,
    valueLength: c.value.length,
    classification,
  };
}

/** A tough-cookie Cookie for CookieData, to be validated by CookieJar.setCookie (host-only = no Domain). */
export function fromCookieData(d: CookieData): ToughCookie {
  return new ToughCookie({
    key: d.name,
    value: d.value,
    domain: d.hostOnly ? null : d.domain,
    path: d.path,
    expires: d.expires === null ? 'Infinity' : new Date(d.expires * 1000),
    httpOnly: d.httpOnly,
    secure: d.secure,
    sameSite: d.sameSite ?? undefined,
  });
}

export function isExpired(c: ToughCookie, nowMs: number): boolean {
  return c.expires instanceof Date && c.expires.getTime() <= nowMs;
}
