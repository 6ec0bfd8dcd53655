// What every cookie-file format module offers. Parsers never throw on bad rows: each one becomes a
// Problem naming the line or entry; the caller decides (all-or-nothing import, or --skip-invalid).
import type { CookieData, Problem } from '../../../shared/model';

export type FileFormat = 'netscape' | 'json';

export interface ParsedEntry {
  cookie: CookieData;
  /** Where in the input it came from, e.g. "cookies.txt line 12" or "export.json entry 3". */
  where: string;
}

export interface ParseResult {
  format: FileFormat;
  entries: ParsedEntry[];
  problems: Problem[];
}

export interface Detection {
  format: FileFormat | null;
  /** Human reason, shown to the user: "starts with '# Netscape HTTP Cookie File'", "JSON array of objects with name/value/domain". */
  reason: string;
}
