// HAR 1.2 (browser DevTools, Firefox, chrome-har, mitmproxy, Insomnia): the cookies each response set,
// in the order of the entries, so a later Set-Cookie replaces an earlier one (same name, domain and
// path) and a deletion (an expired Set-Cookie) leaves an expired cookie the jar skips.
// Only request.url, request.cookies, response.headers and response.cookies are ever touched: bodies
// (content.text, postData) can be huge and hold anything, and are never read.
import { joinReasons, reasonFor } from '../../../../shared/problem-codes';
import type { CookieData } from '../../../../shared/model';
import type { ParsedEntry } from '../types';
import type { Reader, ReadInput, ReadOptions, ReadResult } from '../plugin';
import { fromHarCookie, fromSetCookie, requestUrl } from './har-resolve';
import { Fields, isRecord, jsonOf, kindOf, own, Report } from './fields';
import { sniffFor } from './list';

type Url = ReturnType<typeof requestUrl>;

function listAt(object: unknown, key: string): unknown[] {
  const value = isRecord(object) ? own(object, key) : undefined;
  return Array.isArray(value) ? value : [];
}

/** Every Set-Cookie line of a response; Firefox and chrome-har join several with "\n" in one header. */
function setCookieLines(response: unknown): unknown[] {
  const lines: unknown[] = [];
  for (const header of listAt(response, 'headers')) {
    if (!isRecord(header)) continue;
    const name = own(header, 'name');
    if (typeof name !== 'string' || name.toLowerCase() !== 'set-cookie') continue;
    const value = own(header, 'value');
    if (typeof value === 'string') lines.push(...value.split(/\r?\n/).filter((line) => line.trim() !== ''));
    else lines.push(value);
  }
  return lines;
}

class Found {
  private readonly byKey = new Map<string, ParsedEntry>();

  put(cookie: CookieData, where: string): void {
    const key = `${cookie.domain}\u0000${cookie.path}\u0000${cookie.name}`;
    // Deleted and set again: the newest setting takes the newest place.
    this.byKey.delete(key);
    this.byKey.set(key, { cookie, where });
  }

  list(): ParsedEntry[] {
    return [...this.byKey.values()];
  }
}

function readRequestCookies(
  request: unknown,
  url: Url,
  entryWhere: string,
  found: Found,
  report: Report,
): void {
  listAt(request, 'cookies').forEach((raw, index) => {
    const where = `${entryWhere} request cookie ${index + 1}`;
    if ('reason' in url) return report.problem(where, url);
    if (!isRecord(raw)) return report.problem(where, reasonFor('NOT_COOKIE_OBJECT', { kind: kindOf(raw) }));
    const fields = new Fields(raw);
    const name = fields.string('name');
    const value = fields.string('value');
    if (name === undefined || value === undefined) return report.problem(where, joinReasons(fields.reasons));
    found.put(
      {
        name,
        value,
        domain: url.host,
        hostOnly: true,
        path: '/',
        expires: null,
        httpOnly: false,
        secure: false,
        sameSite: null,
      },
      where,
    );
    report.note(where, reasonFor('NOTE_HAR_REQUEST_COOKIE', { host: url.host }));
  });
}

function readEntry(raw: unknown, where: string, options: ReadOptions, found: Found, report: Report): void {
  if (!isRecord(raw)) return report.problem(where, reasonFor('NOT_HAR_ENTRY', { kind: kindOf(raw) }));
  const request = own(raw, 'request');
  const response = own(raw, 'response');
  const url = requestUrl(request);
  if (options.harRequestCookies) readRequestCookies(request, url, where, found, report);

  const lines = setCookieLines(response);
  lines.forEach((line, index) => {
    const at = `${where} Set-Cookie ${index + 1}`;
    if (typeof line !== 'string')
      return report.problem(at, reasonFor('SET_COOKIE_NOT_STRING', { kind: kindOf(line) }));
    if ('reason' in url) return report.problem(at, url);
    const read = fromSetCookie(line, url.url, url.host, options.nowMs);
    if ('reason' in read) report.problem(at, read);
    else found.put(read.cookie, at);
  });
  // response.cookies is the exporter's own reading of the same headers: used only when they are absent.
  if (lines.length > 0) return;
  listAt(response, 'cookies').forEach((cookie, index) => {
    const at = `${where} response cookie ${index + 1}`;
    if ('reason' in url) return report.problem(at, url);
    const read = fromHarCookie(cookie, url.url, url.host);
    if ('reason' in read) report.problem(at, read);
    else found.put(read.cookie, at);
  });
}

export function readHar(input: ReadInput, options: ReadOptions): ReadResult {
  const json = jsonOf(input);
  if ('failed' in json) return json.failed;
  const report = new Report(input.name);
  const found = new Found();
  const log = isRecord(json.value) ? own(json.value, 'log') : undefined;
  const entries = isRecord(log) ? own(log, 'entries') : undefined;
  if (!Array.isArray(entries)) {
    report.problem(input.name, reasonFor('NOT_HAR'));
  } else {
    entries.forEach((entry, index) =>
      readEntry(entry, `${input.name} entry ${index + 1}`, options, found, report),
    );
  }
  return { cookies: found.list(), storage: [], problems: report.problems.list(), notes: report.notes.list() };
}

export const harReader: Reader = {
  id: 'har',
  label: 'HAR 1.2 (browser network log)',
  kind: 'json',
  sniff: sniffFor('har'),
  read: readHar,
  keeps:
    'the cookies responses set (Set-Cookie headers, else response.cookies), resolved against each request URL; with --har-request-cookies also the cookies requests sent',
  loses: "request cookies' attributes (a browser sends only name and value); bodies are never read",
};
