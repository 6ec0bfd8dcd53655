// Browser-extension cookie JSON: an array of chrome.cookies.Cookie-shaped objects (Cookie-Editor,
// EditThisCookie, Get cookies.txt LOCALLY), or "A Cookie Manager"'s {cookieManagerVersion, cookies: [...]}.
// Fields the model has no place for (storeId, EditThisCookie's id, partitionKey, firstPartyDomain) are
// read past.
import { joinReasons, reasonFor, type Reason } from '../../../shared/problem-codes';
import { z } from 'zod';
import type { CookieData, Problem } from '../../../shared/model';
import { locateCodedJsonError } from './json-error';
import { assertInputSize, isExpiryInRange, problemAt, ProblemList, quote, stripBom } from './limits';
import { parseSameSite, toExtensionSameSite, type ExtensionSameSite } from './samesite';
import type { ParsedEntry, ParseResult } from './types';

const ExtensionCookie = z.object({
  name: z.string(),
  value: z.string(),
  domain: z.string(),
  path: z.string().optional(),
  hostOnly: z.boolean().optional(),
  httpOnly: z.boolean().optional(),
  secure: z.boolean().optional(),
  session: z.boolean().optional(),
  expirationDate: z.number().nullable().optional(),
  // Checked by hand: read only when expirationDate is absent.
  expires: z.unknown().optional(),
  sameSite: z.unknown().optional(),
});

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // JSON.parse gives Infinity for 1e999: "must be a number, found a number" would puzzle anyone.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to hold';
  return `a ${typeof value}`;
}

function typeReasons(entry: Record<string, unknown>, error: z.ZodError): Reason[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    if (!(key in entry) || entry[key] === undefined) return reasonFor('FIELD_MISSING', { field: key });
    const expected = issue.code === 'invalid_type' ? `a ${issue.expected}` : 'valid';
    return reasonFor('FIELD_TYPE', { field: key, expected, kind: kindOf(entry[key]) });
  });
}

/** Unix seconds from a float expiry, or why it cannot be one. 0 means session, as in cookies.txt. */
function expiryOf(seconds: number, field: string): { expires: number | null } | Reason {
  if (seconds < 0) return reasonFor('FIELD_NEGATIVE', { field });
  const whole = Math.floor(seconds);
  if (!isExpiryInRange(whole)) return reasonFor('FIELD_TOO_LARGE', { field });
  return { expires: whole === 0 ? null : whole };
}

function expiresOf(entry: z.infer<typeof ExtensionCookie>): { expires: number | null } | Reason {
  if (entry.session === true) return { expires: null };
  if (typeof entry.expirationDate === 'number') return expiryOf(entry.expirationDate, 'expirationDate');
  if (entry.expirationDate === null || entry.expires === undefined || entry.expires === null) {
    return { expires: null };
  }
  // Playwright / Puppeteer arrays say `expires` (-1 = session); reading it beats silently turning
  // every persistent cookie of such a file into a session cookie.
  if (typeof entry.expires !== 'number')
    return reasonFor('FIELD_TYPE', { field: 'expires', expected: 'a number', kind: kindOf(entry.expires) });
  return entry.expires <= 0 ? { expires: null } : expiryOf(entry.expires, 'expires');
}

/** One entry of the array: a cookie, or the reasons it cannot be one. */
export function cookieFromEntry(raw: unknown): { cookie: CookieData } | { reasons: Reason[] } {
  if (!isRecord(raw)) return { reasons: [reasonFor('NOT_COOKIE_OBJECT', { kind: kindOf(raw) })] };
  const parsed = ExtensionCookie.safeParse(raw);
  if (!parsed.success) return { reasons: typeReasons(raw, parsed.error) };
  const entry = parsed.data;
  const reasons: Reason[] = [];

  const dotted = entry.domain.startsWith('.');
  const domain = (dotted ? entry.domain.slice(1) : entry.domain).toLowerCase();
  if (domain === '') reasons.push(reasonFor('DOMAIN_EMPTY'));
  else if (domain.startsWith('.')) reasons.push(reasonFor('DOMAIN_DOTS', { value: quote(entry.domain) }));

  const path = entry.path ?? '/';
  if (!path.startsWith('/')) reasons.push(reasonFor('PATH_NO_SLASH', { value: quote(path) }));

  const sameSite = parseSameSite(entry.sameSite);
  if (!sameSite.ok) reasons.push(sameSite);

  const expiry = expiresOf(entry);
  if ('reason' in expiry) reasons.push(expiry);

  if (reasons.length > 0 || !sameSite.ok || !('expires' in expiry)) return { reasons };
  return {
    cookie: {
      name: entry.name,
      value: entry.value,
      domain,
      // A leading dot means a domain cookie whatever hostOnly says (chrome.cookies never writes a dot on
      // a host-only cookie); without hostOnly, the dot is all there is to go by.
      hostOnly: dotted ? false : (entry.hostOnly ?? true),
      path,
      expires: expiry.expires,
      httpOnly: entry.httpOnly ?? false,
      secure: entry.secure ?? false,
      sameSite: sameSite.sameSite,
    },
  };
}

/** The cookie list inside an already-parsed JSON value, or why there is none. */
export function cookieListOf(value: unknown): { list: unknown[] } | Reason {
  if (Array.isArray(value)) return { list: value };
  if (isRecord(value) && Array.isArray(value.cookies)) return { list: value.cookies };
  return reasonFor('NOT_COOKIE_LIST', { kind: isRecord(value) ? 'object-without-cookies' : kindOf(value) });
}

/** Parses a value JSON.parse already returned (detection parses once; the text is not parsed twice). */
export function parseExtensionJsonValue(value: unknown, source: string): ParseResult {
  const problems = new ProblemList(source);
  const entries: ParsedEntry[] = [];
  const found = cookieListOf(value);
  if ('reason' in found) {
    problems.add(source, found);
  } else {
    found.list.forEach((item, index) => {
      const where = `${source} entry ${index + 1}`;
      const read = cookieFromEntry(item);
      if ('cookie' in read) entries.push({ cookie: read.cookie, where });
      else problems.add(where, joinReasons(read.reasons));
    });
  }
  return { format: 'json', entries, problems: problems.list() };
}

export function jsonSyntaxProblem(text: string, source: string): Problem {
  const located = locateCodedJsonError(text);
  if (!located) return problemAt(source, source, reasonFor('JSON_INVALID'));
  return problemAt(
    `${source} line ${located.line} column ${located.column}`,
    source,
    reasonFor('JSON_INVALID_AT', {}, [located.why]),
  );
}

export function parseExtensionJson(text: string, source: string): ParseResult {
  assertInputSize(text, source);
  const body = stripBom(text);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { format: 'json', entries: [], problems: [jsonSyntaxProblem(body, source)] };
  }
  return parseExtensionJsonValue(value, source);
}

interface ExtensionCookieOut {
  domain: string;
  expirationDate?: number;
  hostOnly: boolean;
  httpOnly: boolean;
  name: string;
  path: string;
  sameSite: ExtensionSameSite;
  secure: boolean;
  session: boolean;
  storeId: null;
  value: string;
}

/**
 * Writes a Cookie-Editor-compatible array, keys in Cookie-Editor's order. An expiry at or before 1970 is
 * written as 1 (long expired): 0 would read back as a session cookie.
 */
export function serializeExtensionJson(cookies: CookieData[]): string {
  const out = cookies.map((cookie): ExtensionCookieOut => {
    const expiry = cookie.expires === null ? {} : { expirationDate: Math.max(1, Math.floor(cookie.expires)) };
    return {
      domain: cookie.hostOnly ? cookie.domain : `.${cookie.domain}`,
      ...expiry,
      hostOnly: cookie.hostOnly,
      httpOnly: cookie.httpOnly,
      name: cookie.name,
      path: cookie.path,
      sameSite: toExtensionSameSite(cookie.sameSite),
      secure: cookie.secure,
      session: cookie.expires === null,
      storeId: null,
      value: cookie.value,
    };
  });
  return `${JSON.stringify(out, null, 4)}\n`;
}
