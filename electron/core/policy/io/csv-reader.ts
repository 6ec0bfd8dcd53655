// Spreadsheet exports of a policy: comma or semicolon separated (French Excel writes semicolons), BOM, quotes.
import { Buffer } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { MAX_CELLS, type RawTable } from './outline';
import { cleanLines } from './text';

export interface CsvRead {
  table: RawTable | null;
  /** What made the file unreadable as CSV, if it was. */
  error: string | null;
}

/** The separator the header line uses most, outside quotes. */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.replace(/"[^"]*"/g, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (ch: string): number => firstLine.split(ch).length - 1;
  const semi = count(';');
  const comma = count(',');
  const tab = count('\t');
  if (tab > comma && tab > semi) return '\t';
  return semi > comma ? ';' : ',';
}

// Crumbs's CSV writer puts an apostrophe before a cell a spreadsheet would run as a formula; reading takes it off.
const GUARDED = /^'(?='*[=+\-@\t\r])/;

function breaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

export function readCsv(text: string, fileName: string): CsvRead {
  const bytes = Buffer.from(text, 'utf8');
  let consumed = 0;
  let line = 1;
  const lines: number[] = [];
  const skipped: string[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: csvDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) skipped.push(err.message);
        return undefined;
      },
      on_record: (record: string[], context) => {
        // csv-parse counts a CRLF inside quotes as two lines: count them here, from the bytes each record took.
        const slice = bytes.subarray(consumed, context.bytes_records).toString('utf8');
        const blank = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(slice)?.[0] ?? '';
        lines.push(line + breaks(blank));
        line += breaks(slice);
        consumed = context.bytes_records;
        return record;
      },
    });
  } catch (err) {
    return { table: null, error: err instanceof Error ? err.message : 'unreadable CSV' };
  }
  const rows = records.map((record, index) => {
    const cells = record.slice(0, MAX_CELLS).map((cell) => cleanLines(String(cell).replace(GUARDED, '')));
    return { number: lines[index] ?? index + 1, cells, written: cells.length, spanning: false };
  });
  return {
    table: { number: 1, rows, context: null, where: fileName, rowWord: 'line' },
    error: skipped.length > 0 ? `${skipped.length} records could not be read: ${skipped[0]}` : null,
  };
}
