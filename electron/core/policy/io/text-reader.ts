// Plain text as copied from a browser: prose lines, and tables as runs of tab-separated lines (the seed page).
import { mapCategory } from './categories';
import type { LineDocument } from './markdown-reader';
import { BOLD_LEVEL, MAX_CELLS, MINOR_LEVEL, Outline, type RawRow } from './outline';
import { cleanLines, collapse, firstUrlHost } from './text';

/** A text line reads as a heading when it is short and does not end a sentence. */
const MAX_HEADING = 100;
const MAX_HEAD_BEFORE_COLON = 60;

function tableRows(lines: string[]): RawRow[] {
  const width = Math.min(lines[0]!.split('\t', MAX_CELLS).length, MAX_CELLS);
  return lines.map((line, index) => {
    const cells = line.split('\t', MAX_CELLS).map((cell) => cleanLines(cell));
    // A stray tab at either end of a row adds an empty cell that shifts nothing but the count.
    while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
    while (cells.length > width && cells[0] === '') cells.shift();
    return { number: index + 1, cells, written: cells.length, spanning: false };
  });
}

function prose(outline: Outline, rawLine: string): void {
  const line = collapse(rawLine);
  // "Strictly necessary cookies: These cookies are…" — a heading and its description on one line.
  const colon = line.indexOf(': ');
  if (colon > 0 && colon <= MAX_HEAD_BEFORE_COLON) {
    const head = line.slice(0, colon);
    if (mapCategory(head)) {
      outline.heading(BOLD_LEVEL, head);
      outline.paragraph(line.slice(colon + 2).trim());
      return;
    }
  }
  if (line.length <= MAX_HEADING && !/[.!]$/.test(line)) {
    // A heading that names no category stays below the last one that does: "Google Analytics" under "Statistics".
    outline.heading(mapCategory(line) ? BOLD_LEVEL : MINOR_LEVEL, line);
    return;
  }
  outline.paragraph(line);
}

export function readText(text: string): LineDocument {
  const outline = new Outline();
  const lines = text.split(/\r\n|\r|\n/);
  let host: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().length === 0) continue;
    if (!line.includes('\t') || line.split('\t').filter((c) => c.trim()).length < 2) {
      if (outline.tables.length === 0) host ??= firstUrlHost(line);
      prose(outline, line);
      continue;
    }
    const run = [line];
    while (i + 1 < lines.length) {
      let next = i + 1;
      // Blank lines between rows (some browsers copy them) do not end a table; a line of prose does.
      while (next < lines.length && lines[next]!.trim().length === 0) next++;
      if (next >= lines.length || !lines[next]!.includes('\t')) break;
      run.push(lines[next]!);
      i = next;
    }
    outline.table(tableRows(run));
  }
  return { outline, hosts: host ? [host] : [] };
}
