// Opening a browser's SQLite database with sql.js (SQLite compiled to WebAssembly: no native module to
// build per Electron version). The file comes from a browser profile or from anyone, so it is opened
// defensively: magic checked before SQLite sees the bytes, `quick_check`, the table and the known
// columns checked, only those columns selected, and nothing from the file's schema executed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { CrumbsError } from '../../../../shared/errors';
import { unreadable } from './common';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** The SQLite header is 100 bytes: anything shorter cannot be a database. */
const HEADER_BYTES = 100;
/** What SQLite may allocate for one file (page cache, sorting): a hostile schema errors instead of eating memory. */
const HEAP_LIMIT_BYTES = 256 * 1024 * 1024;

let loading: Promise<SqlJsStatic> | undefined;

/** Where the wasm file is. The CLI is ESM (import.meta.url), the Electron main CJS (require), vitest ESM. */
function wasmPath(): string | undefined {
  try {
    const resolver = typeof require === 'function' ? require : createRequire(import.meta.url);
    return resolver.resolve('sql.js/dist/sql-wasm.wasm');
  } catch {
    // Left to sql.js, which looks next to its own script: right whenever sql.js is not bundled.
    return undefined;
  }
}

/**
 * sql.js, loaded and initialised once, on first use (about 25 ms): a dynamic import, so a command that
 * never opens a database does not pay for loading it (~60 ms of every start otherwise).
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const { default: initSqlJs } = await import('sql.js');
    const path = wasmPath();
    if (!path) return initSqlJs();
    const file = readFileSync(path);
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    return initSqlJs({ wasmBinary });
  })().catch((err: unknown) => {
    loading = undefined;
    throw new CrumbsError('INTERNAL', 'The SQLite engine (sql.js) could not be loaded.', {
      cause: err instanceof Error ? err.message : String(err),
    });
  });
  return loading;
}

export function hasSqliteMagic(bytes: Uint8Array): boolean {
  if (bytes.length < SQLITE_MAGIC.length) return false;
  for (let i = 0; i < SQLITE_MAGIC.length; i++) if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Header bytes 18/19 are the write/read format versions: 2 = the database uses a write-ahead log. */
export function isWalMode(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_BYTES && (bytes[18] === 2 || bytes[19] === 2);
}

/**
 * The size the header gives (page count × page size), or null when the count is not to be trusted:
 * SQLite itself only trusts it when the change counter equals the version-valid-for number.
 */
export function declaredSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const raw = view.getUint16(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = view.getUint32(28);
  if (pages === 0 || view.getUint32(24) !== view.getUint32(92)) return null;
  return pages * pageSize;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Opens a copy of the bytes (the caller's array is left alone) and checks it. The WAL flag is cleared:
 * sql.js keeps the database in memory and can never see a -wal file, and SQLite would try to make one.
 * Throws IMPORT_UNREADABLE (CrumbsError) for anything that is not an intact SQLite database.
 */
export async function openDatabase(bytes: Uint8Array, name: string): Promise<Database> {
  if (!hasSqliteMagic(bytes))
    throw unreadable(name, "it is not an SQLite database (no 'SQLite format 3' header)");
  if (bytes.length < HEADER_BYTES)
    throw unreadable(name, `it is only ${bytes.length} bytes long (truncated)`);
  const expected = declaredSize(bytes);
  if (expected !== null && bytes.length < expected) {
    // SQLite would read the missing tail as zeros, and quick_check does not look inside overflow pages.
    throw unreadable(name, `it is truncated (${bytes.length} bytes; its header says ${expected})`);
  }
  const SQL = await loadSqlJs();
  const copy = bytes.slice();
  if (copy[18] === 2) copy[18] = 1;
  if (copy[19] === 2) copy[19] = 1;
  let db: Database | undefined;
  try {
    db = new SQL.Database(copy);
    // The file's schema may only call harmless functions (trusted_schema), its CHECK constraints are
    // not evaluated (quick_check would run them: a test shows one allocating 400 MB), SQLite's own
    // memory is capped, and nothing is written.
    db.exec(
      `PRAGMA trusted_schema = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA query_only = ON; ` +
        `PRAGMA cell_size_check = ON; PRAGMA hard_heap_limit = ${HEAP_LIMIT_BYTES};`,
    );
    const check = db.exec('PRAGMA quick_check(1)')[0]?.values[0]?.[0];
    if (check !== 'ok') {
      throw unreadable(
        name,
        `the database is damaged (SQLite's quick_check: ${String(check ?? 'no answer')})`,
      );
    }
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof CrumbsError) throw err;
    throw unreadable(name, `SQLite says: ${message(err)}`);
  }
}

/** A column Crumbs reads, under its current name or an older one. */
export interface ColumnSpec {
  key: string;
  names: readonly string[];
  required: boolean;
}

export type Row = Record<string, SqlValue | undefined>;

/**
 * Checks that `table` is an ordinary table with the required columns, none of them generated (a
 * generated column would run an expression from the file), and returns the columns it has.
 * Throws IMPORT_UNREADABLE naming what is missing.
 */
export function resolveColumns(
  db: Database,
  table: string,
  specs: readonly ColumnSpec[],
  name: string,
): Map<string, string> {
  const kind = db.exec('SELECT type, sql FROM sqlite_master WHERE name = ? COLLATE NOCASE', [table])[0]
    ?.values[0];
  if (!kind) throw unreadable(name, `it has no '${table}' table`);
  if (kind[0] !== 'table' || /^\s*CREATE\s+VIRTUAL/i.test(String(kind[1]))) {
    throw unreadable(name, `'${table}' is a ${String(kind[0])}, not a plain table`);
  }
  const present = new Map<string, number>();
  for (const [column, hidden] of db.exec('SELECT name, hidden FROM pragma_table_xinfo(?)', [table])[0]
    ?.values ?? []) {
    present.set(String(column).toLowerCase(), Number(hidden));
  }
  const chosen = new Map<string, string>();
  for (const spec of specs) {
    const found = spec.names.find((n) => present.has(n.toLowerCase()));
    if (found === undefined) {
      if (spec.required) {
        const names = spec.names.map((n) => `'${n}'`).join(' or ');
        throw unreadable(name, `its '${table}' table has no ${names} column`);
      }
      continue;
    }
    if (present.get(found.toLowerCase()) !== 0) {
      throw unreadable(
        name,
        `the column '${found}' of '${table}' is generated or hidden, which browsers never write`,
      );
    }
    chosen.set(spec.key, found);
  }
  return chosen;
}

/** Selects the chosen columns (our own names, quoted) and hands each row to `visit`, one at a time. */
export function eachRow(
  db: Database,
  table: string,
  columns: Map<string, string>,
  visit: (row: Row) => void,
): void {
  const keys = [...columns.keys()];
  const list = keys.map((k) => `"${columns.get(k) ?? k}"`).join(', ');
  const statement = db.prepare(`SELECT ${list} FROM "${table}"`);
  try {
    while (statement.step()) {
      const values = statement.get();
      const row: Row = {};
      keys.forEach((k, i) => (row[k] = values[i]));
      visit(row);
    }
  } finally {
    statement.free();
  }
}

export function asText(value: SqlValue | undefined): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Uint8Array) return new TextDecoder('utf-8').decode(value);
  return null;
}

export function asNumber(value: SqlValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return null;
}

export function asBytes(value: SqlValue | undefined): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return new TextEncoder().encode(value);
  return new Uint8Array(0);
}
