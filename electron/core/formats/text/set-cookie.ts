// Raw `Set-Cookie:` response header lines (from a proxy log, curl -v, a server's code), one cookie a
// line, resolved against the URL they came from as a browser would: tough-cookie parses each line
// (strict, not loose) and a scratch jar with the jar's rules applies RFC 6265's storage model: Domain
// must domain-match the host, a missing or relative Path defaults to the URL's directory (§5.1.4),
// public suffixes and bad __Host-/__Secure- prefixes are refused, Secure needs a secure origin.
import { reasonFor, type Reason } from '../../../../shared/problem-codes';
import { problemAt } from '../limits';
import { Cookie as ToughCookie, CookieJar, MemoryCookieStore } from 'tough-cookie';
import type { CookieData } from '../../../../shared/model';
import { JAR_RULES } from '../../jar/rules';
import { toCookieData } from '../../jar/convert';
import { ProblemList, quote } from '../limits';
import type { ParsedEntry } from '../types';
import type { Reader, ReadInput, ReadOptions, ReadResult } from '../plugin';
import { afterPrefix, eachLine, firstContentLine, trimOws } from './lines';

const PREFIX = 'Set-Cookie:';
/** The latest instant a JavaScript Date holds, in seconds: Max-Age beyond it would make an invalid date. */
const MAX_DATE_SEC = 8_640_000_000_000;

function only(input: ReadInput, reason: Reason): ReadResult {
  return { cookies: [], storage: [], problems: [problemAt(input.name, input.name, reason)], notes: [] };
}

function parseUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Attribute names as written (lowercased) with their raw values: what tough-cookie silently ignored. */
function attributes(body: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of body.split(';').slice(1)) {
    const eq = part.indexOf('=');
    const name = trimOws(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    if (name !== '') found.set(name, eq < 0 ? '' : trimOws(part.slice(eq + 1)));
  }
  return found;
}

function parseFailure(body: string): Reason {
  const first = body.split(';', 1)[0] ?? '';
  if (!first.includes('=')) return reasonFor('SET_COOKIE_NO_EQUALS');
  if (trimOws(first.slice(0, first.indexOf('='))) === '') return reasonFor('SET_COOKIE_NO_NAME');
  return reasonFor('SET_COOKIE_UNPARSABLE');
}

function refusal(err: unknown, parsed: ToughCookie, host: string): Reason {
  const message = err instanceof Error ? err.message : String(err);
  if (/not in this host's domain/i.test(message)) {
    return reasonFor('SET_COOKIE_DOMAIN_MISMATCH', { domain: parsed.domain ?? '', host });
  }
  if (/public suffix/i.test(message))
    return reasonFor('SET_COOKIE_PUBLIC_SUFFIX', { domain: parsed.domain ?? '' });
  if (/__Host prefix/i.test(message)) return reasonFor('SET_COOKIE_HOST_PREFIX');
  if (/__Secure prefix/i.test(message)) return reasonFor('SECURE_PREFIX');
  if (/not a secure connection/i.test(message)) return reasonFor('SET_COOKIE_INSECURE');
  return reasonFor('TOUGH_REJECTED', { message });
}

/** Max-Age wins over Expires (RFC 6265 §5.3 step 3); ≤ 0 means expired already. */
function expiryOf(parsed: ToughCookie, nowMs: number): number | null {
  const nowSec = Math.floor(nowMs / 1000);
  if (typeof parsed.maxAge === 'number') return Math.min(nowSec + parsed.maxAge, MAX_DATE_SEC);
  return parsed.expires instanceof Date ? Math.floor(parsed.expires.getTime() / 1000) : null;
}

function notesFor(parsed: ToughCookie, attrs: Map<string, string>, cookie: CookieData): Reason[] {
  const notes: Reason[] = [];
  const expires = attrs.get('expires');
  if (expires !== undefined && !(parsed.expires instanceof Date)) {
    notes.push(reasonFor('NOTE_BAD_EXPIRES', { value: quote(expires) }));
  }
  const maxAge = attrs.get('max-age');
  if (maxAge !== undefined && typeof parsed.maxAge !== 'number') {
    notes.push(reasonFor('NOTE_BAD_MAX_AGE', { value: quote(maxAge) }));
  } else if (typeof parsed.maxAge === 'number' && parsed.maxAge <= 0) {
    notes.push(reasonFor('NOTE_MAX_AGE_DELETES', { value: parsed.maxAge }));
  }
  const sameSite = attrs.get('samesite');
  if (sameSite !== undefined && cookie.sameSite === null) {
    notes.push(reasonFor('NOTE_BAD_SAMESITE', { value: quote(sameSite) }));
  }
  if (cookie.sameSite === 'none' && !cookie.secure) notes.push(reasonFor('NOTE_SAMESITE_NONE_INSECURE'));
  for (const extension of parsed.extensions ?? []) {
    notes.push(reasonFor('NOTE_ATTRIBUTE_DROPPED', { name: quote(extension.split('=', 1)[0] ?? extension) }));
  }
  return notes;
}

function readSetCookie(input: ReadInput, options: ReadOptions): ReadResult {
  if (options.url === undefined || options.url.trim() === '') {
    return only(input, reasonFor('NEEDS_URL'));
  }
  const url = parseUrl(options.url.trim());
  if (!url) return only(input, reasonFor('BAD_URL_OPTION', { value: quote(options.url, 80) }));
  const problems = new ProblemList(input.name);
  const notes = new ProblemList(input.name);
  const cookies: ParsedEntry[] = [];
  const jar = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  const now = new Date(options.nowMs);

  eachLine(input, problems, ({ text, where }) => {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) return;
    const body = (afterPrefix(line, PREFIX) ?? line).trim();
    if (body === '') {
      problems.add(where, reasonFor('SET_COOKIE_EMPTY'));
      return;
    }
    const parsed = ToughCookie.parse(body, { loose: false });
    if (!parsed) {
      problems.add(where, parseFailure(body));
      return;
    }
    let stored: ToughCookie | undefined;
    try {
      stored = jar.setCookieSync(parsed, url.href, { now, http: true, ignoreError: false });
    } catch (err) {
      problems.add(where, refusal(err, parsed, url.hostname));
      return;
    }
    if (!stored) {
      problems.add(where, reasonFor('COOKIE_REFUSED'));
      return;
    }
    const cookie: CookieData = { ...toCookieData(stored), expires: expiryOf(stored, options.nowMs) };
    for (const note of notesFor(stored, attributes(body), cookie)) notes.add(where, note);
    cookies.push({ cookie, where });
  });
  return { cookies, storage: [], problems: problems.list(), notes: notes.list() };
}

export const setCookieReader: Reader = {
  id: 'set-cookie',
  label: 'Set-Cookie header lines',
  kind: 'text',
  sniff(input) {
    const first = firstContentLine(input);
    return first !== null && afterPrefix(first, PREFIX) !== null
      ? reasonFor('SNIFF_FIRST_LINE', { text: PREFIX })
      : null;
  },
  read: readSetCookie,
  keeps:
    'every attribute a browser keeps: Domain (or host-only), Path, Expires / Max-Age, Secure, HttpOnly, SameSite',
  loses: 'Partitioned, Priority and other extension attributes; needs the URL the lines came from (--url)',
};
