// Browser-extension cookie JSON: an array of chrome.cookies.Cookie-shaped objects (Cookie-Editor,
// EditThisCookie, Get cookies.txt LOCALLY), or "A Cookie Manager"'s {cookieManagerVersion, cookies: [...]}.
// Fields the model has no place for (storeId, EditThisCookie's id, partitionKey, firstPartyDomain) are
// read past.
import { z } from 'zod';
import type { CookieData } from '../../../shared/model';
import { locateJsonError } from './json-error';
import { assertInputSize, isExpiryInRange, ProblemList, quote, stripBom } from './limits';
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

function typeReasons(entry: Record<string, unknown>, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    if (!(key in entry) || entry[key] === undefined) return `'${key}' is missing`;
    const expected = issue.code === 'invalid_type' ? `a ${issue.expected}` : 'valid';
    return `'${key}' must be ${expected}, found ${kindOf(entry[key])}`;
  });
}

/** Unix seconds from a float expiry, or why it cannot be one. 0 means session, as in cookies.txt. */
function expiryOf(seconds: number, field: string): { expires: number | null } | { reason: string } {
  if (seconds < 0) return { reason: `'${field}' is negative` };
  const whole = Math.floor(seconds);
  if (!isExpiryInRange(whole)) return { reason: `'${field}' is too large` };
  return { expires: whole === 0 ? null : whole };
}

function expiresOf(entry: z.infer<typeof ExtensionCookie>): { expires: number | null } | { reason: string } {
  if (entry.session === true) return { expires: null };
  if (typeof entry.expirationDate === 'number') return expiryOf(entry.expirationDate, 'expirationDate');
  if (entry.expirationDate === null || entry.expires === undefined || entry.expires === null) {
    return { expires: null };
  }
  // Playwright / Puppeteer arrays say `expires` (-1 = session); reading it beats silently turning
  // every persistent cookie of such a file into a session cookie.
  if (typeof entry.expires !== 'number')
    return { reason: `'expires' must be a number, found ${kindOf(entry.expires)}` };
  return entry.expires <= 0 ? { expires: null } : expiryOf(entry.expires, 'expires');
}

/** One entry of the array: a cookie, or the reasons it cannot be one. */
export function cookieFromEntry(raw: unknown): { cookie: CookieData } | { reasons: string[] } {
  if (!isRecord(raw)) return { reasons: [`expected a cookie object, found ${kindOf(raw)}`] };
  const parsed = ExtensionCookie.safeParse(raw);
  if (!parsed.success) return { reasons: typeReasons(raw, parsed.error) };
  const entry = parsed.data;
  const reasons: string[] = [];

  const dotted = entry.domain.startsWith('.');
  const domain = (dotted ? entry.domain.slice(1) : entry.domain).toLowerCase();
  if (domain === '') reasons.push('domain is empty');
  else if (domain.startsWith('.'))
    reasons.push(`domain ${quote(entry.domain)} starts with more than one dot`);

  const path = entry.path ?? '/';
  if (!path.startsWith('/')) reasons.push(`path ${quote(path)} does not start with '/'`);

  const sameSite = parseSameSite(entry.sameSite);
  if (!sameSite.ok) reasons.push(sameSite.reason);

  const expiry = expiresOf(entry);
  if ('reason' in expiry) reasons.push(expiry.reason);

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
export function cookieListOf(value: unknown): { list: unknown[] } | { reason: string } {
  if (Array.isArray(value)) return { list: value };
  if (isRecord(value) && Array.isArray(value.cookies)) return { list: value.cookies };
  const found = isRecord(value) ? "an object without a 'cookies' array" : kindOf(value);
  return { reason: `expected a JSON array of cookies or an object with a 'cookies' array; found ${found}` };
}

/** Parses a value JSON.parse already returned (detection parses once; the text is not parsed twice). */
export function parseExtensionJsonValue(value: unknown, source: string): ParseResult {
  const problems = new ProblemList(source);
  const entries: ParsedEntry[] = [];
  const found = cookieListOf(value);
  if ('reason' in found) {
    problems.add(source, found.reason);
  } else {
    found.list.forEach((item, index) => {
      const where = `${source} entry ${index + 1}`;
      const read = cookieFromEntry(item);
      if ('cookie' in read) entries.push({ cookie: read.cookie, where });
      else problems.add(where, read.reasons.join('; '));
    });
  }
  return { format: 'json', entries, problems: problems.list() };
}

export function jsonSyntaxProblem(text: string, source: string): { where: string; reason: string } {
  const located = locateJsonError(text);
  if (!located) return { where: source, reason: 'not valid JSON' };
  return {
    where: `${source} line ${located.line} column ${located.column}`,
    reason: `not valid JSON: ${located.reason}`,
  };
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
