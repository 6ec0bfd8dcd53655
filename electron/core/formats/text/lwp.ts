// libwww-perl / Python LWPCookieJar files:
//   #LWP-Cookies-2.0
//   Set-Cookie3: sid="a b"; path="/"; domain=".example.com"; path_spec; secure; expires="2026-01-01 00:00:00Z"; HttpOnly=None; version=0
// A leading dot on domain (or Python's domain_dot flag) makes a domain cookie; otherwise host-only.
// `discard`, or no expires, is a session cookie. Python ignores lines it does not know and reads a bad
// expiry as a session cookie; Crumbs reports both instead, since a silently changed cookie is the failure
// users complain about most.
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { CookieData, SameSite } from '../../../../shared/model';
import { ProblemList, quote } from '../limits';
import type { ParsedEntry } from '../types';
import type { Reader, ReadInput, ReadResult } from '../plugin';
import { parseSameSite } from '../samesite';
import { eachLine, firstContentLine } from './lines';
import { isoToUnix, splitHeaderWords, type HeaderPair } from './lwp-syntax';

const MAGIC = '#LWP-Cookies-';
const LINE_PREFIX = 'Set-Cookie3:';
const FLAGS = new Set(['port_spec', 'path_spec', 'domain_dot', 'secure', 'discard']);
const VALUES = new Set(['version', 'port', 'path', 'domain', 'expires', 'comment', 'commenturl']);

interface Attributes {
  flags: Set<string>;
  values: Map<string, string>;
  /** Python's "rest": HttpOnly, SameSite and anything else, by lowercased name. */
  rest: Map<string, string | null>;
}

function sortAttributes(pairs: HeaderPair[]): Attributes {
  const attrs: Attributes = { flags: new Set(), values: new Map(), rest: new Map() };
  for (const [key, value] of pairs) {
    const lower = key.toLowerCase();
    if (FLAGS.has(lower)) attrs.flags.add(lower);
    else if (VALUES.has(lower)) attrs.values.set(lower, value ?? '');
    else attrs.rest.set(lower, value);
  }
  return attrs;
}

type Reading = { cookie: CookieData; notes: Reason[] } | { reasons: Reason[] };

function cookieOf(group: HeaderPair[]): Reading {
  const [first, ...rest] = group;
  if (!first) return { reasons: [reasonFor('LWP_NO_PAIR')] };
  const [name, rawValue] = first;
  const attrs = sortAttributes(rest);
  const reasons: Reason[] = [];
  const notes: Reason[] = [];
  if (rawValue === null) notes.push(reasonFor('NOTE_LWP_NO_VALUE', { name: quote(name) }));

  const domainField = attrs.values.get('domain') ?? '';
  const dotted = domainField.startsWith('.');
  const domain = (dotted ? domainField.slice(1) : domainField).toLowerCase();
  if (domain === '') reasons.push(reasonFor('LWP_DOMAIN_MISSING'));
  else if (domain.startsWith('.')) reasons.push(reasonFor('DOMAIN_DOTS', { value: quote(domainField) }));
  else if (/\s/.test(domain)) reasons.push(reasonFor('LWP_DOMAIN_SPACES', { value: quote(domainField) }));

  const path = attrs.values.get('path');
  if (path === undefined || path === '') reasons.push(reasonFor('LWP_PATH_MISSING'));
  else if (!path.startsWith('/')) reasons.push(reasonFor('PATH_NO_SLASH', { value: quote(path) }));

  let expires: number | null = null;
  const expiresField = attrs.values.get('expires');
  if (expiresField !== undefined) {
    const parsed = isoToUnix(expiresField);
    if (parsed === null) reasons.push(reasonFor('LWP_EXPIRES_NOT_DATE', { value: quote(expiresField) }));
    else expires = parsed;
  }
  if (attrs.flags.has('discard') && expires !== null) {
    notes.push(reasonFor('NOTE_LWP_DISCARD'));
    expires = null;
  }

  let sameSite: SameSite = null;
  if (attrs.rest.has('samesite')) {
    const reading = parseSameSite(attrs.rest.get('samesite') ?? '');
    if (reading.ok) sameSite = reading.sameSite;
    else reasons.push(reading);
  }
  const port = attrs.values.get('port');
  if (port !== undefined) notes.push(reasonFor('NOTE_LWP_PORT', { value: quote(port) }));

  if (reasons.length > 0 || path === undefined) return { reasons };
  return {
    cookie: {
      name,
      value: rawValue ?? '',
      domain,
      hostOnly: !(dotted || attrs.flags.has('domain_dot')),
      path,
      expires,
      // Python keeps HttpOnly in its "rest" map and writes it as HttpOnly=None (or ""): present means set.
      httpOnly: attrs.rest.has('httponly'),
      secure: attrs.flags.has('secure'),
      sameSite,
    },
    notes,
  };
}

function readLwp(input: ReadInput): ReadResult {
  const problems = new ProblemList(input.name);
  const notes = new ProblemList(input.name);
  const cookies: ParsedEntry[] = [];
  eachLine(input, problems, ({ text, where }) => {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith(LINE_PREFIX)) {
      problems.add(where, reasonFor('LWP_NOT_A_LINE'));
      return;
    }
    const groups = splitHeaderWords(line.slice(LINE_PREFIX.length).trim());
    if (groups.length === 0) problems.add(where, reasonFor('LWP_EMPTY_LINE'));
    groups.forEach((group, index) => {
      // Python splits a line on unquoted commas into several cookies; name them only when there are several.
      const at = groups.length > 1 ? `${where} cookie ${index + 1}` : where;
      const reading = cookieOf(group);
      if ('reasons' in reading) {
        problems.add(at, joinReasons(reading.reasons));
        return;
      }
      for (const note of reading.notes) notes.add(at, note);
      cookies.push({ cookie: reading.cookie, where: at });
    });
  });
  return { cookies, storage: [], problems: problems.list(), notes: notes.list() };
}

export const lwpReader: Reader = {
  id: 'lwp',
  label: 'LWP cookie jar (libwww-perl, Python LWPCookieJar)',
  kind: 'text',
  sniff(input) {
    const head = input.text().slice(0, 256).trimStart();
    if (head.startsWith(MAGIC))
      return reasonFor('SNIFF_STARTS_WITH', {
        text: `${MAGIC}${head.slice(MAGIC.length).split(/\s/, 1)[0] ?? ''}`,
      });
    const first = firstContentLine(input);
    return first?.startsWith(LINE_PREFIX)
      ? reasonFor('SNIFF_FIRST_COOKIE_LINE', { text: LINE_PREFIX })
      : null;
  },
  read: readLwp,
  keeps:
    'name, value, domain (host-only or domain), path, Secure, HttpOnly, SameSite, expiry (or discard = session)',
  loses: 'port restrictions, comments and the RFC 2965 version',
};
