// Options of the TCF encoder, shared by the `tcf` adapter and by Didomi (which writes a TC string too).
import { z } from 'zod';
import type { OptionDoc } from '../adapter';
import { CONSENT_LANGUAGES, GvlJson } from './tcf-gvl';

const VendorId = z.number().int().positive().max(65535);

/** "fr", "fr-FR" and "FR" all name the TCF language FR; what the library cannot place is refused. */
const Language = z.string().transform((value, ctx) => {
  try {
    return CONSENT_LANGUAGES.parseLanguage(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not a TCF consent language (EN, FR, DE, PT-BR…)' });
    return z.NEVER;
  }
});

/** Field defaults, so Didomi can take the same fields with its own CMP id. */
export function tcfFields(defaults: { cmpId: number; cmpVersion: number }) {
  return {
    cmpId: z.number().int().min(2).max(4095).default(defaults.cmpId),
    cmpVersion: z.number().int().min(0).max(4095).default(defaults.cmpVersion),
    consentScreen: z.number().int().min(0).max(63).default(1),
    publisherCountryCode: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'two letters (ISO 3166-1 alpha-2)')
      .transform((s) => s.toUpperCase())
      .default('FR'),
    language: Language.default('EN'),
    vendorList: GvlJson.nullable().default(null),
    vendorListVersion: z.number().int().min(1).max(4095).default(48),
    tcfPolicyVersion: z.number().int().min(2).max(63).default(5),
    vendors: z.array(VendorId).nullable().default(null),
    acVendors: z.array(VendorId).default([]),
  };
}

/** The fields the TC string encoder reads. */
export const TcfEncoding = z.object(tcfFields({ cmpId: 2, cmpVersion: 1 }));
export type TcfEncoding = z.output<typeof TcfEncoding>;

export const TcfOptions = z.object({
  ...tcfFields({ cmpId: 2, cmpVersion: 1 }),
  cookieName: z.string().min(1).max(256).default('euconsent-v2'),
  storage: z.enum(['cookie', 'localStorage']).default('cookie'),
  domain: z.string().min(1).max(253).nullable().default(null),
  expiresDays: z.number().int().min(1).max(400).default(390),
});
export type TcfOptions = z.output<typeof TcfOptions>;

/** Documentation of the encoder's fields; `cmpId` is documented by each adapter (defaults differ). */
export const TCF_ENCODING_DOCS: OptionDoc[] = [
  { name: 'cmpVersion', description: 'Version of the CMP written into the string (12 bits).', default: '1' },
  {
    name: 'consentScreen',
    description: 'Screen of the CMP on which consent was given (6 bits).',
    default: '1',
  },
  {
    name: 'publisherCountryCode',
    description: "Publisher's country (two letters), written as publisherCC.",
    default: 'FR',
  },
  {
    name: 'language',
    description:
      'Language the banner was shown in (consentLanguage): EN, FR, DE, PT-BR… (fr-FR is read as FR).',
    default: 'EN',
  },
  {
    name: 'vendorList',
    description:
      'The parsed Global Vendor List (vendor-list.json, v3 shape: purposes, specialPurposes, features, ' +
      'specialFeatures, stacks, vendors). null = purposes-only mode: no vendors at all, which is what a site ' +
      'with no vendor list (only its own trackers) accepts.',
    default: 'null',
  },
  {
    name: 'vendorListVersion',
    description:
      "Vendor list version written in purposes-only mode (with a vendor list, the list's own version). " +
      "Set it to the version the site's CMP loads.",
    default: '48',
  },
  {
    name: 'tcfPolicyVersion',
    description: 'TCF policy version: 5 for TCF 2.3, 4 for TCF 2.2 (overrides the vendor list’s own).',
    default: '5',
  },
  {
    name: 'vendors',
    description:
      'Vendor ids disclosed to the user; each gets consent when every purpose it asks consent for is allowed. ' +
      'null = every vendor of the vendor list. Ids missing from the list are dropped, with a note.',
    default: 'null (all vendors of the list)',
  },
  {
    name: 'acVendors',
    description:
      'Google Additional Consent provider ids (ATPs not on the GVL): consented when marketing is allowed, else only disclosed. Empty = no addtl_consent.',
    default: '[]',
  },
];
