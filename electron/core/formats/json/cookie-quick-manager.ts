// Cookie Quick Manager (Firefox add-on) JSON export: an array of objects whose values are all strings,
// keyed "Host raw" (scheme + Firefox's cookie domain + path, e.g. "https://.example.com/"), "Name raw",
// "Path raw", "Content raw", "Expires raw" (Unix seconds, "0" for a session cookie), "Send for raw"
// (Secure), "HTTP only raw", "SameSite raw", "This domain only raw", "Store raw", "First Party Domain".
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { CookieData } from '../../../../shared/model';
import type { ParsedEntry } from '../types';
import type { Reader, ReadInput, ReadResult } from '../plugin';
import { quote } from '../limits';
import { parseSameSite } from '../samesite';
import {
  Fields,
  isRecord,
  jsonOf,
  kindOf,
  own,
  readDomain,
  readPath,
  Report,
  shown,
  wholeSeconds,
} from './fields';
import { sniffFor } from './list';

const SESSION_WORDS = new Set(['', '0', 'at the end of the session']);

/** "true" / "false" as the add-on writes them (real booleans too, from hand-edited files). */
function flag(fields: Fields, key: string): boolean {
  const value = own(fields.object, key);
  if (value === undefined || value === null || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  fields.reasons.push(
    reasonFor('CQM_FLAG', { field: key, found: typeof value === 'string' ? quote(value) : kindOf(value) }),
  );
  return false;
}

function expiresOf(fields: Fields): number | null | undefined {
  const raw = own(fields.object, 'Expires raw');
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number') {
    const read = wholeSeconds(raw, 'Expires raw');
    if ('reason' in read) fields.reasons.push(read);
    return 'expires' in read ? read.expires || null : undefined;
  }
  if (typeof raw !== 'string') {
    fields.reasons.push(reasonFor('CQM_EXPIRES_TYPE', { kind: kindOf(raw) }));
    return undefined;
  }
  const text = raw.trim();
  if (SESSION_WORDS.has(text.toLowerCase())) return null;
  if (!/^\d+(\.\d+)?$/.test(text)) {
    fields.reasons.push(reasonFor('CQM_EXPIRES_TEXT', { value: quote(raw) }));
    return undefined;
  }
  const read = wholeSeconds(Number(text), 'Expires raw');
  if ('reason' in read) fields.reasons.push(read);
  return 'expires' in read ? read.expires || null : undefined;
}

/** "https://.example.com/path" → ".example.com" and "/path"; a bare ".example.com" is taken as it is. */
function splitHost(raw: string): { host: string; path: string | undefined } {
  const rest = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = rest.indexOf('/');
  return slash === -1
    ? { host: rest, path: undefined }
    : { host: rest.slice(0, slash), path: rest.slice(slash) };
}

function readEntry(raw: unknown): { cookie: CookieData; notes: Reason[] } | { reasons: Reason[] } {
  if (!isRecord(raw)) return { reasons: [reasonFor('NOT_COOKIE_OBJECT', { kind: kindOf(raw) })] };
  const fields = new Fields(raw);
  const hostRaw = fields.string('Host raw');
  const name = fields.string('Name raw');
  const value = fields.string('Content raw');
  const pathRaw = fields.optionalString('Path raw');
  const expires = expiresOf(fields);
  const secure = flag(fields, 'Send for raw');
  const httpOnly = flag(fields, 'HTTP only raw');
  const sameSite = parseSameSite(own(raw, 'SameSite raw'));
  if (!sameSite.ok) fields.reasons.push(sameSite);
  const split = hostRaw === undefined ? undefined : splitHost(hostRaw);
  // Firefox writes a domain cookie's domain with its leading dot, and "Host raw" carries it. The
  // add-on's "This domain only raw" flag has been written inverted by some of its versions, so the dot
  // decides and the flag is not read.
  const domain = split === undefined ? undefined : readDomain(split.host);
  if (domain && 'reason' in domain) fields.reasons.push(domain);
  const path = readPath(pathRaw ?? split?.path);
  if ('reason' in path) fields.reasons.push(path);

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
  const notes: Reason[] = [];
  const firstParty = own(raw, 'First Party Domain');
  if (typeof firstParty === 'string' && firstParty !== '') {
    notes.push(reasonFor('NOTE_FIRST_PARTY', { domain: shown(firstParty) }));
  }
  const store = own(raw, 'Store raw');
  if (typeof store === 'string' && store !== '' && store !== 'firefox-default') {
    notes.push(reasonFor('NOTE_FIREFOX_STORE', { store: shown(store, 60) }));
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
    notes,
  };
}

export function readCookieQuickManager(input: ReadInput): ReadResult {
  const json = jsonOf(input);
  if ('failed' in json) return json.failed;
  const report = new Report(input.name);
  const cookies: ParsedEntry[] = [];
  if (!Array.isArray(json.value)) {
    report.problem(input.name, reasonFor('NOT_CQM_LIST', { kind: kindOf(json.value) }));
  } else {
    json.value.forEach((raw, index) => {
      const where = `${input.name} entry ${index + 1}`;
      const read = readEntry(raw);
      if ('reasons' in read) {
        report.problem(where, joinReasons(read.reasons));
        return;
      }
      cookies.push({ cookie: read.cookie, where });
      for (const note of read.notes) report.note(where, note);
    });
  }
  return { cookies, storage: [], problems: report.problems.list(), notes: report.notes.list() };
}

export const cookieQuickManagerReader: Reader = {
  id: 'cookie-quick-manager',
  label: 'Cookie Quick Manager (Firefox add-on JSON)',
  kind: 'json',
  sniff: sniffFor('cookie-quick-manager'),
  read: (input) => readCookieQuickManager(input),
  keeps:
    'name, value, domain (leading dot = subdomains), path, expiry ("0" = session), Secure, HttpOnly, SameSite',
  loses: 'the Firefox store (container, private window) and first-party domain, with a note',
};
