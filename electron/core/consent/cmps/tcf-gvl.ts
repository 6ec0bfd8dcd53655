// The Global Vendor List the TC string is encoded against: a vendor-list.json (v3 shape) the user supplies,
// or a purposes-only list with no vendors. @iabtechlabtcf/core needs one to encode at all; built from a
// JSON object it is ready at once, with no network.
import { z } from 'zod';
import { GVL, type VendorList } from '@iabtechlabtcf/core';
import { FEATURE_NAMES, PURPOSE_NAMES, SPECIAL_FEATURE_NAMES, SPECIAL_PURPOSE_NAMES } from './tcf-purposes';

const Ids = z.array(z.number().int().positive());

const Declared = z.looseObject({ id: z.number().int().positive(), name: z.string() });

const GvlVendor = z.looseObject({
  id: z.number().int().positive(),
  name: z.string(),
  purposes: Ids,
  legIntPurposes: Ids,
  // Older lists leave these out; the library reads them as arrays.
  flexiblePurposes: Ids.default([]),
  specialPurposes: Ids.default([]),
  features: Ids.default([]),
  specialFeatures: Ids.default([]),
  deletedDate: z.string().optional(),
});
export type GvlVendor = z.infer<typeof GvlVendor>;

/**
 * The parts of a vendor-list.json the library relies on. Every map must exist (the library walks them all);
 * anything else a real list carries (urls, dataRetention, dataDeclaration…) passes through untouched.
 */
export const GvlJson = z.looseObject({
  gvlSpecificationVersion: z.number().int().optional(),
  vendorListVersion: z.number().int().min(1).max(4095),
  tcfPolicyVersion: z.number().int().min(1).max(63),
  lastUpdated: z.string(),
  purposes: z.record(z.string(), Declared),
  specialPurposes: z.record(z.string(), Declared),
  features: z.record(z.string(), Declared),
  specialFeatures: z.record(z.string(), Declared),
  stacks: z.record(z.string(), z.unknown()),
  dataCategories: z.record(z.string(), z.unknown()).optional(),
  vendors: z.record(z.string(), GvlVendor),
});
export type GvlJson = z.infer<typeof GvlJson>;

function declarations(names: Readonly<Record<number, string>>) {
  const out: Record<string, { id: number; name: string; description: string }> = {};
  for (const [id, name] of Object.entries(names)) {
    out[id] = { id: Number(id), name, description: name };
  }
  return out;
}

/**
 * A vendor list with the standard declarations and no vendors: what a site with no vendor list of its own
 * (purposes only, its own trackers) would accept. Its version is the one the string claims.
 */
export function purposesOnlyGvl(vendorListVersion: number, tcfPolicyVersion: number, now: Date): GvlJson {
  return {
    gvlSpecificationVersion: 3,
    vendorListVersion,
    tcfPolicyVersion,
    lastUpdated: now.toISOString(),
    purposes: declarations(PURPOSE_NAMES),
    specialPurposes: declarations(SPECIAL_PURPOSE_NAMES),
    features: declarations(FEATURE_NAMES),
    specialFeatures: declarations(SPECIAL_FEATURE_NAMES),
    stacks: {},
    vendors: {},
  };
}

/** The live vendors (not deleted) of a list, by id. */
export function liveVendors(list: GvlJson): Map<number, GvlVendor> {
  const out = new Map<number, GvlVendor>();
  for (const vendor of Object.values(list.vendors)) {
    if (vendor.deletedDate === undefined) out.set(vendor.id, vendor);
  }
  return out;
}

export function buildGvl(list: GvlJson, language: string): GVL {
  // The schema checked every field the library reads; the library's own VendorList type also lists
  // descriptive fields (usesCookies, urls…) it never uses for encoding, so the checked object is handed on.
  return new GVL(list as unknown as VendorList, { language });
}

export const CONSENT_LANGUAGES = GVL.consentLanguages;
