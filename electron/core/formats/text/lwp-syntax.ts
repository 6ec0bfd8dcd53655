// The two pieces of Python's http.cookiejar that LWP files depend on, ported to read what it writes:
// split_header_words (`name="quoted \" value"; flag; key=token, next=cookie`) and iso2time
// ("2026-01-01 00:00:00Z" and the other ISO 8601 spellings it accepts). libwww-perl writes the same shapes.

export type HeaderPair = [name: string, value: string | null];

// Sticky patterns matched at a moving position: the same steps as Python's regex-and-slice loop,
// without copying the rest of the line at every token.
const TOKEN = /\s*([^=\s;,]+)/y;
const QUOTED_VALUE = /\s*=\s*"([^"\\]*(?:\\.[^"\\]*)*)"/y;
const VALUE = /\s*=\s*([^\s;,]*)/y;
const COMMA = /\s*,/y;
const JUNK = /[=\s;]*/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * One line into its comma-separated groups of key/value pairs, as split_header_words does: a quoted
 * value loses its quotes and backslash escapes; a lone token has the value null; junk is skipped.
 */
export function splitHeaderWords(text: string): HeaderPair[][] {
  const groups: HeaderPair[][] = [];
  let pairs: HeaderPair[] = [];
  let at = 0;
  while (at < text.length) {
    const token = matchAt(TOKEN, text, at);
    if (token) {
      at += token[0].length;
      const name = token[1] ?? '';
      const quoted = matchAt(QUOTED_VALUE, text, at);
      if (quoted) {
        at += quoted[0].length;
        pairs.push([name, (quoted[1] ?? '').replace(/\\(.)/gs, '$1')]);
        continue;
      }
      const plain = matchAt(VALUE, text, at);
      if (plain) {
        at += plain[0].length;
        pairs.push([name, (plain[1] ?? '').trimEnd()]);
        continue;
      }
      pairs.push([name, null]);
      continue;
    }
    const comma = matchAt(COMMA, text, at);
    if (comma) {
      at += comma[0].length;
      if (pairs.length > 0) groups.push(pairs);
      pairs = [];
      continue;
    }
    // The token pattern fails only on '=', whitespace, ';' or ','; the first three are junk, ',' is
    // handled above, so junk is never empty here. The guard keeps a future edit from looping forever.
    at += Math.max(matchAt(JUNK, text, at)?.[0].length ?? 0, 1);
  }
  if (pairs.length > 0) groups.push(pairs);
  return groups;
}

const ISO_DATE =
  /^(\d{4})[-/]?(\d\d?)[-/]?(\d\d?)(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?\s*(?:([-+]?\d\d?:?(?::?\d\d)?|Z|z)\s*)?$/;
const ZONE = /^([-+])?(\d\d?):?(\d\d)?$/;

function zoneOffsetSec(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT' || upper === 'UT') return 0;
  const match = ZONE.exec(zone);
  if (!match) return null;
  const seconds = 3600 * Number(match[2]) + 60 * Number(match[3] ?? 0);
  return match[1] === '-' ? -seconds : seconds;
}

/** Unix seconds for an LWP `expires` value, or null when it is no date iso2time reads. */
export function isoToUnix(text: string): number | null {
  const match = ISO_DATE.exec(text.trimStart());
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Math.floor(Number(second));
  // Python's _timegm range check; year < 1000 (two-digit guessing) is not worth porting for cookie files.
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 61) return null;
  const offset = zoneOffsetSec(zone);
  if (offset === null) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000 - offset;
}
