// Safari `Cookies.binarycookies`. Layout (no official spec; confirmed against a real file):
//   header, big-endian: 'cook', page count (u32), one size (u32) per page; then the pages in order.
//   page, little-endian: 00 00 01 00, cookie count (u32), one offset (u32, from the page start) per
//     cookie, 00 00 00 00; then the records.
//   record, little-endian: size, ?, flags (1 Secure, 4 HttpOnly), ?, offsets (from the record start) of
//     the domain, name, path and value (NUL-terminated), comment offset, 00 00 00 00, expiry and
//     creation as float64 seconds since 2001-01-01 (Mac absolute time); the strings follow.
// Every offset and size is checked against its page and record: a damaged file gives problems, never
// an exception or a loop that runs away.
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import { isExpiryInRange } from '../limits';
import type { Reader, ReadInput, ReadResult } from '../plugin';
import { Collected, readHost, readPath, unreadable } from './common';

const MAGIC = 'cook';
const PAGE_HEADER = 0x00000100;
/** Bytes before the strings of a record: size, 3 words, 4 string offsets, comment, end, 2 float64. */
const RECORD_HEADER = 56;
/** Seconds from 1970-01-01 to 2001-01-01. */
const MAC_EPOCH = 978_307_200;
const SECURE = 1;
const HTTP_ONLY = 4;

function readString(view: DataView, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    if (view.getUint8(i) === 0) {
      return new TextDecoder('utf-8').decode(new Uint8Array(view.buffer, view.byteOffset + start, i - start));
    }
  }
  return null;
}

export function macTimeToUnix(seconds: number): number | null {
  if (!Number.isFinite(seconds)) return null;
  const unix = Math.floor(seconds + MAC_EPOCH);
  return isExpiryInRange(unix) ? unix : null;
}

/** One record, `view` being exactly the record's bytes. */
function readRecord(view: DataView, where: string, out: Collected): void {
  const size = view.byteLength;
  const flags = view.getUint32(8, true);
  const fields = ['domain', 'name', 'path', 'value'] as const;
  const strings: Partial<Record<(typeof fields)[number], string>> = {};
  const reasons: Reason[] = [];
  fields.forEach((field, i) => {
    const offset = view.getUint32(16 + 4 * i, true);
    if (offset < RECORD_HEADER || offset >= size) {
      reasons.push(reasonFor('SAFARI_FIELD_OFFSET', { field, offset, size }));
      return;
    }
    const text = readString(view, offset, size);
    if (text === null) reasons.push(reasonFor('SAFARI_FIELD_OVERRUN', { field }));
    else strings[field] = text;
  });
  const { domain, name, path, value } = strings;
  if (domain === undefined || name === undefined || path === undefined || value === undefined) {
    out.problem(where, joinReasons(reasons));
    return;
  }
  const host = readHost(domain);
  const readingPath = readPath(path);
  const expiryRaw = view.getFloat64(40, true);
  const expires = expiryRaw === 0 ? null : macTimeToUnix(expiryRaw);
  if ('reason' in host) reasons.push(host);
  if ('reason' in readingPath) reasons.push(readingPath);
  if (expiryRaw !== 0 && expires === null) reasons.push(reasonFor('DB_EXPIRY_NOT_DATE'));
  if ('reason' in host || 'reason' in readingPath || reasons.length > 0) {
    out.problem(where, reasonFor('SAFARI_COOKIE', { name: JSON.stringify(name) }, reasons));
    return;
  }
  out.cookie(
    {
      name,
      value,
      domain: host.domain,
      hostOnly: host.hostOnly,
      path: readingPath.path,
      expires,
      secure: (flags & SECURE) !== 0,
      httpOnly: (flags & HTTP_ONLY) !== 0,
      sameSite: null,
    },
    where,
  );
}

/** One page, `view` being exactly the page's bytes; `next` numbers the records across pages. */
function readPage(view: DataView, where: string, next: () => string, out: Collected): void {
  if (view.byteLength < 8 || view.getUint32(0, false) !== PAGE_HEADER) {
    out.problem(where, reasonFor('SAFARI_PAGE_MARKER'));
    return;
  }
  const count = view.getUint32(4, true);
  const room = Math.floor((view.byteLength - 8) / 4);
  if (count > room) {
    out.problem(where, reasonFor('SAFARI_PAGE_COUNT', { count, bytes: view.byteLength, room }));
    return;
  }
  for (let i = 0; i < count; i++) {
    const at = next();
    const offset = view.getUint32(8 + 4 * i, true);
    if (offset + 4 > view.byteLength) {
      out.problem(at, reasonFor('SAFARI_RECORD_OFFSET', { offset, bytes: view.byteLength }));
      continue;
    }
    const size = view.getUint32(offset, true);
    if (size < RECORD_HEADER || size > view.byteLength - offset) {
      out.problem(
        at,
        reasonFor('SAFARI_RECORD_SIZE', { size, left: view.byteLength - offset, min: RECORD_HEADER }),
      );
      continue;
    }
    readRecord(new DataView(view.buffer, view.byteOffset + offset, size), at, out);
  }
}

export function readSafari(input: ReadInput): ReadResult {
  const { bytes, name } = input;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || new TextDecoder('latin1').decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw unreadable(name, "it is not a Safari cookie file (it does not start with 'cook')");
  }
  const pages = view.getUint32(4, false);
  const tableEnd = 8 + 4 * pages;
  if (tableEnd > bytes.length) {
    throw unreadable(name, `it claims ${pages} pages but is only ${bytes.length} bytes long`);
  }
  const out = new Collected(name);
  let record = 0;
  const next = (): string => `${name} record ${++record}`;
  let offset = tableEnd;
  for (let i = 0; i < pages; i++) {
    const size = view.getUint32(8 + 4 * i, false);
    if (size > bytes.length - offset) {
      out.problem(`${name} page ${i + 1}`, reasonFor('SAFARI_PAGE_OVERRUN', { size, after: pages - i - 1 }));
      break;
    }
    readPage(new DataView(bytes.buffer, bytes.byteOffset + offset, size), `${name} page ${i + 1}`, next, out);
    offset += size;
  }
  return out.result();
}

export const safariReader: Reader = {
  id: 'safari',
  label: 'Safari Cookies.binarycookies',
  kind: 'binary',
  sniff(input) {
    const b = input.bytes;
    return b.length >= 4 && b[0] === 0x63 && b[1] === 0x6f && b[2] === 0x6f && b[3] === 0x6b
      ? reasonFor('SNIFF_SAFARI')
      : null;
  },
  read: (input) => readSafari(input),
  keeps: 'name, value, domain (host-only or subdomains), path, expiry, Secure, HttpOnly',
  loses: 'SameSite (not stored in the file)',
};
