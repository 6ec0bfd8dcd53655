// What every cookie-file format module offers. Parsers never throw on bad rows: each one becomes a
// Problem naming the line or entry; the caller decides (all-or-nothing import, or --skip-invalid).
import type { CookieData, Problem } from '../../../shared/model';
import type { Reason } from '../../../shared/problem-codes';

export type FileFormat = 'netscape' | 'json';

/**
 * A cookie read from an input, and where it came from: `where` spelled out ("export.json entry 3"), or for
 * line-based formats just the `line`, spelled out (`placeOf`) only when a problem or warning names it. At
 * 100,000 cookies, building every "cookies.txt line N" string up front was a seventh of an import.
 */
export type ParsedEntry =
  | { cookie: CookieData; where: string; line?: undefined }
  | { cookie: CookieData; line: number; where?: undefined };

/** Where an entry came from, in words: "cookies.txt line 12" or "export.json entry 3". */
export function placeOf(entry: ParsedEntry, source: string): string {
  return entry.where ?? `${source} line ${entry.line}`;
}

export interface ParseResult {
  format: FileFormat;
  entries: ParsedEntry[];
  problems: Problem[];
}

/** The format, and why: `reason` is the English text ("starts with '# Netscape HTTP Cookie File'"), coded. */
export interface Detection extends Reason {
  format: FileFormat | null;
}
