// Which format a file is in, with a reason the user can check ("starts with '# Netscape HTTP Cookie
// File'"). JSON is decided by the first character and one JSON.parse, whose value is handed on so the
// parser does not parse again; cookies.txt by its header, a cookie-spec comment, or its first cookie line.
import { isRecord, kindOf } from './extension-json';
import { isOverInputLimit, stripBom } from './limits';
import { classifyNetscapeLine, NETSCAPE_HEADER, parseFlag } from './netscape';
import type { Detection, FileFormat } from './types';

export interface Inspection {
  detection: Detection;
  /** Set when the text parsed as JSON. */
  json?: { value: unknown };
}

const SPEC_COMMENTS = [
  'netscape.com/newsref/std/cookie_spec.html',
  'curl.se/docs/http-cookies.html',
  'curl.haxx.se',
];

function isCookieObject(value: unknown): boolean {
  return isRecord(value) && typeof value.name === 'string' && typeof value.domain === 'string';
}

function shapeOf(items: unknown[]): string {
  const has = (key: string): boolean => items.some((item) => isRecord(item) && key in item);
  if (['expirationDate', 'hostOnly', 'storeId', 'session'].some(has))
    return 'Cookie-Editor / EditThisCookie shape';
  if (has('expires')) return "Playwright / Puppeteer shape; 'expires' is read as the expiry";
  return 'name/value/domain objects';
}

function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

function describeList(items: unknown[]): { ok: boolean; text: string } {
  const cookies = items.filter(isCookieObject);
  if (cookies.length === 0) {
    return {
      ok: false,
      text: `${counted(items.length, 'entry', 'entries')}, none of them a cookie object with name and domain`,
    };
  }
  const shape = shapeOf(cookies);
  if (cookies.length === items.length)
    return { ok: true, text: `${counted(items.length, 'cookie object')} (${shape})` };
  return {
    ok: true,
    text: `${counted(items.length, 'entry', 'entries')}, ${cookies.length} of them cookie objects (${shape})`,
  };
}

function detectJsonValue(value: unknown): Detection {
  if (Array.isArray(value)) {
    if (value.length === 0) return { format: 'json', reason: 'an empty JSON array (no cookies)' };
    const list = describeList(value);
    return { format: list.ok ? 'json' : null, reason: `JSON array of ${list.text}` };
  }
  if (isRecord(value) && Array.isArray(value.cookies)) {
    const label =
      'cookieManagerVersion' in value
        ? " ('A Cookie Manager')"
        : 'origins' in value
          ? ' (Playwright storageState)'
          : '';
    if (value.cookies.length === 0)
      return { format: 'json', reason: `JSON object with an empty cookies array${label}` };
    const list = describeList(value.cookies);
    return {
      format: list.ok ? 'json' : null,
      reason: `JSON object with a cookies array${label}: ${list.text}`,
    };
  }
  const found = isRecord(value)
    ? "JSON object without a 'cookies' array"
    : `JSON value that is ${kindOf(value)}`;
  return { format: null, reason: `${found}, not a list of cookies` };
}

function detectNetscape(body: string): Detection {
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  let lineNumber = 0;
  let seenText = false;
  while (start <= body.length) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(body);
    const end = found ? found.index : body.length;
    const line = body.slice(start, end);
    start = found ? end + found[0].length : body.length + 1;
    lineNumber++;

    const sorted = classifyNetscapeLine(line);
    if (sorted.kind === 'blank') continue;
    if (!seenText && sorted.kind === 'comment') {
      if (sorted.text.startsWith(NETSCAPE_HEADER))
        return { format: 'netscape', reason: `starts with '${NETSCAPE_HEADER}'` };
      if (/^#\s*HTTP Cookie File/i.test(sorted.text)) {
        return {
          format: 'netscape',
          reason: "starts with '# HTTP Cookie File' (the older curl / Netscape header)",
        };
      }
    }
    seenText = true;
    if (sorted.kind === 'comment') {
      if (SPEC_COMMENTS.some((url) => sorted.text.includes(url))) {
        return { format: 'netscape', reason: `has the cookies.txt spec comment on line ${lineNumber}` };
      }
      continue;
    }
    if (sorted.kind === 'malformed') {
      return { format: null, reason: `line ${lineNumber} is not a cookies.txt line: ${sorted.reason}` };
    }
    const { fields, spaced } = sorted;
    if (!spaced) {
      const empty = fields.length === 6 ? ' (the value left out)' : '';
      return {
        format: 'netscape',
        reason: `${fields.length} tab-separated fields${empty} on line ${lineNumber}`,
      };
    }
    if (parseFlag(fields[1] ?? '') !== null && parseFlag(fields[3] ?? '') !== null) {
      return {
        format: 'netscape',
        reason: `${fields.length} space-separated fields on line ${lineNumber} (tabs replaced by spaces; read leniently)`,
      };
    }
    return {
      format: null,
      reason: `line ${lineNumber} is not a cookies.txt line: no tabs, and its 2nd and 4th words are not TRUE/FALSE`,
    };
  }
  return { format: null, reason: 'only comments and blank lines: no cookies.txt header and no cookie lines' };
}

/** Detection plus the parsed JSON value, for parseFile. */
export function inspectText(text: string): Inspection {
  if (isOverInputLimit(text))
    return { detection: { format: null, reason: 'the file is larger than 64 MiB' } };
  const body = stripBom(text);
  const first = body.trimStart().charAt(0);
  if (first === '') return { detection: { format: null, reason: 'the file is empty' } };
  if (first === '[' || first === '{') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      // Still JSON in intent: the parser then says where the syntax breaks.
      return { detection: { format: 'json', reason: `starts with '${first}' but is not valid JSON` } };
    }
    return { detection: detectJsonValue(value), json: { value } };
  }
  return { detection: detectNetscape(body) };
}

export function detectFormat(text: string): Detection {
  return inspectText(text).detection;
}

const LABELS: Record<FileFormat, string> = {
  netscape: 'Netscape cookies.txt',
  json: 'extension JSON',
};

/** The reason shown when the user named the format instead of leaving it to detection. */
export function givenFormatReason(format: FileFormat, detected: Detection): string {
  if (detected.format === format) return `read as ${LABELS[format]} as asked (${detected.reason})`;
  return `read as ${LABELS[format]} as asked, though it does not look like it: ${detected.reason}`;
}
