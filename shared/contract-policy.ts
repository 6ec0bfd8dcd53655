// The contract's methods for site policies, the cookie catalog and the compliance report (see contract.ts).
import { z } from 'zod';
import { Category } from './category';
import { Problem } from './model';
import { Report, SitePolicy, StorageType } from './policy';

const SiteName = z.string().trim().min(1).max(253);
/** Largest policy or catalog file the UI may send (characters): a saved page with its markup. */
export const MAX_POLICY_CHARS = 24 * 1024 * 1024;

export const POLICY_IMPORT_FORMATS = ['auto', 'html', 'markdown', 'csv', 'json', 'text'] as const;
export const DOCUMENT_FORMATS = ['json', 'csv', 'html'] as const;
export const DocumentFormat = z.enum(DOCUMENT_FORMATS);
export const UiLanguage = z.enum(['en', 'fr']);

/** A policy row as a person types it: the name as declared (`_ga_*`, `/^_hj/`), the duration in words. */
export const PolicyEntryInput = z.object({
  supplier: z.string().trim().max(500),
  name: z.string().trim().min(1).max(1000),
  type: StorageType,
  duration: z.string().trim().max(1000),
  function: z.string().trim().max(5000),
  category: Category,
});
export type PolicyEntryInput = z.infer<typeof PolicyEntryInput>;

const FileInput = z.object({ name: z.string().min(1).max(1024), content: z.string().max(MAX_POLICY_CHARS) });

export const PolicyImportReport = z.object({
  file: z.string(),
  format: z.string(),
  formatReason: z.string(),
  site: z.string(),
  tables: z.number().int(),
  /** The policy as it would be (dry run) or now is. */
  policy: SitePolicy,
  problems: z.array(Problem),
  /** The site had a policy, which this one replaces. */
  replaces: z.boolean(),
  applied: z.boolean(),
  dryRun: z.boolean(),
  undoId: z.string().nullable(),
});
export type PolicyImportReport = z.infer<typeof PolicyImportReport>;

/** A document the core wrote for the user to save (policy or report export). */
export const DocumentResult = z.object({
  content: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
});
export type DocumentResult = z.infer<typeof DocumentResult>;

export const CatalogInfo = z.object({
  builtin: z.number().int(),
  /** The Open Cookie Database the user loaded, if any. */
  loaded: z.object({ file: z.string(), at: z.string(), entries: z.number().int() }).nullable(),
  /** Distinct patterns lookups can return. */
  total: z.number().int(),
});
export type CatalogInfo = z.infer<typeof CatalogInfo>;

export const policyContract = {
  'policy.import': {
    input: z.object({
      file: FileInput,
      site: SiteName.optional(),
      format: z.enum(POLICY_IMPORT_FORMATS).default('auto'),
      dryRun: z.boolean().default(false),
    }),
    output: PolicyImportReport,
  },
  'policy.save': {
    input: z.object({
      site: SiteName,
      publisher: z.string().trim().max(500).optional(),
      entries: z.array(PolicyEntryInput).max(5000),
    }),
    output: z.object({ policy: SitePolicy, undoId: z.string().nullable() }),
  },
  'policy.delete': {
    input: z.object({ site: SiteName }),
    output: z.object({ removed: z.number().int(), undoId: z.string().nullable() }),
  },
  'policy.export': {
    input: z.object({ site: SiteName, format: DocumentFormat, language: UiLanguage.default('en') }),
    output: DocumentResult,
  },
  'catalog.info': { input: z.object({}), output: CatalogInfo },
  'catalog.import': {
    input: z.object({ file: FileInput, dryRun: z.boolean().default(false) }),
    output: z.object({
      file: z.string(),
      entries: z.number().int(),
      problems: z.array(Problem),
      applied: z.boolean(),
      info: CatalogInfo,
    }),
  },
  'report.run': { input: z.object({ site: SiteName.optional() }), output: Report },
  'report.export': {
    input: z.object({
      site: SiteName.optional(),
      format: DocumentFormat,
      language: UiLanguage.default('en'),
    }),
    output: DocumentResult,
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
