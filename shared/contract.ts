// The only list of what a UI may ask of the core. IPC (electron/main), HTTP (electron/server) and the
// renderer's clients are all generated from this map: adding a method = schema here + implementation in
// electron/core/api.ts + UI.
import { z } from 'zod';
import {
  AppInfo,
  BrowserProfileView,
  CookieKey,
  ExportFormat,
  ExportResult,
  ImportFormat,
  ImportReport,
  SiteDetail,
  SiteSummary,
  ValueStorage,
} from './model';
import { policyContract } from './contract-policy';
import { consentContract } from './contract-consent';
import { jarContract } from './contract-jar';

/** Largest file content the UI may send in one import (characters). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

const SiteName = z.string().trim().min(1).max(253);
const StorageKey = z.object({ origin: z.string().min(1).max(2048), name: z.string().max(4096) });
const Deletion = z.object({ removed: z.number().int(), undoId: z.string().nullable() });

export const contract = {
  'app.info': { input: z.object({}), output: AppInfo },
  'sites.list': { input: z.object({}), output: z.array(SiteSummary) },
  /** The user agrees to store cookie values under a key the OS does not protect (Linux basic_text). */
  'storage.allowUnprotected': { input: z.object({}), output: ValueStorage },
  /** A new data key: the jar is sealed again under it (the old one is dropped once that is durable). */
  'storage.rotateKey': { input: z.object({}), output: ValueStorage },
  'sites.get': { input: z.object({ site: SiteName }), output: SiteDetail },
  'sites.delete': { input: z.object({ site: SiteName }), output: Deletion },
  'cookies.reveal': { input: CookieKey, output: z.object({ value: z.string() }) },
  'cookies.delete': { input: z.object({ keys: z.array(CookieKey).min(1).max(100_000) }), output: Deletion },
  'storage.reveal': { input: StorageKey, output: z.object({ value: z.string() }) },
  'storage.delete': { input: z.object({ keys: z.array(StorageKey).min(1).max(100_000) }), output: Deletion },
  /** Takes back a deletion, or a policy import, edit or removal. */
  'jar.undo': {
    input: z.object({ undoId: z.string().min(1).max(100) }),
    output: z.object({ restored: z.number().int() }),
  },
  'import.run': {
    input: z.object({
      files: z
        .array(
          z.object({
            name: z.string().min(1).max(1024),
            content: z.string().max(MAX_IMPORT_CHARS),
            /** Browser databases are binary: the UI sends them as base64. */
            encoding: z.enum(['utf8', 'base64']).default('utf8'),
          }),
        )
        .min(1)
        .max(100),
      format: ImportFormat.default('auto'),
      dryRun: z.boolean().default(false),
      skipInvalid: z.boolean().default(false),
      url: z.string().max(8192).optional(),
      site: z.string().max(253).optional(),
      harRequestCookies: z.boolean().default(false),
      keyringSecret: z.string().max(1024).optional(),
    }),
    output: ImportReport,
  },
  'browsers.list': { input: z.object({}), output: z.array(BrowserProfileView) },
  'import.browser': {
    input: z.object({
      id: z.string().min(1).max(4096),
      dryRun: z.boolean().default(false),
      skipInvalid: z.boolean().default(false),
      keyringSecret: z.string().max(1024).optional(),
    }),
    output: ImportReport,
  },
  'export.run': {
    input: z.object({
      format: ExportFormat,
      site: SiteName.optional(),
      /** A selection: only these cookies. */
      keys: z.array(CookieKey).max(100_000).optional(),
      /** Cookie header and curl: the URL to send the cookies to (only the cookies it would get). */
      url: z.string().max(8192).optional(),
    }),
    output: ExportResult,
  },
  ...policyContract,
  ...consentContract,
  ...jarContract,
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as Method[];
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

/** What the core implements: every method takes its parsed input. */
export type Api = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> };

/** What a UI holds: the same methods, taking raw input; transport hidden. */
export type Client = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Every IPC answer and HTTP body has this shape, so errors keep their code across the boundary. */
export type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };
