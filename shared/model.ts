// The domain model shared by every part. Pure TypeScript + zod: no Node, no DOM.
import { z } from 'zod';

export { CATEGORIES, Category } from './category';
import { Category } from './category';
export * from './policy';
import { Classification, Finding, SitePolicy } from './policy';
import { PLACE_KINDS, PROBLEM_CODES, type CodedReason as Coded } from './problem-codes';

/** tough-cookie's spelling; `null` = not specified (the browser's default applies). */
export const SameSite = z.enum(['strict', 'lax', 'none']).nullable();
export type SameSite = z.infer<typeof SameSite>;

/** What identifies one cookie in the jar (RFC 6265 §5.3 step 11: name + domain + path). */
export const CookieKey = z.object({
  domain: z.string().min(1).max(253),
  path: z.string().min(1).max(4096),
  name: z.string().max(4096),
});
export type CookieKey = z.infer<typeof CookieKey>;

/** A cookie as formats read and write it. `domain` has no leading dot: `hostOnly` carries that meaning. */
export const CookieData = z.object({
  name: z.string(),
  value: z.string(),
  domain: z.string(),
  hostOnly: z.boolean(),
  path: z.string(),
  /** Unix seconds; null = session cookie. */
  expires: z.number().nullable(),
  httpOnly: z.boolean(),
  secure: z.boolean(),
  sameSite: SameSite,
});
export type CookieData = z.infer<typeof CookieData>;

/** A cookie in the jar, with the site (registrable domain) it belongs to. */
export const Cookie = CookieData.extend({
  site: z.string(),
  /** Unix seconds when the jar first stored it. */
  creation: z.number().nullable(),
});
export type Cookie = z.infer<typeof Cookie>;

/** What the UI gets: everything but the value, which is fetched only when the user reveals it. */
export const CookieView = Cookie.omit({ value: true }).extend({
  valueLength: z.number().int(),
  /** Its category and why: the site's policy, the catalog, or nothing known. */
  classification: Classification,
});
export type CookieView = z.infer<typeof CookieView>;

/** One localStorage entry of an origin (consent platforms often keep their state there). */
export const StorageEntry = z.object({
  /** Scheme, host and port: "https://www.example.com". */
  origin: z.string(),
  name: z.string(),
  value: z.string(),
});
export type StorageEntry = z.infer<typeof StorageEntry>;

export const StorageView = StorageEntry.omit({ value: true }).extend({
  valueLength: z.number().int(),
  classification: Classification,
});
export type StorageView = z.infer<typeof StorageView>;

export const SiteSummary = z.object({
  site: z.string(),
  cookieCount: z.number().int(),
  /** localStorage entries of the site's origins. */
  storageCount: z.number().int(),
  declaredCount: z.number().int(),
  hasPolicy: z.boolean(),
  builtin: z.boolean(),
  /** Unix seconds of the most recently stored cookie, null when none. */
  lastSeen: z.number().nullable(),
  /** Stored cookies and localStorage entries per category (classified by the policy, else the catalog). */
  categories: z.partialRecord(Category, z.number().int()),
  /** The compliance report's findings for the site, by severity. */
  findings: z.object({
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    info: z.number().int(),
  }),
});
export type SiteSummary = z.infer<typeof SiteSummary>;

export const SiteDetail = z.object({
  site: z.string(),
  policy: SitePolicy.nullable(),
  cookies: z.array(CookieView),
  storage: z.array(StorageView),
  /** What the compliance report finds for this site. */
  findings: z.array(Finding),
});
export type SiteDetail = z.infer<typeof SiteDetail>;

export const ProblemCode = z.enum(PROBLEM_CODES);
export const ProblemParams = z.record(z.string(), z.union([z.string(), z.number()]));
/** A coded reason (see shared/problem-codes.ts): what the UI words in the user's language. */
export const CodedReason: z.ZodType<Coded> = z.lazy(() =>
  z.object({
    code: ProblemCode,
    params: ProblemParams,
    parts: z.array(CodedReason).optional(),
  }),
);
export const ProblemPlace = z.object({
  file: z.string(),
  at: z.array(z.object({ kind: z.enum(PLACE_KINDS), n: z.number().int() })),
});

/**
 * Something in an input that could not be carried, with where (file, line or entry) and why. `where` and
 * `reason` are the English words (the CLI prints them); `code`/`params`/`parts` say the same for the UI to
 * word in its language, and `place` is `where` in parts.
 */
export const Problem = z.object({
  where: z.string(),
  reason: z.string(),
  code: ProblemCode.optional(),
  params: ProblemParams.optional(),
  parts: z.array(CodedReason).optional(),
  place: ProblemPlace.optional(),
});
export type Problem = z.infer<typeof Problem>;

/** `json` = any JSON shape, detected; the others name one format exactly. */
export const IMPORT_FORMATS = [
  'auto',
  'netscape',
  'lwp',
  'json',
  'extension-json',
  'cookie-quick-manager',
  'playwright',
  'cdp',
  'selenium',
  'har',
  'set-cookie',
  'header',
  'firefox',
  'chromium',
  'safari',
] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** `json` is the browser-extension JSON (Cookie-Editor's shape), the most widely read. */
export const EXPORT_FORMATS = [
  'netscape',
  'json',
  'extension-json',
  'playwright',
  'cdp',
  'selenium',
  'header',
  'curl',
] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ImportFileReport = z.object({
  name: z.string(),
  /** The reader used (see IMPORT_FORMATS), null when nothing could read the file. */
  format: z.string().nullable(),
  /** Why this format was chosen (detected, or given). */
  formatReason: z.string(),
  /** The same reason, coded (see Problem). */
  formatReasonCode: ProblemCode.optional(),
  formatReasonParams: ProblemParams.optional(),
  formatReasonParts: z.array(CodedReason).optional(),
  cookies: z.number().int(),
});

export const ImportReport = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  /** Expired on arrival: not stored. */
  skipped: z.number().int(),
  rejected: z.array(Problem),
  /** Imported, but worth knowing: expiry beyond 400 days, over 180 cookies for one site, something the jar cannot hold. */
  warnings: z.array(Problem),
  /** localStorage entries (Playwright storageState). */
  storage: z.object({ imported: z.number().int(), updated: z.number().int() }),
  files: z.array(ImportFileReport),
  /** Whether the jar was changed. */
  applied: z.boolean(),
  dryRun: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportResult = z.object({
  filename: z.string(),
  mediaType: z.string(),
  content: z.string(),
  count: z.number().int(),
  /** What the format could not hold, per cookie or entry. */
  lost: z.array(Problem),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ValueStorage = z.object({
  protection: z.enum(['safeStorage', 'keyfile', 'basic_text']),
  /** The data key has no OS protection: whoever can read the data directory can read the values. */
  unprotected: z.boolean(),
  /** 'required': the jar refuses changes (STORAGE_UNPROTECTED) until the user agrees. */
  consent: z.enum(['not-needed', 'required', 'granted']),
  /** ISO time the user agreed, or null. */
  allowedAt: z.string().nullable(),
});
export type ValueStorage = z.infer<typeof ValueStorage>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  cookieCount: z.number().int(),
  /** How the jar's data key is protected at rest. */
  keyProtection: z.enum(['safeStorage', 'keyfile', 'basic_text']),
  /** Data files that could not be read and were moved aside when the data directory was opened. */
  notices: z.array(z.object({ file: z.string(), movedTo: z.string(), reason: z.string(), kept: z.string() })),
  /** How cookie values are protected at rest, and whether the user must agree before they are stored. */
  valueStorage: ValueStorage,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** An installed browser profile whose cookies Crumbs can import ("Import from my browsers"). */
export const BrowserProfileView = z.object({
  /** Stable for one discovery: the cookie database's path. */
  id: z.string(),
  browser: z.enum(['firefox', 'chrome', 'chromium', 'edge', 'brave']),
  profile: z.string(),
  format: z.enum(['firefox', 'chromium']),
  cookieFile: z.string(),
  /** Chromium on Linux/macOS: the keychain item holding the secret its values are encrypted with. */
  keyringHint: z.string().nullable(),
});
export type BrowserProfileView = z.infer<typeof BrowserProfileView>;
