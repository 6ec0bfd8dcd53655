// The database's CSV export: a header row naming the columns, then one cookie a row (RFC 4180 quoting,
// descriptions with commas and line breaks inside quotes).
import { parse } from 'csv-parse/sync';
import { fieldOf, type Field, type OcdRecord, type ProblemSink } from './record';

/** The export's own header spellings, to name a column in a problem. */
const CSV_LABELS: Record<Field, string> = {
  id: 'ID',
  platform: 'Platform',
  category: 'Category',
  name: 'Cookie / Data Key name',
  domain: 'Domain',
  description: 'Description',
  retention: 'Retention period',
  controller: 'Data Controller',
  privacy: 'User Privacy & GDPR Rights Portals',
  wildcard: 'Wildcard match',
};

interface Parsed {
  record: string[];
  info: { lines: number };
}

/** Calls `take` for each row in file order; rows that cannot be records at all go to `problems`. */
export function readCsvRecords(
  text: string,
  fileName: string,
  problems: ProblemSink,
  take: (record: OcdRecord) => void,
): void {
  let rows: Parsed[];
  // csv-parse reports a fatal row while parsing, before the rows before it are taken: keep it for the end.
  const fatal: { where: string; reason: string }[] = [];
  try {
    // One line ending throughout: csv-parse counts a CRLF inside a quoted field as two lines, and line
    // numbers in problems must match what an editor shows.
    rows = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err, raw) => {
        // With quotes and column counts relaxed, what is left is a quote never closed: it runs to the end.
        const end = typeof err?.lines === 'number' ? err.lines : 1;
        const start = Math.max(1, end - count(raw ?? '', '\n') + 1);
        const why =
          err?.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted field opened on this line is never closed'
            : `unreadable row (${err?.code ?? 'unknown error'})`;
        fatal.push({
          where: `${fileName} line ${start}`,
          reason: `${why}: the rest of the file was not read`,
        });
        return undefined;
      },
    }) as unknown as Parsed[];
  } catch (err) {
    problems.add(
      fileName,
      `not readable as CSV (${err instanceof Error ? err.name : 'error'}): nothing read`,
    );
    return;
  }
  const header = rows[0];
  if (!header) {
    if (fatal.length === 0) problems.add(fileName, 'empty file: no header row and no cookies');
    for (const { where, reason } of fatal) problems.add(where, reason);
    return;
  }
  const columns = header.record.map((title) => fieldOf(title));
  const missing = (['name', 'category'] as const).filter((f) => !columns.includes(f));
  if (missing.length > 0) {
    problems.add(
      `${fileName} line 1`,
      `no ${missing.map((f) => `'${CSV_LABELS[f]}'`).join(' or ')} column: not an Open Cookie Database export`,
    );
    return;
  }
  for (const { record, info } of rows.slice(1)) {
    // info.lines is where the row ends; line breaks inside quoted fields tell where it began.
    const line = info.lines - record.reduce((n, value) => n + count(value, '\n'), 0);
    const where = `${fileName} line ${line}`;
    if (record.length !== columns.length) {
      problems.add(where, `${record.length} fields where the header has ${columns.length}: row skipped`);
      continue;
    }
    const values: Partial<Record<Field, string>> = {};
    record.forEach((value, i) => {
      const field = columns[i];
      if (field && values[field] === undefined) values[field] = value;
    });
    take({ where, values, labels: CSV_LABELS, issues: [] });
  }
  for (const { where, reason } of fatal) problems.add(where, reason);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
