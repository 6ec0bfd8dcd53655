// The fake core's own tiny readers and writers: just enough of each shape for the UI's paths (cookies.txt
// lines, Set-Cookie lines that need --url, a Cookie: header that needs --site, a Playwright storageState with
// localStorage, a database recognised by its magic bytes). Not the real formats: those are tested in test/core.
import type { Cookie, CookieData, Problem, StorageEntry } from '../../shared/model';

export const siteOf = (domain: string) => domain.split('.').slice(-2).join('.');
export const siteOfOrigin = (origin: string) => siteOf(new URL(origin).hostname);

export interface FakeReading {
  format: string | null;
  reason: string;
  cookies: Cookie[];
  storage: StorageEntry[];
  problems: Problem[];
}

export interface FakeReadOptions {
  format: string;
  url?: string;
  site?: string;
}

const DAY = 86_400;

function cookie(data: Partial<CookieData> & Pick<CookieData, 'name' | 'value' | 'domain'>): Cookie {
  return {
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
    site: siteOf(data.domain),
    creation: 1_700_000_000,
    ...data,
  };
}

/** Bytes of a file as the UI sent it. */
export function bytesOf(file: { content: string; encoding?: 'utf8' | 'base64' }): Uint8Array {
  if (file.encoding === 'base64') return Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  return new TextEncoder().encode(file.content);
}

function readDatabase(name: string, head: string, options: FakeReadOptions): FakeReading {
  const sqlite = head.startsWith('SQLite format 3\u0000');
  const format = options.format !== 'auto' ? options.format : sqlite ? 'firefox' : 'safari';
  const reason = sqlite ? "starts with 'SQLite format 3'" : "starts with 'cook'";
  // The fake cannot open a database: it pretends each holds one cookie, so the page has something to import.
  return {
    format,
    reason,
    cookies: [cookie({ name: 'from_database', value: name, domain: 'db.example' })],
    storage: [],
    problems: [],
  };
}

function linesOf(text: string) {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.replace(/\r$/, ''), number: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
}

function readSetCookie(name: string, text: string, url: string | undefined): FakeReading {
  const reading: FakeReading = {
    format: 'set-cookie',
    reason: "starts with 'Set-Cookie:'",
    cookies: [],
    storage: [],
    problems: [],
  };
  for (const { line, number } of linesOf(text)) {
    if (url === undefined) {
      reading.problems.push({
        where: `${name} line ${number}`,
        reason: 'a Set-Cookie line needs the URL it came from: give it with --url',
      });
      continue;
    }
    const [pair = ''] = line.replace(/^set-cookie:\s*/i, '').split(';');
    const [cookieName = '', ...rest] = pair.split('=');
    reading.cookies.push(
      cookie({ name: cookieName.trim(), value: rest.join('='), domain: new URL(url).hostname }),
    );
  }
  return reading;
}

function readHeader(name: string, text: string, site: string | undefined): FakeReading {
  const reading: FakeReading = {
    format: 'header',
    reason: "starts with 'Cookie:'",
    cookies: [],
    storage: [],
    problems: [],
  };
  if (site === undefined) {
    reading.problems.push({
      where: `${name} line 1`,
      reason: 'a Cookie: header does not say which site it was sent to: give it with --site',
    });
    return reading;
  }
  for (const pair of text.replace(/^cookie:\s*/i, '').split(';')) {
    const [cookieName = '', ...rest] = pair.trim().split('=');
    if (cookieName !== '')
      reading.cookies.push(cookie({ name: cookieName, value: rest.join('='), domain: site }));
  }
  return reading;
}

interface StorageState {
  cookies: { name: string; value: string; domain: string; path: string; expires: number }[];
  origins: { origin: string; localStorage: { name: string; value: string }[] }[];
}

function readPlaywright(text: string): FakeReading {
  const state = JSON.parse(text) as StorageState;
  return {
    format: 'playwright',
    reason: "an object with 'cookies' and 'origins'",
    cookies: state.cookies.map((c) =>
      cookie({
        name: c.name,
        value: c.value,
        domain: c.domain.replace(/^\./, ''),
        hostOnly: !c.domain.startsWith('.'),
        path: c.path,
        expires: c.expires === -1 ? null : c.expires,
      }),
    ),
    storage: state.origins.flatMap((o) => o.localStorage.map((e) => ({ origin: o.origin, ...e }))),
    problems: [],
  };
}

/** 7 tab-separated fields per line, '#' lines are comments. */
function readNetscape(name: string, text: string): FakeReading {
  const reading: FakeReading = {
    format: null,
    reason: 'tab-separated lines',
    cookies: [],
    storage: [],
    problems: [],
  };
  for (const { line, number } of linesOf(text)) {
    const fields = line.split('\t');
    const [domain, , path, secure, expires, cookieName, value] = fields;
    if (fields.length !== 7 || !domain || !path || !cookieName || value === undefined) {
      reading.problems.push({
        where: `${name} line ${number}`,
        reason: `expected 7 tab-separated fields, found ${fields.length}`,
      });
      continue;
    }
    const seconds = Number(expires);
    reading.cookies.push(
      cookie({
        name: cookieName,
        value,
        domain: domain.replace(/^\./, ''),
        hostOnly: !domain.startsWith('.'),
        path,
        expires: seconds === 0 ? null : seconds,
        secure: secure === 'TRUE',
      }),
    );
  }
  if (reading.cookies.length > 0) reading.format = 'netscape';
  return reading;
}

export function readFile(
  file: { name: string; content: string; encoding?: 'utf8' | 'base64' },
  options: FakeReadOptions,
): FakeReading {
  const bytes = bytesOf(file);
  const head = String.fromCharCode(...bytes.subarray(0, 16));
  if (head.startsWith('SQLite format 3\u0000') || head.startsWith('cook'))
    return readDatabase(file.name, head, options);
  const text = new TextDecoder().decode(bytes);
  const reading = /^set-cookie:/i.test(text)
    ? readSetCookie(file.name, text, options.url)
    : /^cookie:/i.test(text)
      ? readHeader(file.name, text, options.site)
      : text.trimStart().startsWith('{')
        ? readPlaywright(text)
        : readNetscape(file.name, text);
  if (options.format !== 'auto') reading.reason = `chosen: ${options.format}`;
  return reading;
}

/** RFC 6265bis caps expiry at 400 days: like the core, warn about longer ones. */
export function expiryWarnings(cookies: { cookie: Cookie; where: string }[], nowSec: number): Problem[] {
  return cookies
    .filter(({ cookie: c }) => c.expires !== null && c.expires - nowSec > 400 * DAY)
    .map(({ cookie: c, where }) => ({
      where,
      reason: `expires in ${Math.round((c.expires! - nowSec) / DAY)} days; browsers keep a cookie at most 400 days`,
    }));
}

/** Would a request to `url` carry this cookie? Host, path and Secure, as browsers decide. */
export function sentTo(c: Cookie, url: URL): boolean {
  const host = url.hostname;
  const hostMatch = c.hostOnly ? host === c.domain : host === c.domain || host.endsWith(`.${c.domain}`);
  return hostMatch && url.pathname.startsWith(c.path) && (!c.secure || url.protocol === 'https:');
}

export function writeCookies(
  format: string,
  cookies: Cookie[],
  storage: StorageEntry[],
  url: string | undefined,
): { content: string; lost: Problem[]; extension: string; mediaType: string } {
  const lost: Problem[] = [];
  if (format !== 'playwright') {
    for (const e of storage)
      lost.push({
        where: `${e.origin} localStorage ${e.name}`,
        reason: 'localStorage is not part of this format',
      });
  }
  const pairs = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  switch (format) {
    case 'header':
      return { content: `Cookie: ${pairs}`, lost, extension: 'txt', mediaType: 'text/plain' };
    case 'curl':
      return {
        content: `curl --cookie '${pairs}' '${url ?? ''}'`,
        lost,
        extension: 'sh',
        mediaType: 'text/x-shellscript',
      };
    case 'netscape':
      for (const c of cookies) {
        if (c.sameSite !== null)
          lost.push({
            where: `${c.name} (${c.domain})`,
            reason: `SameSite=${c.sameSite} cannot be written in cookies.txt`,
          });
      }
      return {
        content: cookies
          .map((c) => [c.domain, 'FALSE', c.path, 'FALSE', c.expires ?? 0, c.name, c.value].join('\t'))
          .join('\n'),
        lost,
        extension: 'txt',
        mediaType: 'text/plain',
      };
    default:
      return {
        content: JSON.stringify(cookies.map((c) => ({ name: c.name, value: c.value, domain: c.domain }))),
        lost,
        extension: 'json',
        mediaType: 'application/json',
      };
  }
}
