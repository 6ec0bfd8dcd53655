// Site policies, declared durations, the cookie catalog and the compliance report: the shapes every part shares.
// Pure TypeScript + zod: no Node, no DOM.
import { z } from 'zod';
import { Category } from './category';

/**
 * How a declared duration reads:
 * - session: ends with the browser session;
 * - fixed: one stated lifetime ("6 months", "1 an");
 * - maximum: an upper bound ("Up to 12 months", "jusqu'à 13 mois");
 * - default: a lifetime the site may configure ("2 weeks by default");
 * - conditional: counted from an event ("2 years after last activity");
 * - unknown: no lifetime could be read; the words are kept.
 */
export const DURATION_KINDS = ['session', 'fixed', 'maximum', 'default', 'conditional', 'unknown'] as const;
export const DurationKind = z.enum(DURATION_KINDS);
export type DurationKind = z.infer<typeof DurationKind>;

export const Duration = z.object({
  /** Exactly as written, always kept. */
  raw: z.string(),
  kind: DurationKind,
  /** The stated lifetime in seconds (the bound for `maximum`); null for `session` and `unknown`. */
  seconds: z.number().nonnegative().nullable(),
  /** For `conditional`: the event the clock starts from, as written ("after last activity"). */
  condition: z.string().nullable(),
});
export type Duration = z.infer<typeof Duration>;

/** How a declared name matches stored names: `_ga` exactly, `_ga_*` as a prefix, or a regular expression. */
export const NameMatch = z.enum(['exact', 'prefix', 'regex']);
export type NameMatch = z.infer<typeof NameMatch>;

export const STORAGE_TYPES = ['cookie', 'localStorage', 'pixel'] as const;
export const StorageType = z.enum(STORAGE_TYPES);
export type StorageType = z.infer<typeof StorageType>;

/** One row of a site's cookie-policy table. */
export const PolicyEntry = z.object({
  supplier: z.string().max(500),
  /** The name as declared: exact, the prefix before `*`, or the pattern's source for `regex`. */
  name: z.string().min(1).max(1000),
  match: NameMatch,
  type: StorageType,
  duration: Duration,
  function: z.string().max(5000),
  category: Category,
});
export type PolicyEntry = z.infer<typeof PolicyEntry>;

/** The heading and text above a category's table, as the policy page words it. */
export const PolicySection = z.object({
  category: Category,
  heading: z.string(),
  description: z.string(),
});
export type PolicySection = z.infer<typeof PolicySection>;

export const PolicySource = z.object({
  kind: z.enum(['builtin', 'imported', 'edited']),
  label: z.string(),
  /** ISO date-time the policy was taken from its source or last edited. */
  at: z.string(),
  url: z.string().nullable(),
  /** The file it was imported from, by name. */
  file: z.string().nullable(),
});
export type PolicySource = z.infer<typeof PolicySource>;

export const SitePolicy = z.object({
  site: z.string(),
  publisher: z.string(),
  /** BCP 47 tag of the language the policy is written in. */
  language: z.string(),
  intro: z.string(),
  sections: z.array(PolicySection),
  entries: z.array(PolicyEntry),
  source: PolicySource,
});
export type SitePolicy = z.infer<typeof SitePolicy>;

/** Why a stored cookie or localStorage entry has the category it has. */
export const ClassifiedBy = z.enum(['policy', 'catalog', 'unclassified']);
export type ClassifiedBy = z.infer<typeof ClassifiedBy>;

export const Classification = z.object({
  category: Category,
  by: ClassifiedBy,
  /** The declared or catalogued name that matched (`_ga_*`), null when unclassified. */
  matched: z.string().nullable(),
  /** Who sets it, when known: the policy's supplier or the catalog's platform. */
  supplier: z.string().nullable(),
  /** The lifetime declared or typical for it, when known. */
  duration: Duration.nullable(),
});
export type Classification = z.infer<typeof Classification>;

/** One known cookie or storage key in the catalog. */
export const CatalogEntry = z.object({
  platform: z.string(),
  name: z.string().min(1),
  match: NameMatch,
  type: StorageType,
  category: Category,
  /** Typical lifetime. */
  duration: Duration,
  description: z.string(),
  /** Where the entry comes from: the built-in catalog or a loaded Open Cookie Database file. */
  source: z.enum(['builtin', 'open-cookie-database']),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const FINDING_KINDS = [
  'undeclared',
  'not-seen',
  'outlives-declared',
  'tracking-over-13-months',
  'consent-kept-too-long',
  'refused-category',
  'too-many-cookies',
] as const;
export const FindingKind = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKind>;

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** One thing the report found, with the evidence behind it and a plain explanation (English; the UI words it from kind + evidence). */
export const Finding = z.object({
  site: z.string(),
  /** The cookie or storage key concerned; null for findings about the whole site. */
  cookie: z.string().nullable(),
  type: StorageType.nullable(),
  kind: FindingKind,
  severity: Severity,
  message: z.string(),
  evidence: z.object({
    /** The declared duration, when there is one. */
    declared: Duration.nullable(),
    /** Seconds from the cookie's creation (or now) to its expiry; null for session cookies or when not stored. */
    actualSeconds: z.number().nullable(),
    /** The limit the finding compares with, in seconds, or the count for too-many-cookies. */
    limit: z.number().nullable(),
    category: Category.nullable(),
    /** The cookie's domain or the storage entry's origin. */
    where: z.string().nullable(),
  }),
});
export type Finding = z.infer<typeof Finding>;

export const Report = z.object({
  /** ISO date-time. */
  generatedAt: z.string(),
  /** The sites covered: one for a site report, every known site for the whole jar. */
  sites: z.array(z.string()),
  findings: z.array(Finding),
});
export type Report = z.infer<typeof Report>;
