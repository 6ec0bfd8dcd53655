// Markdown policies: # headings, paragraphs, and GitHub-style pipe tables.
import { BOLD_LEVEL, MAX_CELLS, Outline, type RawRow } from './outline';
import { cleanLines, collapse, firstUrlHost } from './text';

export interface LineDocument {
  outline: Outline;
  /** The host of the first URL above the first table: the site the policy speaks of. */
  hosts: string[];
}

const SEPARATOR = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Inline Markdown to plain text: links and images to their text, emphasis marks and code ticks dropped. */
export function inlineText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\*\*|`/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Splits a row on pipes that are not escaped (`\|`). */
function splitRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
      if (cells.length >= MAX_CELLS) return cells.map((cell) => cleanLines(inlineText(cell)));
    } else current += ch;
  }
  cells.push(current);
  return cells.map((cell) => cleanLines(inlineText(cell)));
}

export function readMarkdown(text: string): LineDocument {
  const outline = new Outline();
  const lines = text.split(/\r\n|\r|\n/);
  let paragraph: string[] = [];
  let host: string | null = null;
  const flush = (): void => {
    if (paragraph.length > 0) outline.paragraph(collapse(inlineText(paragraph.join(' '))));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (outline.tables.length === 0) host ??= firstUrlHost(line);
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      const fence = line.trim().slice(0, 3);
      while (i + 1 < lines.length && !lines[i + 1]!.trim().startsWith(fence)) i++;
      i++;
      continue;
    }
    const heading = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      outline.heading(heading[1]!.length, collapse(inlineText(heading[2]!)));
      continue;
    }
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && SEPARATOR.test(next) && next.includes('-')) {
      flush();
      const rows: RawRow[] = [];
      const header = splitRow(line);
      rows.push({ number: 1, cells: header, written: header.length, spanning: false });
      i += 1;
      while (i + 1 < lines.length && lines[i + 1]!.includes('|') && lines[i + 1]!.trim().length > 0) {
        i++;
        const cells = splitRow(lines[i]!);
        rows.push({ number: rows.length + 1, cells, written: cells.length, spanning: false });
      }
      outline.table(rows);
      continue;
    }
    if (
      next !== undefined &&
      line.trim().length > 0 &&
      paragraph.length === 0 &&
      /^\s*(=+|-+)\s*$/.test(next)
    ) {
      outline.heading(next.trim().startsWith('=') ? 1 : 2, collapse(inlineText(line)));
      i++;
      continue;
    }
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/.exec(line);
    if (bold && paragraph.length === 0) {
      outline.heading(BOLD_LEVEL, collapse(inlineText(bold[1]!)));
      continue;
    }
    paragraph.push(line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''));
  }
  flush();
  return { outline, hosts: host ? [host] : [] };
}
