// The common cookies.txt line — 7 tab-separated fields as curl and browsers write them, a lower-case domain,
// TRUE/FALSE flags and whole seconds — read with a few indexOf calls instead of split, regexes and the
// objects the general reader makes. Anything else (comments, spaces for tabs, upper case, bad fields) is
// left to the general reader, which also explains what is wrong; a property test holds both to the same
// cookie for every line this one reads.
import type { CookieData } from '../../../shared/model';
import { isExpiryInRange } from './limits';

const HTTPONLY_PREFIX = '#HttpOnly_';
const TAB = '\t';

/** TRUE → true, FALSE → false, anything else (other spellings are the general reader's) → null. */
function flagAt(line: string, from: number, to: number): boolean | null {
  if (to - from === 4 && line.startsWith('TRUE', from)) return true;
  if (to - from === 5 && line.startsWith('FALSE', from)) return false;
  return null;
}

export function readPlainLine(line: string, intern: (text: string) => string): CookieData | null {
  let start = 0;
  let httpOnly = false;
  const first = line.charCodeAt(0);
  if (first === 35 /* # */) {
    if (!line.startsWith(HTTPONLY_PREFIX)) return null;
    httpOnly = true;
    start = HTTPONLY_PREFIX.length;
  }
  const t1 = line.indexOf(TAB, start);
  if (t1 < 0) return null;
  const t2 = line.indexOf(TAB, t1 + 1);
  if (t2 < 0) return null;
  const t3 = line.indexOf(TAB, t2 + 1);
  if (t3 < 0) return null;
  const t4 = line.indexOf(TAB, t3 + 1);
  if (t4 < 0) return null;
  const t5 = line.indexOf(TAB, t4 + 1);
  if (t5 < 0) return null;
  const t6 = line.indexOf(TAB, t5 + 1);
  if (t6 < 0 || line.indexOf(TAB, t6 + 1) >= 0) return null;

  // Domain: an optional leading dot, then lower-case letters, digits, '.', '-' and '_' only.
  let from = start;
  const dotted = line.charCodeAt(from) === 46; /* . */
  if (dotted) from++;
  if (from >= t1 || line.charCodeAt(from) === 46) return null;
  for (let i = from; i < t1; i++) {
    const c = line.charCodeAt(i);
    const plain =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95; /* a-z 0-9 . - _ */
    if (!plain) return null;
  }
  const includeSubdomains = flagAt(line, t1 + 1, t2);
  if (includeSubdomains === null) return null;
  if (line.charCodeAt(t2 + 1) !== 47 /* / */) return null;
  const secure = flagAt(line, t3 + 1, t4);
  if (secure === null) return null;

  // Expiry: 1 to 15 digits (whole seconds; Number() is exact there), 0 = session.
  const digits = t5 - (t4 + 1);
  if (digits < 1 || digits > 15) return null;
  let seconds = 0;
  for (let i = t4 + 1; i < t5; i++) {
    const d = line.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    seconds = seconds * 10 + d;
  }
  if (!isExpiryInRange(seconds)) return null;

  return {
    name: line.slice(t5 + 1, t6),
    value: line.slice(t6 + 1),
    domain: intern(line.slice(from, t1)),
    // The leading dot or TRUE, either one, makes a domain cookie (as the general reader decides).
    hostOnly: !(includeSubdomains || dotted),
    path: intern(line.slice(t2 + 1, t3)),
    expires: seconds === 0 ? null : seconds,
    httpOnly,
    secure,
    sameSite: null,
  };
}
