// Form-urlencoded query strings, the shape OneTrust keeps its OptanonConsent cookie in
// (`isGpcEnabled=0&datestamp=Fri+Jan+31+2025+…&groups=C0001%3A1%2CC0002%3A0`).
import { decodeRepeatedly, formDecode, formEncode } from './percent-encoding';

/**
 * Reads a query string leniently: keys are matched case-insensitively (the first occurrence wins), values are
 * form-decoded (and decoded again when they were encoded twice). A whole value encoded once more
 * (`isGpcEnabled%3D0%26datestamp…`) is unwrapped first.
 */
export function parseQuery(text: string): Map<string, string> {
  let body = text.trim().replace(/^\?/, '');
  if (!body.includes('=') && /%3D/i.test(body)) body = decodeRepeatedly(body, 1);
  const params = new Map<string, string>();
  for (const part of body.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const key = formDecode(at < 0 ? part : part.slice(0, at))
      .trim()
      .toLowerCase();
    const value = at < 0 ? '' : formDecode(part.slice(at + 1));
    if (key !== '' && !params.has(key)) params.set(key, value);
  }
  return params;
}

/** Writes pairs in the given order, each value form-encoded the way OneTrust does it. */
export function serializeQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([key, value]) => `${key}=${formEncode(value)}`).join('&');
}
