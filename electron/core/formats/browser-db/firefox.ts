// Firefox `cookies.sqlite`, table moz_cookies. Values are plain text. What the jar cannot hold:
// containers and partitions (originAttributes), which all land in the one jar with a note, and
// private-browsing cookies, which are not imported at all.
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { SameSite } from '../../../../shared/model';
import { isExpiryInRange } from '../limits';
import type { Reader, ReadInput, ReadResult } from '../plugin';
import { Collected, readHost, readPath } from './common';
import type { ColumnSpec, Row } from './sqlite';
import { asNumber, asText, eachRow, hasSqliteMagic, isWalMode, openDatabase, resolveColumns } from './sqlite';
import { bytesInclude, walModeNote } from './sniff';

const COLUMNS: readonly ColumnSpec[] = [
  { key: 'name', names: ['name'], required: true },
  { key: 'value', names: ['value'], required: true },
  { key: 'host', names: ['host'], required: true },
  { key: 'path', names: ['path'], required: true },
  { key: 'expiry', names: ['expiry'], required: true },
  { key: 'isSecure', names: ['isSecure'], required: true },
  { key: 'isHttpOnly', names: ['isHttpOnly'], required: true },
  // Added in Firefox 60 and 69; older files have neither.
  { key: 'sameSite', names: ['sameSite'], required: false },
  { key: 'rawSameSite', names: ['rawSameSite'], required: false },
  // Before Firefox 52 there was appId/inBrowserElement instead.
  { key: 'originAttributes', names: ['originAttributes'], required: false },
];

/** Seconds, or milliseconds in some versions: no cookie expires after year 5138 (1e11 s). */
const MS_THRESHOLD = 1e11;

export function firefoxExpiry(raw: number | null): { expires: number | null } | Reason {
  if (raw === null || raw <= 0) return { expires: null };
  const seconds = Math.floor(raw > MS_THRESHOLD ? raw / 1000 : raw);
  if (!isExpiryInRange(seconds)) return reasonFor('DB_EXPIRY_RANGE', { value: raw });
  return { expires: seconds };
}

const SAME_SITE: ReadonlyMap<number, SameSite> = new Map<number, SameSite>([
  [0, 'none'],
  [1, 'lax'],
  [2, 'strict'],
  // nsICookie::SAMESITE_UNSET in recent Firefox.
  [256, null],
]);

/**
 * rawSameSite is what the site sent, sameSite what Firefox applies (Lax when the site said nothing and
 * laxByDefault is on). The jar keeps what the site sent, so rawSameSite wins when the column exists;
 * there 0 is what Firefox writes for "no SameSite attribute", so it reads as unspecified.
 */
export function firefoxSameSite(
  sameSite: number | null,
  raw: number | null | undefined,
): { sameSite: SameSite; note?: Reason } {
  if (raw !== undefined) {
    if (raw === null || raw === 0) return { sameSite: null };
    return SAME_SITE.has(raw)
      ? { sameSite: SAME_SITE.get(raw) ?? null }
      : { sameSite: null, note: reasonFor('NOTE_DB_SAMESITE_UNKNOWN', { field: 'rawSameSite', value: raw }) };
  }
  if (sameSite === null) return { sameSite: null };
  return SAME_SITE.has(sameSite)
    ? { sameSite: SAME_SITE.get(sameSite) ?? null }
    : { sameSite: null, note: reasonFor('NOTE_DB_SAMESITE_UNKNOWN', { field: 'sameSite', value: sameSite }) };
}

/** originAttributes is '' or '^key=value&key=value' (Firefox's OriginAttributes suffix). */
export function readOriginAttributes(raw: string | null): { skip?: Reason; notes: Reason[] } {
  if (raw === null || raw === '') return { notes: [] };
  if (!raw.startsWith('^')) return { notes: [reasonFor('NOTE_ORIGIN_ATTRIBUTES')] };
  const notes: Reason[] = [];
  for (const [key, value] of new URLSearchParams(raw.slice(1))) {
    if (key === 'privateBrowsingId') {
      if (value !== '0') return { skip: reasonFor('FIREFOX_PRIVATE'), notes };
    } else if (key === 'userContextId') {
      if (value !== '0')
        notes.push(reasonFor('NOTE_CONTAINER', { value: /^\d+$/.test(value) ? value : '(unnamed)' }));
    } else if (key === 'partitionKey') {
      notes.push(reasonFor('NOTE_DB_PARTITION', { value: JSON.stringify(value.slice(0, 100)) }));
    } else if (key === 'firstPartyDomain') {
      notes.push(reasonFor('NOTE_FIRST_PARTY_ISOLATION', { value: JSON.stringify(value.slice(0, 100)) }));
    } else {
      notes.push(reasonFor('NOTE_ORIGIN_ATTRIBUTE', { value: JSON.stringify(key.slice(0, 40)) }));
    }
  }
  return { notes };
}

function readRow(row: Row, where: string, out: Collected): void {
  const name = asText(row.name);
  const value = asText(row.value);
  const host = readHost(asText(row.host));
  const path = readPath(asText(row.path));
  const expiry = firefoxExpiry(asNumber(row.expiry));
  const reasons: Reason[] = [];
  if (name === null) reasons.push(reasonFor('DB_NAME_MISSING'));
  if (value === null) reasons.push(reasonFor('DB_VALUE_MISSING'));
  if ('reason' in host) reasons.push(host);
  if ('reason' in path) reasons.push(path);
  if ('reason' in expiry) reasons.push(expiry);
  if (name === null || value === null || 'reason' in host || 'reason' in path || 'reason' in expiry) {
    out.problem(where, joinReasons(reasons));
    return;
  }
  const attributes = readOriginAttributes(asText(row.originAttributes));
  if (attributes.skip) {
    out.problem(where, attributes.skip);
    return;
  }
  const sameSite = firefoxSameSite(
    asNumber(row.sameSite),
    'rawSameSite' in row ? asNumber(row.rawSameSite) : undefined,
  );
  for (const note of attributes.notes) out.note(where, note);
  if (sameSite.note) out.note(where, sameSite.note);
  out.cookie(
    {
      name,
      value,
      domain: host.domain,
      hostOnly: host.hostOnly,
      path: path.path,
      expires: expiry.expires,
      secure: asNumber(row.isSecure) === 1,
      httpOnly: asNumber(row.isHttpOnly) === 1,
      sameSite: sameSite.sameSite,
    },
    where,
  );
}

export async function readFirefox(input: ReadInput): Promise<ReadResult> {
  const db = await openDatabase(input.bytes, input.name);
  try {
    const columns = resolveColumns(db, 'moz_cookies', COLUMNS, input.name);
    const out = new Collected(input.name);
    if (isWalMode(input.bytes)) out.note(input.name, walModeNote);
    let index = 0;
    eachRow(db, 'moz_cookies', columns, (row) => readRow(row, `${input.name} row ${++index}`, out));
    return out.result();
  } finally {
    db.close();
  }
}

export const firefoxReader: Reader = {
  id: 'firefox',
  label: 'Firefox cookies.sqlite',
  kind: 'binary',
  sniff(input) {
    if (!hasSqliteMagic(input.bytes)) return null;
    return bytesInclude(input.bytes, 'moz_cookies') ? reasonFor('SNIFF_FIREFOX') : null;
  },
  read: (input) => readFirefox(input),
  keeps: 'name, value, domain (host-only or subdomains), path, expiry (s or ms), Secure, HttpOnly, SameSite',
  loses:
    'containers and partitions (merged into the jar, with a note), private-browsing cookies (not imported)',
};
