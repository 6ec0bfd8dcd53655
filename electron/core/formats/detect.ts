// Which format a file is in, with a reason the user can check ("starts with '# Netscape HTTP Cookie
// File'"). JSON is decided by the first character and one JSON.parse, whose value is handed on so the
// parser does not parse again; cookies.txt by its header, a cookie-spec comment, or its first cookie line.
import { reasonFor, type Reason } from '../../../shared/problem-codes';
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

/** A key of LIST_SHAPES (shared/problem-codes.ts). */
function shapeOf(items: unknown[]): string {
  const has = (key: string): boolean => items.some((item) => isRecord(item) && key in item);
  if (['expirationDate', 'hostOnly', 'storeId', 'session'].some(has)) return 'editor';
  if (has('expires')) return 'playwright';
  return 'plain';
}

function describeList(items: unknown[]): { ok: boolean; text: Reason } {
  const cookies = items.filter(isCookieObject);
  if (cookies.length === 0) {
    return { ok: false, text: reasonFor('LIST_NO_COOKIE_OBJECTS', { count: items.length }) };
  }
  const shape = shapeOf(cookies);
  if (cookies.length === items.length)
    return { ok: true, text: reasonFor('LIST_ALL_COOKIE_OBJECTS', { count: items.length, shape }) };
  return {
    ok: true,
    text: reasonFor('LIST_SOME_COOKIE_OBJECTS', { count: items.length, cookies: cookies.length, shape }),
  };
}

function detectJsonValue(value: unknown): Detection {
  if (Array.isArray(value)) {
    if (value.length === 0) return { format: 'json', ...reasonFor('JSON_EMPTY_ARRAY') };
    const list = describeList(value);
    return { format: list.ok ? 'json' : null, ...reasonFor('JSON_ARRAY_OF', {}, [list.text]) };
  }
  if (isRecord(value) && Array.isArray(value.cookies)) {
    // A key of OBJECT_LABELS (shared/problem-codes.ts).
    const label = 'cookieManagerVersion' in value ? 'acm' : 'origins' in value ? 'storage' : 'none';
    if (value.cookies.length === 0)
      return { format: 'json', ...reasonFor('JSON_OBJECT_EMPTY_COOKIES', { label }) };
    const list = describeList(value.cookies);
    return { format: list.ok ? 'json' : null, ...reasonFor('JSON_OBJECT_COOKIES', { label }, [list.text]) };
  }
  if (isRecord(value)) return { format: null, ...reasonFor('JSON_OBJECT_NO_COOKIES') };
  return { format: null, ...reasonFor('JSON_VALUE_NOT_LIST', { kind: kindOf(value) }) };
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
        return { format: 'netscape', ...reasonFor('NETSCAPE_HEADER') };
      if (/^#\s*HTTP Cookie File/i.test(sorted.text)) {
        return { format: 'netscape', ...reasonFor('NETSCAPE_OLD_HEADER') };
      }
    }
    seenText = true;
    if (sorted.kind === 'comment') {
      if (SPEC_COMMENTS.some((url) => sorted.text.includes(url))) {
        return { format: 'netscape', ...reasonFor('NETSCAPE_SPEC_COMMENT', { line: lineNumber }) };
      }
      continue;
    }
    if (sorted.kind === 'malformed') {
      return { format: null, ...reasonFor('NETSCAPE_NOT_A_LINE', { line: lineNumber }, [sorted]) };
    }
    const { fields, spaced } = sorted;
    if (!spaced) {
      return {
        format: 'netscape',
        ...reasonFor('NETSCAPE_TAB_FIELDS', { count: fields.length, line: lineNumber }),
      };
    }
    if (parseFlag(fields[1] ?? '') !== null && parseFlag(fields[3] ?? '') !== null) {
      return {
        format: 'netscape',
        ...reasonFor('NETSCAPE_SPACE_FIELDS', { count: fields.length, line: lineNumber }),
      };
    }
    return { format: null, ...reasonFor('NETSCAPE_NO_TABS_NO_FLAGS', { line: lineNumber }) };
  }
  return { format: null, ...reasonFor('NETSCAPE_ONLY_COMMENTS') };
}

/** Detection plus the parsed JSON value, for parseFile. */
export function inspectText(text: string): Inspection {
  if (isOverInputLimit(text)) return { detection: { format: null, ...reasonFor('FILE_TOO_LARGE') } };
  const body = stripBom(text);
  const first = body.trimStart().charAt(0);
  if (first === '') return { detection: { format: null, ...reasonFor('FILE_EMPTY') } };
  if (first === '[' || first === '{') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      // Still JSON in intent: the parser then says where the syntax breaks.
      return { detection: { format: 'json', ...reasonFor('JSON_INVALID_START', { first }) } };
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
export function givenFormatReason(format: FileFormat, detected: Detection): Reason {
  const label = LABELS[format];
  if (detected.format === format) return reasonFor('READ_AS_ASKED', { label }, [detected]);
  return reasonFor('READ_AS_ASKED_UNLIKE', { label }, [detected]);
}
