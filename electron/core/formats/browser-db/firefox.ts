// Firefox `cookies.sqlite`, table moz_cookies. Values are plain text. What the jar cannot hold:
// containers and partitions (originAttributes), which all land in the one jar with a note, and
// private-browsing cookies, which are not imported at all.
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

export function firefoxExpiry(raw: number | null): { expires: number | null } | { reason: string } {
  if (raw === null || raw <= 0) return { expires: null };
  const seconds = Math.floor(raw > MS_THRESHOLD ? raw / 1000 : raw);
  if (!isExpiryInRange(seconds)) return { reason: `the expiry ${raw} is out of range` };
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
): { sameSite: SameSite; note?: string } {
  if (raw !== undefined) {
    if (raw === null || raw === 0) return { sameSite: null };
    return SAME_SITE.has(raw)
      ? { sameSite: SAME_SITE.get(raw) ?? null }
      : { sameSite: null, note: `rawSameSite ${raw} is unknown: read as unspecified` };
  }
  if (sameSite === null) return { sameSite: null };
  return SAME_SITE.has(sameSite)
    ? { sameSite: SAME_SITE.get(sameSite) ?? null }
    : { sameSite: null, note: `sameSite ${sameSite} is unknown: read as unspecified` };
}

/** originAttributes is '' or '^key=value&key=value' (Firefox's OriginAttributes suffix). */
export function readOriginAttributes(raw: string | null): { skip?: string; notes: string[] } {
  if (raw === null || raw === '') return { notes: [] };
  if (!raw.startsWith('^'))
    return { notes: ['origin attributes not understood: imported into the jar as a plain cookie'] };
  const notes: string[] = [];
  for (const [key, value] of new URLSearchParams(raw.slice(1))) {
    if (key === 'privateBrowsingId') {
      if (value !== '0') return { skip: 'a private-browsing cookie: not imported', notes };
    } else if (key === 'userContextId') {
      if (value !== '0')
        notes.push(`container ${/^\d+$/.test(value) ? value : '(unnamed)'} merged into the jar`);
    } else if (key === 'partitionKey') {
      notes.push(
        `partition ${JSON.stringify(value.slice(0, 100))} dropped: the jar keeps unpartitioned cookies`,
      );
    } else if (key === 'firstPartyDomain') {
      notes.push(`first-party isolation domain ${JSON.stringify(value.slice(0, 100))} dropped`);
    } else {
      notes.push(`origin attribute ${JSON.stringify(key.slice(0, 40))} dropped`);
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
  const reasons: string[] = [];
  if (name === null) reasons.push('the name is missing');
  if (value === null) reasons.push('the value is missing');
  if ('reason' in host) reasons.push(host.reason);
  if ('reason' in path) reasons.push(path.reason);
  if ('reason' in expiry) reasons.push(expiry.reason);
  if (name === null || value === null || 'reason' in host || 'reason' in path || 'reason' in expiry) {
    out.problem(where, reasons.join('; '));
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
    return bytesInclude(input.bytes, 'moz_cookies')
      ? "an SQLite database with a 'moz_cookies' table (Firefox)"
      : null;
  },
  read: (input) => readFirefox(input),
  keeps: 'name, value, domain (host-only or subdomains), path, expiry (s or ms), Secure, HttpOnly, SameSite',
  loses:
    'containers and partitions (merged into the jar, with a note), private-browsing cookies (not imported)',
};
