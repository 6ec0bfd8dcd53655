// The report as CSV (RFC 4180: CRLF rows, quotes doubled inside quoted cells) that a spreadsheet opens safely.
import { formatSeconds } from '../../../../shared/duration';
import type { Finding, Report } from '../../../../shared/model';

const HEADER = ['Severity', 'Site', 'Cookie', 'Kind', 'Message', 'Declared', 'Actual'];

/**
 * Cookie names and policy texts come from websites: a cell a spreadsheet would read as a formula (= + - @, or a
 * leading tab or CR) gets a leading apostrophe (OWASP CSV injection).
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function actual(f: Finding): string {
  if (f.evidence.actualSeconds !== null) return formatSeconds(f.evidence.actualSeconds, 'en');
  // A stored cookie without a lifetime is a session cookie; site-wide and not-seen findings have no actual lifetime.
  return f.type === 'cookie' && f.evidence.where !== null ? 'session' : '';
}

export function reportToCsv(report: Report): string {
  const rows = [HEADER];
  for (const f of report.findings) {
    rows.push([
      f.severity,
      f.site,
      f.cookie ?? '',
      f.kind,
      f.message,
      f.evidence.declared?.raw ?? '',
      actual(f),
    ]);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
