// The shape of a policy document as readers walk it: headings, paragraphs and tables in document order. It
// remembers which heading each table sits under, the paragraph after each heading, and the page's intro.
import type { Category } from '../../../../shared/category';
import { mapCategory } from './categories';
import { cleanHeading } from './text';
import { isCookieHeader, mapHeader } from './vocabulary';

/** One row of a table as read: cell texts (lines kept with '\n'), how many cells the source really had. */
export interface RawRow {
  /** 1-based, counting the header and every row before it. */
  number: number;
  cells: string[];
  /** Cells the row was written with (rowspans from above not counted). */
  written: number;
  /** A single cell spanning the table's width (colspan): a label row, not a cookie. */
  spanning: boolean;
}

export interface TableContext {
  heading: string;
  description: string;
  category: Category;
}

export interface RawTable {
  /** 1-based among all tables of the document, recognised or not, so a reader can find it. */
  number: number;
  rows: RawRow[];
  /** The nearest heading above that names a category (or the table's caption), if any. */
  context: TableContext | null;
  /** How problems name the table and its rows: "page.html table 2" … "row 5"; a CSV file is one table of lines. */
  where?: string;
  rowWord?: 'row' | 'line';
}

interface HeadingNode {
  text: string;
  description: string;
  category: Category | null;
}

/** Levels 1–6 are h1–h6; a bold paragraph or a Cookiebot type header is 7; a <summary> or a plain text line 8. */
export const BOLD_LEVEL = 7;
export const MINOR_LEVEL = 8;

/** A table's header is looked for in its first rows only: a title row may come before it, data never does. */
export const HEADER_ROWS = 3;

/** Cells read per row: real cookie tables have a handful of columns; a row of a million cells is an attack. */
export const MAX_CELLS = 200;

/** Whether one of a table's first rows names a cookie and a duration column. */
export function hasCookieHeader(rows: readonly RawRow[]): boolean {
  return rows.slice(0, HEADER_ROWS).some((row) => isCookieHeader(mapHeader(row.cells)));
}

const MENTIONS_COOKIES = /\b(?:cookies?|traceurs?)\b/i;

export class Outline {
  readonly tables: RawTable[] = [];
  private readonly stack: (HeadingNode | undefined)[] = [];
  private awaiting: HeadingNode | null = null;
  private sawCookieTable = false;
  private introText = '';
  private introRank = Number.POSITIVE_INFINITY;
  private sawTitle = false;

  heading(level: number, rawText: string): void {
    const text = cleanHeading(rawText);
    if (text.length === 0) return;
    const node: HeadingNode = { text, description: '', category: mapCategory(text) };
    this.stack[level] = node;
    this.stack.length = level + 1;
    this.awaiting = node;
    if (level === 1 && !this.sawCookieTable) this.sawTitle = true;
  }

  paragraph(text: string): void {
    if (text.length === 0) return;
    if (this.awaiting) {
      this.awaiting.description = text;
      this.awaiting = null;
    }
    if (this.sawCookieTable) return;
    // A page's intro speaks of cookies; a consent widget's status line or a breadcrumb does not.
    const rank = (this.sawTitle ? 0 : 2) + (MENTIONS_COOKIES.test(text) ? 0 : 1);
    if (rank < this.introRank) {
      this.introText = text;
      this.introRank = rank;
    }
  }

  table(rows: RawRow[], caption: string | null = null): void {
    this.awaiting = null;
    // The nearest heading that names a category decides; a higher one naming the same category ("Cookies that
    // measure website use" above "Google Analytics") is the category's own heading and gives the section.
    let found: HeadingNode | null = null;
    for (let level = this.stack.length - 1; level >= 0; level--) {
      const node = this.stack[level];
      if (!node?.category) continue;
      if (found && node.category !== found.category) break;
      found = node;
    }
    let context: TableContext | null = found?.category
      ? { category: found.category, heading: found.text, description: found.description }
      : null;
    // A caption speaks for its own table, but only says more than the heading when it names another category.
    const captionCategory = caption ? mapCategory(caption) : null;
    if (caption && captionCategory && captionCategory !== context?.category) {
      context = { category: captionCategory, heading: cleanHeading(caption), description: '' };
    }
    this.tables.push({ number: this.tables.length + 1, rows, context });
    if (hasCookieHeader(rows)) this.sawCookieTable = true;
  }

  /** Before any cookie table: the first paragraph after the title that mentions cookies, else the closest to that. */
  intro(): string {
    return this.introText;
  }
}
