// The edit dialog's draft: what the form holds, checked as the user types with the rules the core applies
// (electron/core/jar/validate.ts and admit.ts), and turned into the cookie cookies.save takes. The core stays
// the judge (public suffixes, for one, are only known there): its refusal is shown when saving fails.
import type { CookieData, CookieView } from '../../../shared/model';

export type SameSiteChoice = 'unset' | 'strict' | 'lax' | 'none';

export interface CookieDraft {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  session: boolean;
  /** As a datetime-local input holds it: "2030-01-31T18:45", in local time. */
  expires: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: SameSiteChoice;
}

export type DraftField = 'name' | 'value' | 'domain' | 'path' | 'expires' | 'secure';

export type ProblemKey =
  | 'nameChars'
  | 'valueChars'
  | 'domainEmpty'
  | 'domainInvalid'
  | 'pathSlash'
  | 'expiresInvalid'
  | 'expiresPast'
  | 'expiresFar'
  | 'tooLarge'
  | 'securePrefix'
  | 'hostPrefix'
  | 'sameSiteNone';

export interface DraftProblem {
  field: DraftField;
  key: ProblemKey;
  bytes?: number;
}

export const MAX_COOKIE_BYTES = 4096;
/** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis): a later expiry is kept but not honoured. */
const BROWSER_CAP_SECONDS = 400 * 86_400;
const MAX_DATE_MS = 8.64e15;

// eslint-disable-next-line no-control-regex
const BAD_NAME = /[\u0000-\u0008\u000a-\u001f\u007f;=]/;
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f;]/;
const HOST = /^[\p{L}\p{N}_][\p{L}\p{N}_-]{0,62}(?:\.[\p{L}\p{N}_][\p{L}\p{N}_-]{0,62})*$/u;
const IPV6 = /^[0-9a-f:.]+$/i;
const LOCAL_DATE_TIME = /^\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Unix seconds of a datetime-local value, null when it is not one. */
export function fromLocalInput(text: string): number | null {
  if (!LOCAL_DATE_TIME.test(text)) return null;
  const ms = new Date(text).getTime();
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? Math.floor(ms / 1000) : null;
}

export function emptyDraft(nowMs: number): CookieDraft {
  return {
    name: '',
    value: '',
    domain: '',
    hostOnly: true,
    path: '/',
    session: false,
    expires: toLocalInput(Math.floor(nowMs / 1000) + 30 * 86_400),
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
  };
}

export function draftOf(cookie: CookieView, value: string, nowMs: number): CookieDraft {
  return {
    name: cookie.name,
    value,
    domain: cookie.domain,
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    session: cookie.expires === null,
    expires: toLocalInput(cookie.expires ?? Math.floor(nowMs / 1000) + 30 * 86_400),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite ?? 'unset',
  };
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** A leading dot ("…for subdomains too") is how people write a domain cookie. */
function domainParts(draft: CookieDraft): { domain: string; hostOnly: boolean } {
  const typed = draft.domain.trim().toLowerCase();
  return { domain: typed.replace(/^\.+/, ''), hostOnly: draft.hostOnly && !typed.startsWith('.') };
}

export function checkDraft(
  draft: CookieDraft,
  nowMs: number,
): { errors: DraftProblem[]; warnings: DraftProblem[] } {
  const errors: DraftProblem[] = [];
  const warnings: DraftProblem[] = [];
  const { domain, hostOnly } = domainParts(draft);
  if (BAD_NAME.test(draft.name)) errors.push({ field: 'name', key: 'nameChars' });
  if (BAD_VALUE.test(draft.value)) errors.push({ field: 'value', key: 'valueChars' });
  const bytes = utf8Bytes(draft.name) + utf8Bytes(draft.value);
  if (bytes > MAX_COOKIE_BYTES) errors.push({ field: 'value', key: 'tooLarge', bytes });
  if (domain === '') errors.push({ field: 'domain', key: 'domainEmpty' });
  else if (!HOST.test(domain) && !(domain.includes(':') && IPV6.test(domain)))
    errors.push({ field: 'domain', key: 'domainInvalid' });
  if (!draft.path.startsWith('/')) errors.push({ field: 'path', key: 'pathSlash' });
  if (!draft.session) {
    const expires = fromLocalInput(draft.expires);
    if (expires === null) errors.push({ field: 'expires', key: 'expiresInvalid' });
    else if (expires * 1000 <= nowMs) errors.push({ field: 'expires', key: 'expiresPast' });
    else if (expires - nowMs / 1000 > BROWSER_CAP_SECONDS)
      warnings.push({ field: 'expires', key: 'expiresFar' });
  }
  if (draft.name.startsWith('__Secure-') && !draft.secure)
    errors.push({ field: 'name', key: 'securePrefix' });
  if (draft.name.startsWith('__Host-') && !(draft.secure && hostOnly && draft.path === '/'))
    errors.push({ field: 'name', key: 'hostPrefix' });
  if (draft.sameSite === 'none' && !draft.secure) warnings.push({ field: 'secure', key: 'sameSiteNone' });
  return { errors, warnings };
}

/**
 * The cookie to save. An expiry left as the form showed it keeps the original's seconds (the input only
 * holds minutes), so saving an untouched expiry does not move it.
 */
export function toCookieData(
  draft: CookieDraft,
  original: { expires: number | null; shown: string } | null,
): CookieData {
  const { domain, hostOnly } = domainParts(draft);
  const expires = draft.session
    ? null
    : original !== null && original.expires !== null && draft.expires === original.shown
      ? original.expires
      : fromLocalInput(draft.expires);
  return {
    name: draft.name,
    value: draft.value,
    domain,
    hostOnly,
    path: draft.path,
    expires,
    httpOnly: draft.httpOnly,
    secure: draft.secure,
    sameSite: draft.sameSite === 'unset' ? null : draft.sameSite,
  };
}
