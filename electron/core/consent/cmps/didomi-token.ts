// Didomi's `didomi_token`: padded base64 of a JSON object (FORMATS.md §4, [doc/obs]). Observed values:
// {"user_id":"18ee10b5-1c0b-6…","created":"2024-04-15T09:16:39.232Z","updated":"…",
//  "vendors":{"disabled":[…]},"purposes":{"enabled":[…]},"vendors_li":{…},"version":2,"ac":"…"}
// Empty enabled/disabled lists are left out, and the user id starts with the creation time in milliseconds.
import { randomBytes } from 'node:crypto';

export interface IdLists {
  enabled: string[];
  disabled: string[];
}

export interface DidomiToken {
  user_id: string;
  created: string;
  updated: string;
  vendors: IdLists;
  purposes: IdLists;
  vendors_li: IdLists;
  purposes_li: IdLists;
  version: number;
}

/** The lists as Didomi writes them: an empty list is not written at all. */
function lists(ids: IdLists): Partial<IdLists> {
  const out: Partial<IdLists> = {};
  if (ids.enabled.length > 0) out.enabled = ids.enabled;
  if (ids.disabled.length > 0) out.disabled = ids.disabled;
  return out;
}

export function encodeToken(token: DidomiToken): string {
  const json = JSON.stringify({
    user_id: token.user_id,
    created: token.created,
    updated: token.updated,
    vendors: lists(token.vendors),
    purposes: lists(token.purposes),
    vendors_li: lists(token.vendors_li),
    purposes_li: lists(token.purposes_li),
    version: token.version,
  });
  return Buffer.from(json, 'utf8').toString('base64');
}

/**
 * A user id of Didomi's observed layout: 48 bits of creation time (ms), a version nibble 6, RFC 4122
 * variant bits, the rest random — so the id sorts by creation time as Didomi's do.
 */
export function didomiUserId(now: Date): string {
  const time = Math.max(0, Math.floor(now.getTime())).toString(16).padStart(12, '0').slice(-12);
  const rand = randomBytes(10).toString('hex');
  const variant = ((parseInt(rand.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-6${rand.slice(0, 3)}-${variant}${rand.slice(4, 7)}-${rand.slice(8, 20)}`;
}

export interface ParsedToken {
  userId: string | null;
  created: string | null;
  updated: string | null;
  purposes: IdLists;
  vendors: IdLists;
  purposesLi: IdLists;
  vendorsLi: IdLists;
  version: number | null;
  hasAc: boolean;
  notes: string[];
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function ids(value: unknown, label: string, notes: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    notes.push(`didomi_token ${label} is not a list: ignored`);
    return [];
  }
  // Vendor ids are strings ("google", "c:custom-id"); numbers (IAB ids) are kept as their text.
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') out.push(item);
    else if (typeof item === 'number' && Number.isFinite(item)) out.push(String(item));
    else notes.push(`didomi_token ${label} holds a value that is not an id: ignored`);
  }
  return out;
}

function idLists(value: unknown, label: string, notes: string[]): IdLists {
  if (value === undefined) return { enabled: [], disabled: [] };
  const obj = record(value);
  if (!obj) {
    notes.push(`didomi_token ${label} is not an object: ignored`);
    return { enabled: [], disabled: [] };
  }
  return {
    enabled: ids(obj.enabled, `${label}.enabled`, notes),
    disabled: ids(obj.disabled, `${label}.disabled`, notes),
  };
}

function isoOrNull(value: unknown, label: string, notes: string[]): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  notes.push(`didomi_token ${label} is not a date`);
  return null;
}

/** Base64 → JSON text, through the odd encodings seen: quotes, percent-encoding, base64url, no padding. */
function jsonText(raw: string, notes: string[]): string | null {
  let value = raw.trim().replace(/^"(.*)"$/s, '$1');
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
      notes.push('didomi_token was percent-encoded');
    } catch {
      return null;
    }
  }
  if (value.startsWith('{')) {
    notes.push('didomi_token was plain JSON, not base64');
    return value;
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null;
  if (/[-_]/.test(value)) notes.push('didomi_token used base64url characters');
  if (value.length % 4 !== 0 && !value.endsWith('=')) notes.push('didomi_token base64 had no padding');
  return Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

/** null when the value is not a readable token (the caller notes it). */
export function parseToken(raw: string): ParsedToken | null {
  const notes: string[] = [];
  const text = jsonText(raw, notes);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const obj = record(json);
  if (!obj) return null;
  const version = typeof obj.version === 'number' ? obj.version : null;
  if (version !== null && version !== 2) notes.push(`didomi_token version ${version} (2 is current)`);
  return {
    userId: typeof obj.user_id === 'string' ? obj.user_id : null,
    created: isoOrNull(obj.created, 'created', notes),
    updated: isoOrNull(obj.updated, 'updated', notes),
    purposes: idLists(obj.purposes, 'purposes', notes),
    vendors: idLists(obj.vendors, 'vendors', notes),
    purposesLi: idLists(obj.purposes_li, 'purposes_li', notes),
    vendorsLi: idLists(obj.vendors_li, 'vendors_li', notes),
    version,
    hasAc: obj.ac !== undefined,
    notes,
  };
}
