// The import formats as the page offers them (grouped), which of them are binary databases, and which extra
// inputs a format or a dry-run report asks for.
import { IMPORT_FORMATS, type ImportFormat, type ImportReport } from '../../../shared/model';

export const FORMAT_GROUPS = [
  { group: 'files', formats: ['netscape', 'lwp', 'har'] },
  {
    group: 'json',
    formats: ['json', 'extension-json', 'cookie-quick-manager', 'playwright', 'cdp', 'selenium'],
  },
  { group: 'headers', formats: ['set-cookie', 'header'] },
  { group: 'databases', formats: ['firefox', 'chromium', 'safari'] },
] as const satisfies readonly { group: string; formats: readonly ImportFormat[] }[];

// A format added to the model but to no group fails to compile here.
type Grouped = (typeof FORMAT_GROUPS)[number]['formats'][number] | 'auto';
const _everyFormatGrouped: [Exclude<ImportFormat, Grouped>] extends [never] ? true : false = true;
void _everyFormatGrouped;

const DATABASE_FORMATS: readonly ImportFormat[] = ['firefox', 'chromium', 'safari'];

export function isImportFormat(value: string | null): value is ImportFormat {
  return value !== null && (IMPORT_FORMATS as readonly string[]).includes(value);
}

export function isDatabaseFormat(format: ImportFormat): boolean {
  return DATABASE_FORMATS.includes(format);
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Firefox and Chromium keep cookies in SQLite ('SQLite format 3\0'); Safari's binarycookies start 'cook'. */
export function isDatabaseHead(head: Uint8Array): boolean {
  const text = String.fromCharCode(...head.subarray(0, SQLITE_MAGIC.length));
  return text === SQLITE_MAGIC || text.startsWith('cook');
}

export interface OptionValues {
  url: string;
  site: string;
  harRequestCookies: boolean;
  /** Kept in this page's state only: never stored, never shown back. */
  keyringSecret: string;
}

export const NO_OPTIONS: OptionValues = { url: '', site: '', harRequestCookies: false, keyringSecret: '' };

export type RequestOptions = {
  url?: string;
  site?: string;
  harRequestCookies?: boolean;
  keyringSecret?: string;
};

/** What goes into import.run: only what the user gave. */
export function requestOptions(values: OptionValues): RequestOptions {
  const out: RequestOptions = {};
  if (values.url.trim() !== '') out.url = values.url.trim();
  if (values.site.trim() !== '') out.site = values.site.trim();
  if (values.harRequestCookies) out.harRequestCookies = true;
  // A secret may legitimately have spaces at its ends: sent exactly as typed.
  if (values.keyringSecret !== '') out.keyringSecret = values.keyringSecret;
  return out;
}

export function sameOptions(a: RequestOptions, b: RequestOptions): boolean {
  return (
    a.url === b.url &&
    a.site === b.site &&
    a.harRequestCookies === b.harRequestCookies &&
    a.keyringSecret === b.keyringSecret
  );
}

export type OptionNeeds = Record<keyof OptionValues, boolean>;

/**
 * The inputs to show: those the chosen format needs, those a rejected row asks for by the CLI flag it names
 * (auto-detected Set-Cookie lines need the URL), and any already filled in, so that what is sent is on screen.
 */
export function optionNeeds(
  format: ImportFormat,
  report: ImportReport | undefined,
  values: OptionValues,
): OptionNeeds {
  const reasons = report?.rejected.map((problem) => problem.reason) ?? [];
  const asks = (flag: string) => reasons.some((reason) => reason.includes(flag));
  const detected = new Set(report?.files.map((file) => file.format) ?? []);
  return {
    url: format === 'set-cookie' || asks('--url') || values.url !== '',
    site: format === 'header' || asks('--site') || values.site !== '',
    harRequestCookies: format === 'har' || detected.has('har') || values.harRequestCookies,
    keyringSecret: format === 'chromium' || asks('--keyring-secret') || values.keyringSecret !== '',
  };
}
