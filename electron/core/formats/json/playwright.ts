// Playwright storageState: { cookies: [...], origins: [{ origin, localStorage: [{ name, value }] }] }.
// Cookies are CDP-shaped (expires -1 = session, SameSite Strict / Lax / None); localStorage entries come
// with their origin, normalised ("https://example.com", default port dropped).
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { ParsedEntry } from '../types';
import type { Reader, ReadInput, ReadResult, StorageAt } from '../plugin';
import { quote } from '../limits';
import { readCookieObject } from './cookie-object';
import { Fields, isRecord, jsonOf, kindOf, own, Report } from './fields';
import { sniffFor } from './list';

/** The origin as browsers write it, or why this is none: only http(s) scheme, host and port. */
export function normaliseOrigin(raw: string): { origin: string } | Reason {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return reasonFor('ORIGIN_NOT_A_URL', { value: quote(raw) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return reasonFor('ORIGIN_NOT_HTTP_ORIGIN', { value: quote(raw) });
  }
  if (
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    return reasonFor('ORIGIN_MORE_THAN_ORIGIN', { value: quote(raw) });
  }
  return { origin: url.origin };
}

function arrayField(object: Record<string, unknown>, key: string, where: string, report: Report): unknown[] {
  const value = own(object, key);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  report.problem(where, reasonFor('ARRAY_FIELD_TYPE', { field: key, kind: kindOf(value) }));
  return [];
}

function readOrigin(raw: unknown, where: string, report: Report, storage: StorageAt[]): void {
  if (!isRecord(raw)) {
    report.problem(where, reasonFor('NOT_ORIGIN_OBJECT', { kind: kindOf(raw) }));
    return;
  }
  const fields = new Fields(raw);
  const rawOrigin = fields.string('origin');
  const entries = arrayField(raw, 'localStorage', where, report);
  if (rawOrigin === undefined) {
    report.problem(where, joinReasons(fields.reasons));
    return;
  }
  const normal = normaliseOrigin(rawOrigin);
  if ('reason' in normal) {
    report.problem(where, normal);
    return;
  }
  const { origin } = normal;
  entries.forEach((entry, index) => {
    const at = `${where} entry ${index + 1}`;
    if (!isRecord(entry)) {
      report.problem(at, reasonFor('NOT_STORAGE_ENTRY', { kind: kindOf(entry) }));
      return;
    }
    const item = new Fields(entry);
    const name = item.string('name');
    const value = item.string('value');
    if (name === undefined || value === undefined) report.problem(at, joinReasons(item.reasons));
    else storage.push({ entry: { origin, name, value }, where: at });
  });
  // Newer Playwright can save IndexedDB and OPFS too; the jar keeps localStorage only.
  for (const key of ['indexedDB', 'opfs'] as const) {
    const extra = own(raw, key);
    if (Array.isArray(extra) && extra.length > 0) {
      report.note(where, reasonFor('NOTE_STORAGE_DROPPED', { what: key, origin }));
    }
  }
}

export function readStorageState(input: ReadInput): ReadResult {
  const json = jsonOf(input);
  if ('failed' in json) return json.failed;
  const report = new Report(input.name);
  const cookies: ParsedEntry[] = [];
  const storage: StorageAt[] = [];
  const value = json.value;
  if (!isRecord(value)) {
    report.problem(input.name, reasonFor('NOT_STORAGE_STATE', { kind: kindOf(value) }));
  } else {
    arrayField(value, 'cookies', input.name, report).forEach((raw, index) => {
      const where = `${input.name} cookie ${index + 1}`;
      const read = readCookieObject(raw, 'playwright');
      if ('reasons' in read) {
        report.problem(where, joinReasons(read.reasons));
        return;
      }
      cookies.push({ cookie: read.cookie, where });
      for (const note of read.notes) report.note(where, note);
    });
    arrayField(value, 'origins', input.name, report).forEach((raw, index) =>
      readOrigin(raw, `${input.name} origin ${index + 1}`, report, storage),
    );
  }
  return { cookies, storage, problems: report.problems.list(), notes: report.notes.list() };
}

export const playwrightReader: Reader = {
  id: 'playwright',
  label: 'Playwright storageState (JSON)',
  kind: 'json',
  sniff: sniffFor('playwright'),
  read: (input) => readStorageState(input),
  keeps: "cookies (every attribute; expires -1 = session) and each origin's localStorage",
  loses: 'partition keys (kept unpartitioned, with a note), IndexedDB and OPFS contents',
};
