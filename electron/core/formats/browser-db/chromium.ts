// Chromium `Cookies` (Chrome, Chromium, Edge, Brave, ...), table cookies. A value is either plain in
// `value` or encrypted in `encrypted_value` (chromium-crypto.ts); one that cannot be decrypted is a
// problem, never imported as ciphertext.
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { Database } from 'sql.js';
import type { SameSite } from '../../../../shared/model';
import { isExpiryInRange } from '../limits';
import type { Reader, ReadInput, ReadOptions, ReadResult } from '../plugin';
import { ChromiumDecryptor } from './chromium-crypto';
import { Collected, readHost, readPath } from './common';
import type { ColumnSpec, Row } from './sqlite';
import {
  asBytes,
  asNumber,
  asText,
  eachRow,
  hasSqliteMagic,
  isWalMode,
  openDatabase,
  resolveColumns,
} from './sqlite';
import { bytesInclude, walModeNote } from './sniff';

const COLUMNS: readonly ColumnSpec[] = [
  { key: 'host', names: ['host_key'], required: true },
  { key: 'name', names: ['name'], required: true },
  { key: 'value', names: ['value'], required: true },
  { key: 'path', names: ['path'], required: true },
  { key: 'expires', names: ['expires_utc'], required: true },
  // Renamed in database version 12 (2019); the sample of version 9 still has secure/httponly/persistent.
  { key: 'secure', names: ['is_secure', 'secure'], required: true },
  { key: 'httpOnly', names: ['is_httponly', 'httponly'], required: true },
  { key: 'encrypted', names: ['encrypted_value'], required: false },
  { key: 'sameSite', names: ['samesite'], required: false },
  { key: 'hasExpires', names: ['has_expires'], required: false },
  { key: 'persistent', names: ['is_persistent', 'persistent'], required: false },
  // CHIPS partition (database version 16+).
  { key: 'partition', names: ['top_frame_site_key'], required: false },
];

/** Seconds from 1601-01-01 (Windows FILETIME epoch, which Chromium uses everywhere) to 1970-01-01. */
const EPOCH_1601 = 11_644_473_600;

export function chromiumExpiry(
  microseconds: number | null,
  hasExpires: number | null | undefined,
  persistent: number | null | undefined,
): { expires: number | null } | Reason {
  if (microseconds === null || microseconds === 0 || hasExpires === 0 || persistent === 0)
    return { expires: null };
  const seconds = Math.floor(microseconds / 1_000_000) - EPOCH_1601;
  if (!isExpiryInRange(seconds)) return reasonFor('DB_EXPIRY_RANGE', { value: microseconds });
  return { expires: seconds };
}

const SAME_SITE: ReadonlyMap<number, SameSite> = new Map<number, SameSite>([
  [-1, null],
  [0, 'none'],
  [1, 'lax'],
  [2, 'strict'],
]);

export function chromiumSameSite(raw: number | null | undefined): { sameSite: SameSite; note?: Reason } {
  if (raw === null || raw === undefined) return { sameSite: null };
  if (SAME_SITE.has(raw)) return { sameSite: SAME_SITE.get(raw) ?? null };
  return { sameSite: null, note: reasonFor('NOTE_DB_SAMESITE_UNKNOWN', { field: 'samesite', value: raw }) };
}

/** The `version` in the meta table, or null when there is no usable one. */
function metaVersion(db: Database, name: string): number | null {
  try {
    const columns = resolveColumns(
      db,
      'meta',
      [
        { key: 'key', names: ['key'], required: true },
        { key: 'value', names: ['value'], required: true },
      ],
      name,
    );
    let version: number | null = null;
    eachRow(db, 'meta', columns, (row) => {
      if (asText(row.key) === 'version') version = asNumber(row.value);
    });
    return version;
  } catch {
    return null;
  }
}

function readRow(row: Row, where: string, out: Collected, decryptor: ChromiumDecryptor): void {
  const name = asText(row.name);
  const hostKey = asText(row.host);
  const host = readHost(hostKey);
  const path = readPath(asText(row.path));
  const expiry = chromiumExpiry(asNumber(row.expires), asNumber(row.hasExpires), asNumber(row.persistent));
  const reasons: Reason[] = [];
  if (name === null) reasons.push(reasonFor('DB_NAME_MISSING'));
  if ('reason' in host) reasons.push(host);
  if ('reason' in path) reasons.push(path);
  if ('reason' in expiry) reasons.push(expiry);
  if (name === null || hostKey === null || 'reason' in host || 'reason' in path || 'reason' in expiry) {
    out.problem(where, joinReasons(reasons));
    return;
  }
  let value = asText(row.value) ?? '';
  const encrypted = asBytes(row.encrypted);
  if (value === '' && encrypted.length > 0) {
    const decrypted = decryptor.decrypt(encrypted, hostKey);
    if ('reason' in decrypted) {
      out.problem(
        where,
        reasonFor('DB_UNDECRYPTABLE', { name: JSON.stringify(name), host: hostKey }, [decrypted]),
      );
      return;
    }
    value = decrypted.value;
  }
  const sameSite = chromiumSameSite(asNumber(row.sameSite) ?? undefined);
  if (sameSite.note) out.note(where, sameSite.note);
  const partition = asText(row.partition);
  if (partition) {
    out.note(where, reasonFor('NOTE_DB_PARTITION', { value: JSON.stringify(partition.slice(0, 100)) }));
  }
  out.cookie(
    {
      name,
      value,
      domain: host.domain,
      hostOnly: host.hostOnly,
      path: path.path,
      expires: expiry.expires,
      secure: asNumber(row.secure) === 1,
      httpOnly: asNumber(row.httpOnly) === 1,
      sameSite: sameSite.sameSite,
    },
    where,
  );
}

export async function readChromium(
  input: ReadInput,
  options: Pick<ReadOptions, 'keyringSecret'>,
): Promise<ReadResult> {
  const db = await openDatabase(input.bytes, input.name);
  try {
    const columns = resolveColumns(db, 'cookies', COLUMNS, input.name);
    const decryptor = new ChromiumDecryptor(metaVersion(db, input.name), options.keyringSecret);
    const out = new Collected(input.name);
    if (isWalMode(input.bytes)) out.note(input.name, walModeNote);
    let index = 0;
    eachRow(db, 'cookies', columns, (row) => readRow(row, `${input.name} row ${++index}`, out, decryptor));
    return out.result();
  } finally {
    db.close();
  }
}

export const chromiumReader: Reader = {
  id: 'chromium',
  label: 'Chromium Cookies (Chrome, Edge, Brave)',
  kind: 'binary',
  sniff(input) {
    if (!hasSqliteMagic(input.bytes) || bytesInclude(input.bytes, 'moz_cookies')) return null;
    return bytesInclude(input.bytes, 'encrypted_value') ? reasonFor('SNIFF_CHROMIUM') : null;
  },
  read: (input, options) => readChromium(input, options),
  keeps:
    'name, value (plain, Linux v10, v11 with --keyring-secret, macOS v10 with the Keychain password), domain, path, expiry, Secure, HttpOnly, SameSite',
  loses:
    'values encrypted by Windows (DPAPI, v20 app-bound): reported, never imported; CHIPS partitions (merged, with a note)',
};
