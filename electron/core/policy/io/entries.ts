// Turns the tables a reader found into policy entries: recognises cookie tables by their header, reads each row,
// and reports every row it cannot carry whole, by table, row and field.
import type { Category } from '../../../../shared/category';
import type { Problem } from '../../../../shared/model';
import type { PolicyEntry, PolicySection, StorageType } from '../../../../shared/policy';
import { parseDeclaredName } from '../../../../shared/name-pattern';
import { parseDuration } from '../../../../shared/duration';
import { mapCategory, mapStorageType } from './categories';
import { HEADER_ROWS, type RawRow, type RawTable } from './outline';
import { collapse, fold } from './text';
import {
  isCookieHeader,
  looksLikeCookieTableWithoutDuration,
  mapHeader,
  type ColumnMap,
  type Field,
} from './vocabulary';

// The bounds of the PolicyEntry schema (shared/policy.ts).
const MAX_NAME = 1000;
const MAX_SUPPLIER = 500;
const MAX_FUNCTION = 5000;
/** Past this, one summary problem stands for the rest. */
const MAX_PROBLEMS = 500;

export class Collector {
  readonly entries: PolicyEntry[] = [];
  readonly sections: PolicySection[] = [];
  readonly votes = { en: 0, fr: 0 };
  tables = 0;
  private readonly problems: Problem[] = [];
  private dropped = 0;
  private readonly seen = new Map<string, string>();

  constructor(readonly fileName: string) {}

  problem(where: string, reason: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ where, reason });
    else this.dropped++;
  }

  problemList(): Problem[] {
    if (this.dropped === 0) return [...this.problems];
    return [...this.problems, { where: this.fileName, reason: `${this.dropped} more problems not listed` }];
  }

  section(section: PolicySection): void {
    if (!this.sections.some((s) => s.category === section.category)) this.sections.push(section);
  }

  /**
   * Keeps the first declaration of a name: a policy that declares a cookie twice is classified by the first.
   * Entries are built valid (types, categories and durations come from closed sets); only the lengths the
   * PolicyEntry schema bounds are checked here, which costs far less than a schema parse per row.
   */
  add(entry: PolicyEntry, where: string): void {
    if (entry.name.length > MAX_NAME) {
      this.problem(where, `a cookie name of ${entry.name.length} characters: not imported`);
      return;
    }
    const key = `${entry.type} ${entry.match} ${entry.name}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.problem(
        where,
        `'${entry.name}' is declared again (first in ${first}): the first declaration is kept`,
      );
      return;
    }
    this.seen.set(key, where);
    this.entries.push({
      ...entry,
      supplier: this.bounded(entry.supplier, MAX_SUPPLIER, 'supplier', where),
      function: this.bounded(entry.function, MAX_FUNCTION, 'function', where),
    });
  }

  private bounded(text: string, max: number, field: string, where: string): string {
    if (text.length <= max) return text;
    this.problem(where, `${field} longer than ${max} characters: cut`);
    return `${text.slice(0, max - 1)}…`;
  }
}

/** One row's fields as text, before names are split and durations read. */
export interface RowFields {
  name: string;
  supplier: string;
  domain: string;
  duration: string | null;
  purpose: string;
  type: string;
  category: string;
  wildcard: string;
}

/** "_ga, _gid" or one name per line: several cookies in one cell. A regex (`/a{1,3}/`) is never split. */
export function splitNames(cell: string): string[] {
  const trimmed = cell.trim();
  if (/^\/.+\/[a-z]*$/s.test(trimmed)) return [trimmed];
  return trimmed
    .split(/\s*[\n,;]\s*|\s+(?:and|et|or|ou|\/)\s+/)
    .map((name) => collapse(name).replace(/(?<=\S)\s+\([^()]*\)$/, ''))
    .filter((name) => name.length > 0);
}

/** The entries one row declares; problems for what is missing. */
export function rowEntries(
  fields: RowFields,
  labels: Partial<Record<Field, string>>,
  fallback: Category | null,
  where: string,
  out: Collector,
): void {
  const names = splitNames(fields.name);
  if (names.length === 0) {
    out.problem(where, `no cookie name${label(labels.name)}: row not imported`);
    return;
  }
  const durationText = collapse(fields.duration ?? '');
  // A missing cell (null) was reported with the row's other missing cells.
  if (durationText.length === 0 && fields.duration !== null) {
    out.problem(where, `no duration${label(labels.duration)}: imported with an unknown duration`);
  }
  const typeText = collapse(fields.type);
  const storage: StorageType = mapStorageType(typeText) ?? 'cookie';
  const category =
    mapCategory(fields.category) ??
    (mapStorageType(typeText) === null ? mapCategory(typeText) : null) ??
    fallback ??
    'unclassified';
  const wildcard = /^(?:1|true|yes|oui|y)$/i.test(fields.wildcard.trim());
  for (const written of names) {
    const pattern = parseDeclaredName(written);
    const match = wildcard && pattern.match === 'exact' ? 'prefix' : pattern.match;
    out.add(
      {
        supplier: supplierText(fields.supplier) || collapse(fields.domain),
        name: pattern.name,
        match,
        type: storage,
        duration: parseDuration(durationText),
        function: collapse(fields.purpose),
        category,
      },
      where,
    );
  }
}

// Cookiebot and others follow the provider's name with a link to its privacy policy.
const LINK_LINE =
  /^(?:learn more about (?:this|the) provider|en savoir plus(?: sur ce fournisseur)?|privacy policy|politique de confidentialite)$/;

function supplierText(cell: string): string {
  return collapse(
    cell
      .split('\n')
      .filter((line) => !LINK_LINE.test(fold(line)))
      .join(' '),
  );
}

function label(text: string | undefined): string {
  return text ? ` in column '${text}'` : '';
}

function cellOf(row: RawRow, map: ColumnMap, field: Field): string | null {
  const index = map.columns[field];
  if (index === undefined) return '';
  return row.cells[index] ?? null;
}

/** Reads every recognised table of a document into the collector. */
export function readTables(tables: readonly RawTable[], out: Collector): void {
  for (const table of tables) readTable(table, out);
}

function readTable(table: RawTable, out: Collector): void {
  const where = table.where ?? `${out.fileName} table ${table.number}`;
  let headerAt = -1;
  let map: ColumnMap | null = null;
  for (let i = 0; i < Math.min(HEADER_ROWS, table.rows.length); i++) {
    const candidate = mapHeader(table.rows[i]!.cells);
    if (isCookieHeader(candidate)) {
      headerAt = i;
      map = candidate;
      break;
    }
    if (looksLikeCookieTableWithoutDuration(candidate)) {
      out.problem(where, 'names cookies but has no duration column: not read as a cookie table');
      return;
    }
  }
  if (!map) return;
  out.tables++;
  out.votes.en += map.votes.en;
  out.votes.fr += map.votes.fr;
  if (table.context) out.section({ ...table.context });
  const header = table.rows[headerAt]!.cells;
  const width = header.length;
  const nameColumn = map.columns.name!;
  const nameHeader = fold(header[nameColumn]!);
  // A header repeated in the body (long tables do it): compared in full only when the name cell says so.
  const isHeaderAgain = (row: RawRow): boolean =>
    fold(row.cells[nameColumn] ?? '') === nameHeader &&
    row.cells.map(fold).join('\t') === header.map(fold).join('\t');
  let category: Category | null = table.context?.category ?? null;
  for (const row of table.rows.slice(headerAt + 1)) {
    const rowWhere = `${where} ${table.rowWord ?? 'row'} ${row.number}`;
    const filled = row.cells.filter((cell) => cell.trim().length > 0);
    if (filled.length === 0) continue;
    if (isHeaderAgain(row)) continue;
    if (filled.length === 1 && (row.spanning || row.written === 1)) {
      // A label row: "Google Analytics" spanning the table, or a category between groups of cookies.
      const labelCategory = mapCategory(filled[0]!);
      if (labelCategory) {
        category = labelCategory;
        out.section({ category: labelCategory, heading: collapse(filled[0]!), description: '' });
      } else if (!row.spanning) {
        out.problem(rowWhere, `only one cell ('${clip(filled[0]!)}'): not a cookie row`);
      }
      continue;
    }
    const duration = cellOf(row, map, 'duration');
    const missing = (Object.keys(map.columns) as Field[])
      .filter((field) => field !== 'name' && cellOf(row, map, field) === null)
      .map((field) => `'${map.labels[field] ?? field}'`);
    if (missing.length > 0 && cellOf(row, map, 'name')?.trim()) {
      const note = duration === null ? ': imported with an unknown duration' : '';
      out.problem(
        rowWhere,
        `${row.cells.length} cells where the header has ${width}, no ${missing.join(', ')}${note}`,
      );
    }
    rowEntries(
      {
        name: cellOf(row, map, 'name') ?? '',
        supplier: cellOf(row, map, 'supplier') ?? '',
        domain: cellOf(row, map, 'domain') ?? '',
        duration,
        purpose: cellOf(row, map, 'purpose') ?? '',
        type: cellOf(row, map, 'type') ?? '',
        category: cellOf(row, map, 'category') ?? '',
        wildcard: cellOf(row, map, 'wildcard') ?? '',
      },
      map.labels,
      category,
      rowWhere,
      out,
    );
  }
}

function clip(text: string, max = 40): string {
  const line = collapse(text);
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
