// Builds the TC string with @iabtechlabtcf/core: core segment, DisclosedVendors (mandatory in TCF 2.3) and
// the publisher TC segment, as a service-specific CMP stores it.
import { TCModel, TCString } from '@iabtechlabtcf/core';
import { buildGvl, liveVendors, purposesOnlyGvl, type GvlJson, type GvlVendor } from './tcf-gvl';
import type { TcfEncoding } from './tcf-options';
import type { TcfSignals } from './tcf-purposes';

export interface EncodedTc {
  tcString: string;
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  disclosed: number[];
  notes: string[];
}

/** TCF asks for created / lastUpdated at day precision: UTC midnight of the day of the choice. */
export function utcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function everyIn(ids: readonly number[], allowed: ReadonlySet<number>): boolean {
  return ids.every((id) => allowed.has(id));
}

/**
 * A vendor gets consent when it asks consent for at least one purpose and every one of them is allowed;
 * legitimate interest when every LI purpose it declares is not objected to. Vendors with special purposes
 * and no LI purpose keep their LI bit (TCF policy of June 2021: special purposes need no choice, only
 * disclosure) — @iabtechlabtcf/core keeps exactly that case.
 */
function vendorBits(vendor: GvlVendor, signals: TcfSignals): { consent: boolean; li: boolean } {
  const consented = new Set(signals.purposes);
  const li = new Set(signals.legitimateInterests);
  const consent = vendor.purposes.length > 0 && everyIn(vendor.purposes, consented);
  const specialBasis = vendor.legIntPurposes.length === 0 && vendor.specialPurposes.length > 0;
  const liBit = specialBasis || (vendor.legIntPurposes.length > 0 && everyIn(vendor.legIntPurposes, li));
  return { consent, li: liBit };
}

function selectVendors(list: GvlJson, requested: number[] | null, notes: string[]): GvlVendor[] {
  const live = liveVendors(list);
  if (requested === null) return [...live.values()].sort((a, b) => a.id - b.id);
  const deleted = new Set(
    Object.values(list.vendors)
      .filter((v) => v.deletedDate !== undefined)
      .map((v) => v.id),
  );
  const out: GvlVendor[] = [];
  for (const id of [...new Set(requested)].sort((a, b) => a - b)) {
    const vendor = live.get(id);
    if (vendor) out.push(vendor);
    else if (deleted.has(id))
      notes.push(`vendor ${id} is deleted from vendor list ${list.vendorListVersion}: left out`);
    else
      notes.push(
        `vendor ${id} is not in vendor list ${list.vendorListVersion}: left out (the encoder drops it)`,
      );
  }
  return out;
}

export function encodeTcString(signals: TcfSignals, options: TcfEncoding, now: Date): EncodedTc {
  const notes: string[] = [];
  let list: GvlJson;
  if (options.vendorList === null) {
    list = purposesOnlyGvl(options.vendorListVersion, options.tcfPolicyVersion, now);
    notes.push(
      `purposes-only TC string (no vendor list): no vendor has consent; vendor list version ${options.vendorListVersion} written as given`,
    );
    if (options.vendors !== null && options.vendors.length > 0) {
      notes.push(`vendors ${options.vendors.join(', ')} need a vendor list: left out`);
    }
  } else {
    list = options.vendorList;
    if (list.tcfPolicyVersion !== options.tcfPolicyVersion) {
      notes.push(
        `vendor list ${list.vendorListVersion} is for TCF policy ${list.tcfPolicyVersion}; written as policy ${options.tcfPolicyVersion}`,
      );
    }
    // The library writes the list's policy version; the option decides which TCF version the string claims.
    list = { ...list, tcfPolicyVersion: options.tcfPolicyVersion };
  }
  const vendors = options.vendorList === null ? [] : selectVendors(list, options.vendors, notes);

  const model = new TCModel(buildGvl(list, options.language));
  model.cmpId = options.cmpId;
  model.cmpVersion = options.cmpVersion;
  model.consentScreen = options.consentScreen;
  model.publisherCountryCode = options.publisherCountryCode;
  model.isServiceSpecific = true;
  const day = utcMidnight(now);
  model.created = day;
  model.lastUpdated = day;

  if (signals.purposes.length > 0) model.purposeConsents.set(signals.purposes);
  if (signals.legitimateInterests.length > 0)
    model.purposeLegitimateInterests.set(signals.legitimateInterests);
  if (signals.specialFeatures.length > 0) model.specialFeatureOptins.set(signals.specialFeatures);
  // The site as publisher asked the same purposes of the person: its own segment says the same.
  if (signals.purposes.length > 0) model.publisherConsents.set(signals.purposes);
  if (signals.legitimateInterests.length > 0) {
    model.publisherLegitimateInterests.set(signals.legitimateInterests);
  }

  const vendorConsents: number[] = [];
  const vendorLegitimateInterests: number[] = [];
  for (const vendor of vendors) {
    const bits = vendorBits(vendor, signals);
    if (bits.consent) vendorConsents.push(vendor.id);
    if (bits.li) vendorLegitimateInterests.push(vendor.id);
  }
  const disclosed = vendors.map((v) => v.id);
  if (vendorConsents.length > 0) model.vendorConsents.set(vendorConsents);
  if (vendorLegitimateInterests.length > 0) model.vendorLegitimateInterests.set(vendorLegitimateInterests);
  if (disclosed.length > 0) model.vendorsDisclosed.set(disclosed);

  return { tcString: TCString.encode(model), vendorConsents, vendorLegitimateInterests, disclosed, notes };
}
