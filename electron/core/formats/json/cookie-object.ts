// One cookie object of the automation tools' JSON: Chrome DevTools protocol `Network.Cookie` (Puppeteer),
// Playwright's cookies and Selenium's `get_cookies()`. They share name/value/domain/path/httpOnly/secure/
// sameSite and differ in the expiry field (`expires`, -1 = session, vs Selenium's `expiry`, absent =
// session) and in what only Chrome has (priority, partition keys), which the jar cannot keep.
import type { CookieData } from '../../../../shared/model';
import { parseSameSite } from '../samesite';
import { Fields, isRecord, kindOf, own, readDomain, readPath, shown, wholeSeconds } from './fields';

export type Dialect = 'cdp' | 'playwright' | 'selenium';

export type CookieReading = { cookie: CookieData; notes: string[] } | { reasons: string[] };

const UNPARTITIONED = 'the jar keeps cookies unpartitioned';

function expiresOf(fields: Fields, dialect: Dialect): number | null | undefined {
  if (dialect === 'selenium') {
    // WebDriver leaves `expiry` out for a session cookie; 0 is read as session too, as in cookies.txt.
    const expiry = fields.optionalNumber('expiry');
    if (expiry === undefined) return null;
    const read = wholeSeconds(expiry, 'expiry');
    if ('reason' in read) fields.reasons.push(read.reason);
    return 'expires' in read ? read.expires || null : undefined;
  }
  // CDP says so twice: session: true and expires: -1. Any expires ≤ 0 is a session cookie (Playwright
  // accepts no other negative value, and 0 is how cookies.txt writes one).
  if (own(fields.object, 'session') === true) return null;
  const expires = fields.optionalNumber('expires');
  if (expires === undefined || expires <= 0) return null;
  const read = wholeSeconds(expires, 'expires');
  if ('reason' in read) fields.reasons.push(read.reason);
  return 'expires' in read ? read.expires : undefined;
}

/** What Chrome records about a cookie that the jar has no place for, as notes; defaults say nothing. */
function chromeNotes(object: Record<string, unknown>): string[] {
  const notes: string[] = [];
  const key = own(object, 'partitionKey');
  if (typeof key === 'string' && key !== '') {
    notes.push(`partition key ${shown(key)} dropped: ${UNPARTITIONED}`);
  } else if (isRecord(key)) {
    const site = own(key, 'topLevelSite');
    const named = typeof site === 'string' && site !== '' ? `partition key ${shown(site)}` : 'partition key';
    notes.push(`${named} dropped: ${UNPARTITIONED}`);
  }
  if (own(object, 'partitionKeyOpaque') === true)
    notes.push(`opaque partition key dropped: ${UNPARTITIONED}`);
  const priority = own(object, 'priority');
  if (typeof priority === 'string' && priority !== 'Medium') {
    notes.push(
      `priority ${shown(priority, 20)} dropped: the jar has no cookie priority (Chrome's default is Medium)`,
    );
  }
  if (own(object, 'sameParty') === true) {
    notes.push('SameParty dropped: the jar has no SameParty attribute (Chrome no longer uses it)');
  }
  // sourceScheme and sourcePort are where Chrome received the cookie from: nothing a cookie file is
  // expected to carry, so they are read past whatever they say.
  return notes;
}

/** One entry of a cookie list: a cookie (with notes on what was left behind) or the reasons it is none. */
export function readCookieObject(raw: unknown, dialect: Dialect): CookieReading {
  if (!isRecord(raw)) return { reasons: [`expected a cookie object, found ${kindOf(raw)}`] };
  const fields = new Fields(raw);
  const name = fields.string('name');
  const value = fields.string('value');
  const rawDomain = fields.string('domain');
  const rawPath = fields.optionalString('path');
  const httpOnly = fields.boolean('httpOnly');
  const secure = fields.boolean('secure');
  const expires = expiresOf(fields, dialect);

  const domain = rawDomain === undefined ? undefined : readDomain(rawDomain);
  if (domain && 'reason' in domain) fields.reasons.push(domain.reason);
  const path = readPath(rawPath);
  if ('reason' in path) fields.reasons.push(path.reason);
  const sameSite = parseSameSite(own(raw, 'sameSite'));
  if (!sameSite.ok) fields.reasons.push(sameSite.reason);

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
