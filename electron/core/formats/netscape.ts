// Netscape / Mozilla cookies.txt, as curl, wget, yt-dlp and browser extensions read and write it:
// one cookie a line, 7 TAB-separated fields
//   domain  include-subdomains  path  secure  expiry  name  value
// `#HttpOnly_` before the domain marks an HttpOnly cookie (curl); every other `#` line is a comment.
import { joinReasons, reasonFor, type Reason } from '../../../shared/problem-codes';
import { CrumbsError } from '../../../shared/errors';
import type { CookieData } from '../../../shared/model';
import {
  assertInputSize,
  isExpiryInRange,
  isOverLineLimit,
  MAX_LINE_BYTES,
  ProblemList,
  quote,
  stripBom,
  utf8Length,
} from './limits';
import type { ParsedEntry, ParseResult } from './types';
import { readPlainLine } from './netscape-plain';

export const NETSCAPE_HEADER = '# Netscape HTTP Cookie File';
export const HTTPONLY_PREFIX = '#HttpOnly_';

export type NetscapeLine =
  | { kind: 'blank' }
  | { kind: 'comment'; text: string }
  /** 7 fields, or 6 when the value is missing entirely (read as an empty value). */
  | { kind: 'cookie'; fields: string[]; spaced: boolean }
  | ({ kind: 'malformed' } & Reason);

/** Sorts one line (without its line break) into blank, comment, cookie fields or malformed. */
export function classifyNetscapeLine(raw: string): NetscapeLine {
  // Leading spaces occur in hand-edited files and curl skips them. Leading tabs are kept: a line that
  // starts with a tab has an empty domain, and saying so beats reading the fields shifted by one.
  const line = raw.charCodeAt(0) === 32 ? raw.replace(/^ +/, '') : raw;
  if (line.trim() === '') return { kind: 'blank' };
  if (line.startsWith('#') && !line.startsWith(HTTPONLY_PREFIX)) return { kind: 'comment', text: line };
  if (line.includes('\t')) {
    const fields = line.split('\t');
    if (fields.length === 7 || fields.length === 6) return { kind: 'cookie', fields, spaced: false };
    return { kind: 'malformed', ...reasonFor('NETSCAPE_TAB_COUNT', { count: fields.length }) };
  }
  // Lenient on purpose: some exporters (and copy-paste through editors) turn the tabs into spaces, which
  // breaks curl and yt-dlp. Without tabs, exactly 7 space-separated words (or 6: an empty value) can only
  // be the 7 fields; any other count is ambiguous (a value with spaces) and stays a problem.
  const words = line.trim().split(/ +/);
  if (words.length === 7 || words.length === 6) return { kind: 'cookie', fields: words, spaced: true };
  return { kind: 'malformed', ...reasonFor('NETSCAPE_NO_TABS', { count: words.length }) };
}

export function parseFlag(field: string): boolean | null {
  // The spellings curl writes, before the case-insensitive comparison.
  if (field === 'TRUE') return true;
  if (field === 'FALSE') return false;
  const upper = field.toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : null;
}

const SESSION: { readonly expires: null } = Object.freeze({ expires: null });
const DIGITS = /^\d+$/;

function parseExpiry(field: string): { expires: number | null } | Reason {
  if (field === '0') return SESSION;
  // Plain whole seconds (the common case): up to 15 digits Number() is exact; the range check still applies.
  if (field.length < 16 && DIGITS.test(field)) {
    const seconds = Number(field);
    if (isExpiryInRange(seconds)) return seconds === 0 ? SESSION : { expires: seconds };
  }
  if (/^\d+(\.\d*)?$/.test(field)) {
    // Some exporters write fractional seconds: round down, as the jar keeps whole seconds.
    const seconds = Math.floor(Number(field));
    if (!isExpiryInRange(seconds)) return reasonFor('EXPIRY_TOO_LARGE', { value: quote(field) });
    return { expires: seconds === 0 ? null : seconds };
  }
  if (/^-\d+(\.\d*)?$/.test(field)) {
    return reasonFor('EXPIRY_NEGATIVE', { value: quote(field) });
  }
  return reasonFor('EXPIRY_NOT_NUMBER', { value: quote(field) });
}

const same = (text: string) => text;

/**
 * Turns the 6 or 7 fields of a cookie line into a cookie, or the reasons it cannot be one. `intern` gives
 * one string for equal domains and paths, so the jar's maps compare them by identity, not by content.
 */
export function cookieFromFields(
  fields: string[],
  intern: (text: string) => string = same,
): { cookie: CookieData } | { reasons: Reason[] } {
  const [domainField = '', subdomainsField = '', path = '', secureField = '', expiryField = '', name = ''] =
    fields;
  const value = fields[6] ?? '';
  const reasons: Reason[] = [];

  const httpOnly = domainField.startsWith(HTTPONLY_PREFIX);
  const hostField = httpOnly ? domainField.slice(HTTPONLY_PREFIX.length) : domainField;
  const dotted = hostField.startsWith('.');
  const domain = (dotted ? hostField.slice(1) : hostField).toLowerCase();
  if (domain === '') reasons.push(reasonFor('DOMAIN_EMPTY'));
  else if (domain.startsWith('.')) reasons.push(reasonFor('DOMAIN_DOTS', { value: quote(hostField) }));

  const includeSubdomains = parseFlag(subdomainsField);
  if (includeSubdomains === null) {
    reasons.push(reasonFor('SUBDOMAINS_FLAG', { value: quote(subdomainsField) }));
  }
  if (path === '') reasons.push(reasonFor('PATH_EMPTY'));
  else if (!path.startsWith('/')) reasons.push(reasonFor('PATH_NO_SLASH', { value: quote(path) }));

  const secure = parseFlag(secureField);
  if (secure === null) reasons.push(reasonFor('SECURE_FLAG', { value: quote(secureField) }));

  const expiry = parseExpiry(expiryField);
  if ('reason' in expiry) reasons.push(expiry);

  if (reasons.length > 0 || includeSubdomains === null || secure === null || !('expires' in expiry)) {
    return { reasons };
  }
  // includeSubdomains and the leading dot should agree, but exporters derive one or the other (some from
  // the dot, some from hostOnly). Either one saying "domain cookie" makes it one: a leading dot with FALSE
  // is still a domain cookie (browsers store a dotted domain only for Domain= cookies), and TRUE without
  // a dot is too. The disagreement is not reported: it is common and the meaning is clear.
  const hostOnly = !(includeSubdomains || dotted);
  return {
    cookie: {
      name,
      value,
      domain: intern(domain),
      hostOnly,
      path: intern(path),
      expires: expiry.expires,
      httpOnly,
      secure,
      sameSite: null,
    },
  };
}

/** Splits on LF, CRLF or a lone CR (old Mac files): no field may hold a line break. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

export function parseNetscape(text: string, source: string): ParseResult {
  assertInputSize(text, source);
  const problems = new ProblemList(source);
  const entries: ParsedEntry[] = [];
  const body = stripBom(text);
  // A file has many cookies per domain and few paths: one string each (memory, and fast map look-ups).
  const strings = new Map<string, string>();
  const intern = (t: string) => {
    const known = strings.get(t);
    if (known !== undefined) return known;
    strings.set(t, t);
    return t;
  };
  const lines = splitLines(body);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (isOverLineLimit(line)) {
      problems.add(
        `${source} line ${index + 1}`,
        reasonFor('LINE_TOO_LONG', { bytes: utf8Length(line), limit: MAX_LINE_BYTES / 1024 }),
      );
      continue;
    }
    const plain = readPlainLine(line, intern);
    if (plain) {
      entries.push({ cookie: plain, line: index + 1 });
      continue;
    }
    const sorted = classifyNetscapeLine(line);
    if (sorted.kind === 'malformed') problems.add(`${source} line ${index + 1}`, sorted);
    if (sorted.kind !== 'cookie') continue;
    const read = cookieFromFields(sorted.fields, intern);
    if ('cookie' in read) entries.push({ cookie: read.cookie, line: index + 1 });
    else problems.add(`${source} line ${index + 1}`, joinReasons(read.reasons));
  }
  return { format: 'netscape', entries, problems: problems.list() };
}

export function unwritableReason(cookie: CookieData): string | null {
  return unwritableCode(cookie)?.reason ?? null;
}

/** unwritableReason, coded. */
export function unwritableCode(cookie: CookieData): Reason | null {
  const breaks = /[\t\r\n]/;
  if (breaks.test(cookie.name)) return reasonFor('UNWRITABLE_NAME');
  if (breaks.test(cookie.value)) return reasonFor('UNWRITABLE_VALUE');
  if (breaks.test(cookie.path) || !cookie.path.startsWith('/')) return reasonFor('UNWRITABLE_PATH');
  if (!/^[^\s#.]\S*$/.test(cookie.domain)) return reasonFor('UNWRITABLE_DOMAIN');
  return null;
}

/**
 * Writes cookies.txt as curl does: header, tabs, `#HttpOnly_`, LF line endings. The leading dot and
 * include-subdomains both say !hostOnly, so every reader agrees. Session cookies get expiry 0. An expiry
 * at or before 1970 is written as 1 (long expired) since 0 would turn it into a session cookie.
 * `now` (Unix seconds) only dates the header comment. Throws VALIDATION for a cookie the format cannot hold.
 */
export function serializeNetscape(cookies: CookieData[], options: { now?: number } = {}): string {
  const now = options.now ?? Date.now() / 1000;
  const lines = [
    NETSCAPE_HEADER,
    '# https://curl.se/docs/http-cookies.html',
    `# Written by Crumbs on ${new Date(Math.floor(now) * 1000).toISOString()}. Edit at your own risk.`,
    '',
  ];
  for (const cookie of cookies) {
    const unwritable = unwritableReason(cookie);
    if (unwritable) {
      throw new CrumbsError(
        'VALIDATION',
        `The cookie ${quote(cookie.name)} of ${cookie.domain || '(no domain)'} cannot be written to cookies.txt: ${unwritable}.`,
        { name: cookie.name, domain: cookie.domain },
      );
    }
    const expiry = cookie.expires === null ? 0 : Math.max(1, Math.floor(cookie.expires));
    lines.push(
      [
        `${cookie.httpOnly ? HTTPONLY_PREFIX : ''}${cookie.hostOnly ? '' : '.'}${cookie.domain}`,
        cookie.hostOnly ? 'FALSE' : 'TRUE',
        cookie.path,
        cookie.secure ? 'TRUE' : 'FALSE',
        String(expiry),
        cookie.name,
        cookie.value,
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
