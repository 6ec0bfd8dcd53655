// Loads the Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0) from the CSV or
// JSON export the user gives, into catalog entries. Never throws for bad content: what is sound is kept and
// each row that is not becomes a problem. Only an oversize file throws (TOO_LARGE).
import { CrumbsError } from '../../../../../shared/errors';
import type { Problem } from '../../../../../shared/model';
import type { CatalogEntry } from '../../../../../shared/policy';
import { ProblemList } from '../../../formats/limits';
import { readCsvRecords } from './csv';
import { readJsonRecords } from './json';
import { toEntry, type OcdRecord } from './record';

/** The whole database is under 1 MiB as CSV; twenty times that is no export of it. */
export const MAX_OCD_BYTES = 20 * 1024 * 1024;

export function readOpenCookieDatabase(
  bytes: Uint8Array,
  fileName: string,
): { entries: CatalogEntry[]; problems: Problem[] } {
  if (bytes.length > MAX_OCD_BYTES) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${fileName} is larger than ${MAX_OCD_BYTES / (1024 * 1024)} MiB: it is not an Open Cookie Database export.`,
      { limit: MAX_OCD_BYTES },
    );
  }
  const problems = new ProblemList(fileName);
  if (looksBinary(bytes)) {
    problems.add(fileName, 'a binary file, not a CSV or JSON export: nothing read');
    return { entries: [], problems: problems.list() };
  }
  const text = decode(bytes);
  const first = text.trimStart().charAt(0);
  const entries: CatalogEntry[] = [];
  const take = (record: OcdRecord): void => {
    const entry = toEntry(record, problems);
    if (entry) entries.push(entry);
  };
  if (first === '{' || first === '[') readJsonRecords(text, fileName, problems, take);
  else readCsvRecords(text, fileName, problems, take);
  return { entries, problems: problems.list() };
}

/** NUL bytes near the start, outside UTF-16 text: a database or archive, not worth decoding 20 MiB of. */
function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8192).includes(0);
}

/** UTF-8, or UTF-16 when a byte-order mark says so (a spreadsheet's "Unicode text" save); the BOM is dropped. */
function decode(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
