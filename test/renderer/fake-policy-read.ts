// The fake's policy reader: Crumbs's own JSON export (or `{site, entries}` with plain strings), and plain text
// with tab-separated tables like the seed page, whose heading line ("Strictly necessary cookies: …") names the
// category. Small on purpose; the real readers (HTML, Markdown, CSV, messy pages) are the core's. Built on the
// real shared parsers so durations and names read exactly as the core reads them.
import type { Problem } from '../../shared/model';
import type { Category } from '../../shared/category';
import {
  PolicyEntry,
  PolicySection,
  type PolicyEntry as Entry,
  type PolicySection as Section,
} from '../../shared/policy';
import { parseDuration } from '../../shared/duration';
import { parseDeclaredName } from '../../shared/name-pattern';

export interface FakeRead {
  format: 'json' | 'text';
  reason: string;
  site: string | null;
  publisher: string | null;
  language: string;
  intro: string;
  sections: Section[];
  entries: Entry[];
  tables: number;
  problems: Problem[];
}

const CATEGORY_WORDS: readonly [Category, RegExp][] = [
  ['necessary', /necessary|nécessaires?|essential/i],
  ['marketing', /marketing|advertising|publicit/i],
  ['statistics', /statistic|analytic|audience|performance/i],
  ['preferences', /preference|functional|fonctionnel/i],
  ['social', /social|sociaux/i],
];

const HEADERS: readonly [keyof Columns, RegExp][] = [
  ['name', /^(cookie|cookie name|name|nom|nom du cookie)$/i],
  ['supplier', /^(supplier|supplier name|provider|owner|fournisseur|nom du fournisseur)$/i],
  ['duration', /^(duration|expiry|expiration|durée|durée de conservation)$/i],
  ['function', /^(function|purpose|description|finalité|fonction)$/i],
];

interface Columns {
  name?: number;
  supplier?: number;
  duration?: number;
  function?: number;
}

function categoryOf(text: string): Category {
  return CATEGORY_WORDS.find(([, words]) => words.test(text))?.[0] ?? 'unclassified';
}

function entryOf(
  fields: { name: string; supplier: string; duration: string; function: string; type?: unknown },
  category: Category,
): Entry {
  const pattern = parseDeclaredName(fields.name);
  const type = fields.type === 'localStorage' || fields.type === 'pixel' ? fields.type : 'cookie';
  return {
    supplier: fields.supplier.trim(),
    name: pattern.name,
    match: pattern.match,
    type,
    duration: parseDuration(fields.duration.trim()),
    function: fields.function.trim(),
    category,
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readJson(root: unknown, file: string): FakeRead {
  const out: FakeRead = {
    format: 'json',
    reason: 'parses as JSON',
    site: null,
    publisher: null,
    language: 'en',
    intro: '',
    sections: [],
    entries: [],
    tables: 1,
    problems: [],
  };
  const holder = isRecord(root) ? root : {};
  const list = Array.isArray(root) ? root : Array.isArray(holder.entries) ? holder.entries : null;
  if (!list) {
    out.problems.push({ where: file, reason: 'JSON without a list of cookie entries' });
    return out;
  }
  out.site = text(holder.site) || null;
  out.publisher = text(holder.publisher) || null;
  out.language = text(holder.language) || 'en';
  out.intro = text(holder.intro);
  list.forEach((item, index) => {
    const where = `${file} entry ${index + 1}`;
    const own = PolicyEntry.safeParse(item);
    if (own.success) out.entries.push(own.data);
    else if (isRecord(item) && text(item.name).trim() !== '') {
      const fields = {
        name: text(item.name),
        supplier: text(item.supplier),
        duration: isRecord(item.duration) ? text(item.duration.raw) : text(item.duration),
        function: text(item.function),
        type: item.type,
      };
      out.entries.push(entryOf(fields, categoryOf(text(item.category))));
    } else out.problems.push({ where, reason: 'no cookie name: entry not imported' });
  });
  for (const section of Array.isArray(holder.sections) ? holder.sections : []) {
    const parsed = PolicySection.safeParse(section);
    if (parsed.success) out.sections.push(parsed.data);
  }
  return out;
}

function readText(content: string, file: string): FakeRead {
  const out: FakeRead = {
    format: 'text',
    reason: 'plain text (tables as tab-separated lines)',
    site: null,
    publisher: null,
    language: 'en',
    intro: '',
    sections: [],
    entries: [],
    tables: 0,
    problems: [],
  };
  let columns: Columns | null = null;
  let category: Category = 'unclassified';
  let row = 0;
  let prose = '';
  for (const line of content.split(/\r?\n/)) {
    const cells = line.split('\t').map((cell) => cell.trim());
    if (cells.filter((cell) => cell !== '').length < 2) {
      if (line.trim() === '') continue;
      columns = null;
      prose = line.trim();
      out.site ??= /https?:\/\/(?:www\.)?([a-z0-9.-]+)/i.exec(line)?.[1]?.toLowerCase() ?? null;
      continue;
    }
    if (columns === null) {
      const found: Columns = {};
      cells.forEach((cell, index) => {
        const field = HEADERS.find(([, words]) => words.test(cell))?.[0];
        if (field && found[field] === undefined) found[field] = index;
      });
      if (found.name === undefined || found.duration === undefined) continue;
      columns = found;
      out.tables++;
      row = 0;
      if (cells.some((cell) => /^(nom|durée|finalité|fournisseur)/i.test(cell))) out.language = 'fr';
      const colon = prose.indexOf(': ');
      const heading = colon > 0 ? prose.slice(0, colon) : prose;
      category = categoryOf(heading);
      if (heading !== '' && !out.sections.some((s) => s.category === category)) {
        out.sections.push({ category, heading, description: colon > 0 ? prose.slice(colon + 2) : '' });
      }
      continue;
    }
    row++;
    const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? ''));
    if (cell(columns.name) === '') {
      out.problems.push({
        where: `${file} table ${out.tables} row ${row}`,
        reason: 'no cookie name: row not imported',
      });
      continue;
    }
    const fields = {
      name: cell(columns.name),
      supplier: cell(columns.supplier),
      duration: cell(columns.duration),
      function: cell(columns.function),
    };
    out.entries.push(entryOf(fields, category));
  }
  if (out.tables === 0) {
    out.problems.push({
      where: file,
      reason: 'no cookie table found: a table needs a cookie name column and a duration column',
    });
  }
  return out;
}

export function readFakePolicy(file: { name: string; content: string }, format: string): FakeRead {
  if (format === 'json' || (format === 'auto' && /^\s*[[{]/.test(file.content))) {
    try {
      return readJson(JSON.parse(file.content) as unknown, file.name);
    } catch {
      const out = readJson(null, file.name);
      out.problems = [{ where: file.name, reason: 'not valid JSON' }];
      return out;
    }
  }
  return readText(file.content, file.name);
}
