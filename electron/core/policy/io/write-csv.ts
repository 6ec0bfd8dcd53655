// A policy as CSV (RFC 4180: comma, CRLF, quotes doubled) with one row per entry. Names are written as policies
// write them (`_ga_*` for a prefix, `/…/` for a regex) so the file reads back to the same entries.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR, which some strip first)
// as a formula. Such a cell is written with a leading apostrophe, which spreadsheets show as text and readPolicy
// takes off again.
import type { SitePolicy } from '../../../../shared/policy';
import { formatDeclaredName } from '../../../../shared/name-pattern';

export const CSV_HEADER = ['Supplier', 'Name', 'Type', 'Duration', 'Function', 'Category'] as const;

// An apostrophe already before such a character gets one more, so that reading takes exactly one off.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One cell: guarded against formulas, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function writePolicyCsv(policy: SitePolicy): string {
  const rows = [
    [...CSV_HEADER],
    ...policy.entries.map((e) => [
      e.supplier,
      formatDeclaredName(e),
      e.type,
      e.duration.raw,
      e.function,
      e.category,
    ]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
