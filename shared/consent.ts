// Consent profiles, and the consent states consent platforms (CMPs) store: the shapes every part shares.
// Pure TypeScript + zod: no Node, no DOM.
import { z } from 'zod';
import { CONSENT_CATEGORIES } from './category';
import { CookieData, StorageEntry } from './model';

export const ConsentCategory = z.enum(CONSENT_CATEGORIES);
export type ConsentCategory = z.infer<typeof ConsentCategory>;

/** A choice per canonical category. Necessary is always true: it needs no consent and cannot be refused. */
export const Choices = z.object({
  necessary: z.literal(true),
  preferences: z.boolean(),
  statistics: z.boolean(),
  marketing: z.boolean(),
  social: z.boolean(),
});
export type Choices = z.infer<typeof Choices>;

export const SiteOverride = z.object({
  categories: Choices.omit({ necessary: true }).partial(),
  /** Cookie or storage names (exact, `prefix*`) kept whatever their category. */
  keep: z.array(z.string().min(1).max(1000)).max(1000),
});
export type SiteOverride = z.infer<typeof SiteOverride>;

export const ConsentProfile = z.object({
  name: z.string().trim().min(1).max(100),
  categories: Choices,
  sites: z.record(z.string(), SiteOverride),
  /** Global Privacy Control: tests send `Sec-GPC: 1` and set navigator.globalPrivacyControl. */
  gpc: z.boolean(),
});
export type ConsentProfile = z.infer<typeof ConsentProfile>;

export const CMP_IDS = [
  'tcf',
  'onetrust',
  'cookiebot',
  'cookieyes',
  'didomi',
  'tarteaucitron',
  'klaro',
  'orejime',
  'vanilla-cookieconsent',
  'osano-cookieconsent',
  'complianz',
  'axeptio',
  'usercentrics',
  'opendatasoft',
] as const;
export const CmpId = z.enum(CMP_IDS);
export type CmpId = z.infer<typeof CmpId>;

/** Where a consent state is written: the page's host (cookies) and origin (localStorage). */
export const ConsentTarget = z.object({
  /** Host name the cookies are for: "www.example.com". */
  host: z.string(),
  /** Registrable domain: "example.com" (CMPs that scope cookies to the whole site use it). */
  site: z.string(),
  /** "https://www.example.com" (localStorage). */
  origin: z.string(),
});
export type ConsentTarget = z.infer<typeof ConsentTarget>;

/** What an adapter writes for one choice: the exact cookies and localStorage entries the platform stores. */
export const ConsentState = z.object({
  cmp: CmpId,
  cookies: z.array(CookieData),
  storage: z.array(StorageEntry),
  /** Extra request headers a test must send (Global Privacy Control: `Sec-GPC: 1`). */
  headers: z.record(z.string(), z.string()),
  /** Scripts a test must add before the page runs (`navigator.globalPrivacyControl = true`). */
  initScripts: z.array(z.string()),
  /** Caveats in plain words: "encoding inferred from observed values", "vendor 755 is not in the vendor list". */
  notes: z.array(z.string()),
});
export type ConsentState = z.infer<typeof ConsentState>;

const Maybe = z.boolean().nullable();

/** What a stored consent state says, in plain terms. null = the platform does not say. */
export const ConsentReading = z.object({
  cmp: CmpId,
  categories: z.object({
    necessary: Maybe,
    preferences: Maybe,
    statistics: Maybe,
    marketing: Maybe,
    social: Maybe,
  }),
  /** Per service, vendor or purpose id, as the platform names them (Klaro services, TCF vendors "v:755"...). */
  services: z.record(z.string(), z.boolean()).optional(),
  /** ISO date-times. */
  decidedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** The cookies or storage keys read ("OptanonConsent", "localStorage uc_settings"). */
  sources: z.array(z.string()),
  notes: z.array(z.string()),
});
export type ConsentReading = z.infer<typeof ConsentReading>;
