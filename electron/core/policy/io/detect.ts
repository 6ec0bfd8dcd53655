// Which reader a file needs, and why: JSON by parsing, HTML by its tags, Markdown by its pipe tables, CSV by its
// extension or a cookie-table header line, plain text (tab-separated tables) otherwise.
import { csvDelimiter } from './csv-reader';
import { isCookieHeader, mapHeader } from './vocabulary';

export const POLICY_FORMATS = ['html', 'markdown', 'csv', 'json', 'text'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

export interface Detection {
  format: PolicyFormat;
  reason: string;
  /** The parsed value when the file is JSON: parsed once. */
  json?: unknown;
}

const HTML_TAG = /<(!doctype\s+html|html|head|body|table|div|p|h[1-6]|section|article|main|ul|tr|td)[\s>/]/i;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function parseJson(text: string): { value: unknown } | null {
  const first = text.trimStart().charAt(0);
  if (first !== '[' && first !== '{') return null;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

export function detectFormat(text: string, fileName: string): Detection {
  const ext = extension(fileName);
  const json = parseJson(text);
  if (json) return { format: 'json', reason: 'parses as JSON', json: json.value };
  if (ext === 'json') return { format: 'json', reason: 'file name ends in .json' };
  if (ext === 'md' || ext === 'markdown') {
    return { format: 'markdown', reason: `file name ends in .${ext}` };
  }
  const tag = HTML_TAG.exec(text);
  if (tag) return { format: 'html', reason: `has HTML tags (<${tag[1]!.toLowerCase()}>)` };
  if (ext === 'html' || ext === 'htm') return { format: 'html', reason: `file name ends in .${ext}` };
  if (PIPE_SEPARATOR.test(text)) return { format: 'markdown', reason: 'has Markdown pipe tables' };
  if (ext === 'csv') return { format: 'csv', reason: 'file name ends in .csv' };
  const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim().length > 0) ?? '';
  const delimiter = csvDelimiter(firstLine);
  if (delimiter !== '\t' && isCookieHeader(mapHeader(firstLine.split(delimiter).map(unquote)))) {
    return { format: 'csv', reason: `its first line is a cookie table header separated by '${delimiter}'` };
  }
  return { format: 'text', reason: 'plain text (tables as tab-separated lines)' };
}

function unquote(cell: string): string {
  return cell.trim().replace(/^"(.*)"$/, '$1');
}
