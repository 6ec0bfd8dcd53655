// One cookie object of the automation tools' JSON: Chrome DevTools protocol `Network.Cookie` (Puppeteer),
// Playwright's cookies and Selenium's `get_cookies()`. They share name/value/domain/path/httpOnly/secure/
// sameSite and differ in the expiry field (`expires`, -1 = session, vs Selenium's `expiry`, absent =
// session) and in what only Chrome has (priority, partition keys), which the jar cannot keep.
import { reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { CookieData } from '../../../../shared/model';
import { parseSameSite } from '../samesite';
import { Fields, isRecord, kindOf, own, readDomain, readPath, shown, wholeSeconds } from './fields';

export type Dialect = 'cdp' | 'playwright' | 'selenium';

export type CookieReading = { cookie: CookieData; notes: Reason[] } | { reasons: Reason[] };

function expiresOf(fields: Fields, dialect: Dialect): number | null | undefined {
  if (dialect === 'selenium') {
    // WebDriver leaves `expiry` out for a session cookie; 0 is read as session too, as in cookies.txt.
    const expiry = fields.optionalNumber('expiry');
    if (expiry === undefined) return null;
    const read = wholeSeconds(expiry, 'expiry');
    if ('reason' in read) fields.reasons.push(read);
    return 'expires' in read ? read.expires || null : undefined;
  }
  // CDP says so twice: session: true and expires: -1. Any expires ≤ 0 is a session cookie (Playwright
  // accepts no other negative value, and 0 is how cookies.txt writes one).
  if (own(fields.object, 'session') === true) return null;
  const expires = fields.optionalNumber('expires');
  if (expires === undefined || expires <= 0) return null;
  const read = wholeSeconds(expires, 'expires');
  if ('reason' in read) fields.reasons.push(read);
  return 'expires' in read ? read.expires : undefined;
}

/** What Chrome records about a cookie that the jar has no place for, as notes; defaults say nothing. */
function chromeNotes(object: Record<string, unknown>): Reason[] {
  const notes: Reason[] = [];
  const key = own(object, 'partitionKey');
  if (typeof key === 'string' && key !== '') {
    notes.push(reasonFor('NOTE_PARTITION_KEY', { key: shown(key) }));
  } else if (isRecord(key)) {
    const site = own(key, 'topLevelSite');
    notes.push(
      reasonFor('NOTE_PARTITION_KEY', { key: typeof site === 'string' && site !== '' ? shown(site) : '' }),
    );
  }
  if (own(object, 'partitionKeyOpaque') === true) notes.push(reasonFor('NOTE_OPAQUE_PARTITION_KEY'));
  const priority = own(object, 'priority');
  if (typeof priority === 'string' && priority !== 'Medium') {
    notes.push(reasonFor('NOTE_PRIORITY', { priority: shown(priority, 20) }));
  }
  if (own(object, 'sameParty') === true) notes.push(reasonFor('NOTE_SAME_PARTY'));
  // sourceScheme and sourcePort are where Chrome received the cookie from: nothing a cookie file is
  // expected to carry, so they are read past whatever they say.
  return notes;
}

/** One entry of a cookie list: a cookie (with notes on what was left behind) or the reasons it is none. */
export function readCookieObject(raw: unknown, dialect: Dialect): CookieReading {
  if (!isRecord(raw)) return { reasons: [reasonFor('NOT_COOKIE_OBJECT', { kind: kindOf(raw) })] };
  const fields = new Fields(raw);
  const name = fields.string('name');
  const value = fields.string('value');
  const rawDomain = fields.string('domain');
  const rawPath = fields.optionalString('path');
  const httpOnly = fields.boolean('httpOnly');
  const secure = fields.boolean('secure');
  const expires = expiresOf(fields, dialect);

  const domain = rawDomain === undefined ? undefined : readDomain(rawDomain);
  if (domain && 'reason' in domain) fields.reasons.push(domain);
  const path = readPath(rawPath);
  if ('reason' in path) fields.reasons.push(path);
  const sameSite = parseSameSite(own(raw, 'sameSite'));
  if (!sameSite.ok) fields.reasons.push(sameSite);

  if (
    fields.reasons.length > 0 ||
    name === undefined ||
    value === undefined ||
    !domain ||
    'reason' in domain ||
    'reason' in path ||
    !sameSite.ok ||
    expires === undefined
  ) {
    return { reasons: fields.reasons };
  }
  return {
    cookie: {
      name,
      value,
      domain: domain.domain,
      hostOnly: domain.hostOnly,
      path: path.path,
      expires,
      httpOnly,
      secure,
      sameSite: sameSite.sameSite,
    },
    notes: dialect === 'selenium' ? [] : chromeNotes(raw),
  };
}
