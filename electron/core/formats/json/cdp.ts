// Chrome DevTools protocol / Puppeteer cookies: page.cookies() and Network.getAllCookies give
// Network.Cookie objects; page.setCookie() and Network.setCookies take Network.CookieParam, which this
// writer produces (the fields both share, so the file also reads back here).
import type { Writer, Reader } from '../plugin';
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

export const cdpReader: Reader = {
  id: 'cdp',
  label: 'Chrome DevTools protocol / Puppeteer cookies (JSON)',
  kind: 'json',
  sniff: sniffFor('cdp'),
  read: (input) => readCookieList(input, 'cdp'),
  keeps:
    'name, value, domain (leading dot = subdomains), path, expires (-1 = session), Secure, HttpOnly, SameSite',
  loses:
    'partition keys (the cookie is kept unpartitioned, with a note), priority other than Medium, SameParty',
};

interface CdpCookieParam {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: ChromeSameSite;
}

export const cdpWriter: Writer = {
  id: 'cdp',
  label: 'Chrome DevTools protocol / Puppeteer cookies (page.setCookie, Network.setCookies)',
  extension: '.cdp.json',
  mediaType: 'application/json',
  needsUrl: false,
  write(data) {
    const cookies = data.cookies.map((c): CdpCookieParam => ({
      name: c.name,
      value: c.value,
      domain: dottedDomain(c),
      path: c.path,
      expires: c.expires === null ? -1 : expirySeconds(c.expires),
      httpOnly: c.httpOnly,
      secure: c.secure,
      // Left out when unspecified: Chrome then applies its default, as it did for the original cookie.
      ...(c.sameSite === null ? {} : { sameSite: CHROME_SAME_SITE[c.sameSite] }),
    }));
    const lost = [
      ...data.cookies.flatMap(insecureNoneLost),
      ...storageLost(data.storage, 'Chrome DevTools protocol / Puppeteer JSON'),
    ];
    return { content: jsonText(cookies), lost };
  },
  keeps:
    'every cookie attribute: domain and host-only (leading dot), path, expiry (-1 = session), Secure, HttpOnly, SameSite',
  loses: 'localStorage',
};
