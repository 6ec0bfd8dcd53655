// The cookie-file formats as the jar, the CLI and the UI use them: detect, parse, serialize.
import type { CookieData } from '../../../shared/model';
import { givenFormatReason, inspectText } from './detect';
import { parseExtensionJson, parseExtensionJsonValue, serializeExtensionJson } from './extension-json';
import { assertInputSize } from './limits';
import { parseNetscape, serializeNetscape } from './netscape';
import type { Detection, FileFormat, ParseResult } from './types';

export { detectFormat } from './detect';
export { parseExtensionJson, serializeExtensionJson } from './extension-json';
export { MAX_INPUT_BYTES, MAX_LINE_BYTES } from './limits';
export { parseNetscape, serializeNetscape } from './netscape';
export { parseSameSite, toExtensionSameSite, type ExtensionSameSite } from './samesite';
export type { Detection, FileFormat, ParsedEntry, ParseResult } from './types';

/**
 * Parses a cookie file. With 'auto' the format is detected first and an unrecognised file gives
 * `result: null` with the detection's reason; a named format is always tried, and where it does not fit
 * the rows become problems. Throws TOO_LARGE (CrumbsError) over 64 MiB; never throws for bad content.
 */
export function parseFile(
  text: string,
  source: string,
  format: 'auto' | FileFormat,
): { result: ParseResult | null; detection: Detection } {
  assertInputSize(text, source);
  const inspected = inspectText(text);
  if (format === 'auto' && inspected.detection.format === null)
    return { result: null, detection: inspected.detection };
  const chosen = format === 'auto' ? inspected.detection.format : format;
  const detection: Detection =
    format === 'auto' ? inspected.detection : { format, ...givenFormatReason(format, inspected.detection) };
  if (chosen === 'netscape') return { result: parseNetscape(text, source), detection };
  const result = inspected.json
    ? parseExtensionJsonValue(inspected.json.value, source)
    : parseExtensionJson(text, source);
  return { result, detection };
}

/** Writes cookies as cookies.txt or extension JSON. `now` (Unix seconds) only dates the cookies.txt header. */
export function serialize(cookies: CookieData[], format: FileFormat, options: { now?: number } = {}): string {
  return format === 'netscape' ? serializeNetscape(cookies, options) : serializeExtensionJson(cookies);
}
