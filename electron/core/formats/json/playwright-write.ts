// Writes a storageState that Playwright's browser.newContext({ storageState }) accepts as it is: its
// validator wants SameSite Strict / Lax / None (never absent) and an expiry of -1 or a positive number
// up to 9999-12-31; localStorage goes with its origin.
import { reasonFor } from '../../../../shared/problem-codes';
import type { Problem } from '../../../../shared/model';
import type { Writer } from '../plugin';
import { cookieWhere } from '../builtin';
import { playwrightReader } from './playwright';
import {
  CHROME_SAME_SITE,
  dottedDomain,
  expirySeconds,
  insecureNoneLost,
  jsonText,
  type ChromeSameSite,
} from './write-common';

/** Playwright's kMaxCookieExpiresDateInSeconds: it refuses the whole state past this. */
export const PLAYWRIGHT_MAX_EXPIRES = 253402300799;

interface PlaywrightCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: ChromeSameSite;
}

interface PlaywrightOrigin {
  origin: string;
  localStorage: { name: string; value: string }[];
}

export const playwrightWriter: Writer = {
  id: 'playwright',
  label: 'Playwright storageState (newContext({ storageState }))',
  extension: '.storage-state.json',
  mediaType: 'application/json',
  needsUrl: false,
  write(data) {
    const lost: Problem[] = [];
    const cookies = data.cookies.map((c): PlaywrightCookie => {
      lost.push(...insecureNoneLost(c));
      if (c.sameSite === null) {
        // Chrome treats an unspecified SameSite as Lax, so this is the nearest value Playwright takes.
        lost.push({ where: cookieWhere(c), ...reasonFor('LOST_PLAYWRIGHT_LAX') });
      }
      let expires = c.expires === null ? -1 : expirySeconds(c.expires);
      if (expires > PLAYWRIGHT_MAX_EXPIRES) {
        lost.push({ where: cookieWhere(c), ...reasonFor('LOST_PLAYWRIGHT_EXPIRY') });
        expires = PLAYWRIGHT_MAX_EXPIRES;
      }
      return {
        name: c.name,
        value: c.value,
        domain: dottedDomain(c),
        path: c.path,
        expires,
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: CHROME_SAME_SITE[c.sameSite ?? 'lax'],
      };
    });
    // Grouped by origin, in the order the origins first appear.
    const byOrigin = new Map<string, PlaywrightOrigin>();
    for (const entry of data.storage) {
      let group = byOrigin.get(entry.origin);
      if (!group) {
        group = { origin: entry.origin, localStorage: [] };
        byOrigin.set(entry.origin, group);
      }
      group.localStorage.push({ name: entry.name, value: entry.value });
    }
    return { content: jsonText({ cookies, origins: [...byOrigin.values()] }), lost };
  },
  keeps: playwrightReader.keeps,
  loses: 'an unspecified SameSite (written as Lax: Playwright needs a value)',
};
