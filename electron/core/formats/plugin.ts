// The shape every format module fills: a Reader turns a file into cookies (and localStorage entries), a
// Writer turns cookies into a file. The registry (registry.ts) detects, dispatches and lists them.
// Readers never throw for bad content: a row they cannot read becomes a Problem naming where and why;
// what they read but could not carry whole becomes a note (e.g. "partition key dropped").
import type { Reason } from '../../../shared/problem-codes';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../../../shared/model';
import type { CookieData, ExportFormat, ImportFormat, Problem, StorageEntry } from '../../../shared/model';
import type { ParsedEntry } from './types';

/** Every import format but the two that only choose among readers ('auto', and 'json' = any JSON shape). */
export type ReaderId = Exclude<ImportFormat, 'auto' | 'json'>;
export const READER_IDS = IMPORT_FORMATS.filter((f): f is ReaderId => f !== 'auto' && f !== 'json');

/** Every export format but the alias 'json' (= extension-json). */
export type WriterId = Exclude<ExportFormat, 'json'>;
export const WRITER_IDS = EXPORT_FORMATS.filter((f): f is WriterId => f !== 'json');

export interface ReadInput {
  /** The file name, used in every `where` ("cookies.txt line 3"). */
  name: string;
  bytes: Uint8Array;
  /** The bytes as UTF-8 text with any BOM removed (decoded once, on first call). */
  text(): string;
  /** The text parsed as JSON (once, on first call); undefined when it is not JSON. */
  json(): { value: unknown } | undefined;
}

export interface ReadOptions {
  /** Set-Cookie lines: the URL they were received from. */
  url?: string;
  /** A Cookie: header: the site it was sent to. */
  site?: string;
  /** HAR: also take the cookies the browser sent (request.cookies), not only those it received. */
  harRequestCookies?: boolean;
  /** Chromium on Linux, `v11` values: the secret from the keyring ("Chrome Safe Storage"). */
  keyringSecret?: string;
  /** Milliseconds since the epoch; readers use it for relative expiries (Max-Age). */
  nowMs: number;
}

export interface StorageAt {
  entry: StorageEntry;
  where: string;
}

export interface ReadResult {
  cookies: ParsedEntry[];
  storage: StorageAt[];
  /** Rows that cannot be imported. */
  problems: Problem[];
  /** Rows imported with something left behind the format had and the jar cannot hold. */
  notes: Problem[];
}

export interface Reader {
  id: ReaderId;
  /** Shown to people: "cookies.txt (Netscape)". */
  label: string;
  kind: 'text' | 'json' | 'binary';
  /**
   * The reason this input is in this format ("starts with 'Set-Cookie3:'"), or null when it is not;
   * coded (`reasonFor`) so the UI can word it in its language: `reason` is the English text.
   * Cheap: looks at the start of the bytes or at the JSON value's shape, never reads the whole file twice.
   */
  sniff(input: ReadInput): Reason | null;
  read(input: ReadInput, options: ReadOptions): ReadResult | Promise<ReadResult>;
  /** For `crumbs formats`: what it carries, and what it cannot. */
  keeps: string;
  loses: string;
}

export interface WriteData {
  cookies: CookieData[];
  storage: StorageEntry[];
}

export interface WriteOptions {
  /** Cookie header and curl command: the URL the cookies are for. */
  url?: string;
  /** Unix seconds "now" (file headers, expiry checks). */
  nowSec: number;
}

export interface WriteResult {
  content: string;
  /** Per cookie (or storage entry): what this format could not hold. Never dropped silently. */
  lost: Problem[];
}

export interface Writer {
  id: WriterId;
  label: string;
  /** File name ending, with the dot: ".cookies.txt", ".json", ".sh". */
  extension: string;
  mediaType: string;
  needsUrl: boolean;
  write(data: WriteData, options: WriteOptions): WriteResult;
  keeps: string;
  loses: string;
}

export function emptyResult(): ReadResult {
  return { cookies: [], storage: [], problems: [], notes: [] };
}
