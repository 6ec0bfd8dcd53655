// The contract's methods for consent profiles and applying them to the jar (see contract.ts).
import { z } from 'zod';
import { Category } from './category';
import { Choices, CmpId, ConsentProfile, ConsentReading, ConsentState, ConsentTarget } from './consent';
import { ImportReport, Problem } from './model';
import { DocumentResult } from './contract-policy';

const SiteName = z.string().trim().min(1).max(253);
const ProfileName = z.string().trim().min(1).max(100);
const Undo = z.object({ undoId: z.string().nullable() });

export const ProfileView = ConsentProfile.extend({ builtin: z.boolean() });
export type ProfileView = z.infer<typeof ProfileView>;

export const ApplyReport = z.object({
  profile: z.string(),
  /** The site applied to, or null for the whole jar. */
  site: z.string().nullable(),
  removed: z.object({
    cookies: z.array(
      z.object({
        site: z.string(),
        domain: z.string(),
        path: z.string(),
        name: z.string(),
        category: Category,
      }),
    ),
    storage: z.array(
      z.object({ site: z.string(), origin: z.string(), name: z.string(), category: Category }),
    ),
  }),
  /** What stayed, and why: it records the consent choice, a keep rule names it, nothing classifies it, or allowed. */
  kept: z.object({
    consent: z.number().int(),
    rules: z.number().int(),
    unclassified: z.number().int(),
    allowed: z.number().int(),
  }),
  dryRun: z.boolean(),
  applied: z.boolean(),
  undoId: z.string().nullable(),
});
export type ApplyReport = z.infer<typeof ApplyReport>;

export const CONSENT_EXPORT_FORMATS = ['playwright', 'netscape', 'cdp', 'json'] as const;

export const CmpInfo = z.object({
  id: CmpId,
  label: z.string(),
  inferred: z.boolean(),
  options: z.array(z.object({ name: z.string(), description: z.string(), default: z.string() })),
});
export type CmpInfo = z.infer<typeof CmpInfo>;

/** Where and how to write a consent state: a platform, a URL or site, a profile (default: the active one). */
const EncodeRequest = z.object({
  cmp: CmpId,
  url: z.string().max(8192).optional(),
  site: SiteName.optional(),
  profile: ProfileName.optional(),
  /** The adapter's options as JSON (checked by the adapter's schema, errors name the field). */
  options: z.record(z.string(), z.unknown()).default({}),
});

export const SiteReading = ConsentReading.extend({ site: z.string() });
export type SiteReading = z.infer<typeof SiteReading>;

export const consentContract = {
  'consent.cmps': { input: z.object({}), output: z.array(CmpInfo) },
  'consent.encode': {
    input: EncodeRequest.extend({ format: z.enum(CONSENT_EXPORT_FORMATS).default('playwright') }),
    output: z.object({
      profile: z.string(),
      choices: Choices,
      target: ConsentTarget,
      state: ConsentState,
      document: DocumentResult,
    }),
  },
  'consent.write': { input: EncodeRequest, output: ImportReport },
  'consent.decode': {
    input: z.object({
      site: SiteName.optional(),
      /** A storageState or cookies file to read instead of the jar. */
      file: z
        .object({ name: z.string().min(1).max(1024), content: z.string().max(64 * 1024 * 1024) })
        .optional(),
      /** Per platform, the site's options (its service ids, categories…): without them a per-service platform can
       * only say what every service says alike. */
      options: z.partialRecord(CmpId, z.record(z.string(), z.unknown())).default({}),
    }),
    output: z.array(SiteReading),
  },
  'profiles.list': {
    input: z.object({}),
    output: z.object({ profiles: z.array(ProfileView), active: z.string() }),
  },
  'profiles.save': {
    input: z.object({ profile: ConsentProfile, previousName: ProfileName.optional() }),
    output: Undo.extend({ profile: ConsentProfile }),
  },
  'profiles.delete': {
    input: z.object({ name: ProfileName }),
    output: Undo.extend({ removed: z.number().int() }),
  },
  'profiles.use': { input: z.object({ name: ProfileName }), output: z.object({ active: z.string() }) },
  'profiles.import': {
    input: z.object({
      file: z.object({ name: z.string().min(1).max(1024), content: z.string().max(4 * 1024 * 1024) }),
    }),
    output: Undo.extend({ imported: z.array(z.string()), problems: z.array(Problem) }),
  },
  'profiles.export': { input: z.object({ name: ProfileName.optional() }), output: DocumentResult },
  'profiles.apply': {
    input: z.object({
      profile: ProfileName.optional(),
      site: SiteName.optional(),
      dryRun: z.boolean().default(false),
    }),
    output: ApplyReport,
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
