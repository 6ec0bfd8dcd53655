// Selenium / WebDriver cookies: driver.get_cookies() gives, and add_cookie() takes, objects with an
// integer `expiry` (left out for a session cookie) and SameSite spelled Strict / Lax / None.
import type { Reader, Writer } from '../plugin';
import { storageLost } from '../builtin';
import { readCookieList, sniffFor } from './list';
import {
  CHROME_SAME_SITE,
  dottedDomain,
  expirySeconds,
  insecureNoneLost,
  jsonText,
  type ChromeSameSite,
} from './write-common';

export const seleniumReader: Reader = {
  id: 'selenium',
  label: 'Selenium get_cookies() (JSON)',
  kind: 'json',
  sniff: sniffFor('selenium'),
  read: (input) => readCookieList(input, 'selenium'),
  keeps:
    'name, value, domain (leading dot = subdomains), path, expiry (absent = session), Secure, HttpOnly, SameSite',
  loses: 'nothing: every field Selenium writes has a place in the jar',
};

interface SeleniumCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expiry?: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: ChromeSameSite;
}

export const seleniumWriter: Writer = {
  id: 'selenium',
  label: 'Selenium add_cookie() / get_cookies() (JSON)',
  extension: '.selenium.json',
  mediaType: 'application/json',
  needsUrl: false,
  write(data) {
    const cookies = data.cookies.map((c): SeleniumCookie => ({
      name: c.name,
      value: c.value,
      domain: dottedDomain(c),
      path: c.path,
      // WebDriver wants an integer; no expiry makes a session cookie.
      ...(c.expires === null ? {} : { expiry: expirySeconds(c.expires) }),
      httpOnly: c.httpOnly,
      secure: c.secure,
      ...(c.sameSite === null ? {} : { sameSite: CHROME_SAME_SITE[c.sameSite] }),
    }));
    const lost = [...data.cookies.flatMap(insecureNoneLost), ...storageLost(data.storage, 'Selenium JSON')];
    return { content: jsonText(cookies), lost };
  },
  keeps:
    'every cookie attribute: domain and host-only (leading dot), path, expiry (absent = session), Secure, HttpOnly, SameSite',
  loses: 'localStorage',
};
