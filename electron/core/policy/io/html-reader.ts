// Saved cookie-policy pages: parse5 builds the tree (entities decoded, broken markup repaired as browsers do),
// and one walk collects headings, paragraphs and every table, nested ones and those inside <details> included.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { BOLD_LEVEL, hasCookieHeader, MAX_CELLS, MINOR_LEVEL, Outline, type RawRow } from './outline';
import { cleanLines, collapse } from './text';

export interface HtmlDocument {
  outline: Outline;
  lang: string | null;
  /** Hosts that name the page: canonical link, og:url, then a domain in <title>. */
  hosts: string[];
  publisher: string | null;
}

type Element = T.Element;

const SKIP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
]);
const QUIET = new Set(['nav', 'footer', 'aside', 'button', 'form']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tr', 'ul', 'caption',
]); // prettier-ignore
const MAX_COLSPAN = 100;
const MAX_ROWSPAN = 1000;

function isElement(node: T.Node): node is Element {
  return 'tagName' in node;
}

function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

function children(node: T.ParentNode): T.ChildNode[] {
  return node.childNodes ?? [];
}

/** Text as a reader sees it: <br> and block boundaries are line breaks; nested tables and scripts are not text. */
function textOf(node: T.Node, parts: string[] = []): string[] {
  if (node.nodeName === '#text') {
    parts.push((node as T.TextNode).value);
    return parts;
  }
  if (!isElement(node)) return parts;
  if (SKIP.has(node.tagName)) return parts;
  if (node.tagName === 'br') {
    parts.push('\n');
    return parts;
  }
  const block = BLOCK.has(node.tagName) || node.tagName === 'td' || node.tagName === 'th';
  if (block) parts.push('\n');
  for (const child of children(node)) {
    if (isElement(child) && child.tagName === 'table') continue;
    textOf(child, parts);
  }
  if (block) parts.push('\n');
  return parts;
}

function lines(node: T.Node): string {
  return cleanLines(textOf(node).join(''));
}

function flat(node: T.Node): string {
  // Text nodes join as the browser renders them: `<a>site</a>.` is "site.", not "site .".
  return collapse(textOf(node).join(''));
}

function hasBlockInside(el: Element): boolean {
  return children(el).some((c) => isElement(c) && (BLOCK.has(c.tagName) || hasBlockInside(c)));
}

function boldText(el: Element): string {
  return children(el)
    .map((c) => {
      if (!isElement(c)) return '';
      if (c.tagName === 'strong' || c.tagName === 'b') return flat(c);
      return boldText(c);
    })
    .join(' ');
}

/** `<p><strong>Marketing cookies</strong></p>`: a paragraph all in bold is a heading. */
function isBoldOnly(el: Element, text: string): boolean {
  return text.length > 0 && text.length <= 150 && collapse(boldText(el)) === text;
}

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of children(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of children(child)) if (isElement(tr) && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function span(el: Element, name: string, max: number, rowsLeft: number): number {
  const raw = attr(el, name);
  const value = raw === null ? 1 : Number.parseInt(raw, 10);
  if (name === 'rowspan' && value === 0) return Math.min(rowsLeft, max);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

interface Carry {
  text: string;
  left: number;
}

/** Rows as a grid: a colspan takes several columns, a rowspan (a supplier over three cookies) fills the rows below. */
function grid(trs: Element[]): RawRow[] {
  const carry: (Carry | undefined)[] = [];
  return trs.map((tr, index) => {
    const cells: string[] = [];
    let col = 0;
    const fillCarried = (): void => {
      for (let c = carry[col]; c && c.left > 0; c = carry[col]) {
        cells[col] = c.text;
        c.left--;
        col++;
      }
    };
    const tds = children(tr).filter(
      (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
    );
    let spanning = false;
    for (const td of tds) {
      if (col >= MAX_CELLS) break;
      fillCarried();
      const text = lines(td);
      const colspan = span(td, 'colspan', MAX_COLSPAN, 1);
      const rowspan = span(td, 'rowspan', MAX_ROWSPAN, trs.length - index);
      if (tds.length === 1 && colspan > 1) spanning = true;
      for (let k = 0; k < colspan; k++) {
        cells[col + k] = k === 0 ? text : '';
        carry[col + k] = rowspan > 1 ? { text: k === 0 ? text : '', left: rowspan - 1 } : undefined;
      }
      col += colspan;
    }
    fillCarried();
    for (let c = col; c < Math.min(carry.length, MAX_CELLS); c++) {
      const pending = carry[c];
      if (pending && pending.left > 0) {
        for (let gap = col; gap < c; gap++) cells[gap] ??= '';
        cells[c] = pending.text;
        pending.left--;
        col = c + 1;
      }
    }
    return { number: index + 1, cells: Array.from(cells, (c) => c ?? ''), written: tds.length, spanning };
  });
}

class Walker {
  readonly outline = new Outline();
  lang: string | null = null;
  title: string | null = null;
  canonical: string | null = null;
  ogUrl: string | null = null;
  siteName: string | null = null;

  walk(node: T.ParentNode, quiet: boolean): void {
    for (const child of children(node)) {
      if (isElement(child)) this.element(child, quiet);
    }
  }

  private element(el: Element, quiet: boolean): void {
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    switch (tag) {
      case 'html':
        this.lang = attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'title':
        this.title ??= flat(el);
        return;
      case 'meta':
        this.meta(el);
        return;
      case 'link':
        if ((attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
          this.canonical ??= attr(el, 'href');
        return;
      case 'table':
        this.table(el);
        return;
    }
    if (QUIET.has(tag)) return this.walk(el, true);
    if (!quiet && this.textual(el)) return;
    this.walk(el, quiet);
  }

  /** Headings and paragraphs; true when the element was taken whole. */
  private textual(el: Element): boolean {
    const tag = el.tagName;
    const level = /^h([1-6])$/.exec(tag);
    if (level) {
      this.outline.heading(Number(level[1]), flat(el));
      return true;
    }
    if (tag === 'summary') {
      this.outline.heading(MINOR_LEVEL, flat(el));
      return true;
    }
    if (hasClass(el, 'CookieDeclarationTypeHeader')) {
      this.outline.heading(BOLD_LEVEL, flat(el));
      return true;
    }
    const paragraphLike =
      tag === 'p' || ((tag === 'div' || tag === 'li' || tag === 'dd') && !hasBlockInside(el));
    if (!paragraphLike) return false;
    const text = flat(el);
    if (text.length === 0) return true;
    if (isBoldOnly(el, text)) this.outline.heading(BOLD_LEVEL, text);
    else this.outline.paragraph(text);
    return true;
  }

  private meta(el: Element): void {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
    const content = attr(el, 'content');
    if (!content) return;
    if (key === 'og:url') this.ogUrl ??= content;
    else if (key === 'og:site_name') this.siteName ??= collapse(content);
  }

  private table(el: Element): void {
    const captionEl = children(el).find((c): c is Element => isElement(c) && c.tagName === 'caption');
    const trs = ownRows(el);
    const rows = grid(trs);
    this.outline.table(rows, captionEl ? flat(captionEl) : null);
    // A layout table (old sites put the whole page in one) holds headings, paragraphs and the cookie tables:
    // walk its cells like the page. A cookie table's cells are data: only tables nested in them are looked for.
    const layout = !hasCookieHeader(rows);
    for (const tr of trs) {
      for (const td of children(tr)) {
        if (!isElement(td)) continue;
        if (layout) this.walk(td, false);
        else this.nested(td);
      }
    }
  }

  private nested(node: Element): void {
    for (const child of children(node)) {
      if (!isElement(child) || SKIP.has(child.tagName)) continue;
      if (child.tagName === 'table') this.table(child);
      else this.nested(child);
    }
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url.trim()).hostname;
    return host.length > 0 ? host : null;
  } catch {
    return null;
  }
}

export function readHtml(text: string): HtmlDocument {
  const walker = new Walker();
  walker.walk(parse(text), false);
  const titleHost = walker.title
    ? (/\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i.exec(walker.title)?.[1] ?? null)
    : null;
  const hosts = [hostOf(walker.canonical), hostOf(walker.ogUrl), titleHost?.toLowerCase() ?? null].filter(
    (h): h is string => h !== null,
  );
  return {
    outline: walker.outline,
    lang: walker.lang?.trim() || null,
    hosts,
    publisher: walker.siteName || null,
  };
}
