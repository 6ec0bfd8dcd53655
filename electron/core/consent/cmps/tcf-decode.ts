// Reads a TC string with @iabtechlabtcf/core (offline: decoding needs no vendor list) into plain choices.
// Lenient: quotes, percent-encoding and stray spaces are undone, and a string the library cannot read
// gives a reading with a note instead of an error.
import { TCString, type TCModel } from '@iabtechlabtcf/core';
import type { ConsentReading } from '../../../../shared/consent';
import {
  ALL_PURPOSES,
  marketingPurposesFor,
  PURPOSE_11_SINCE_POLICY,
  readCategory,
  SPECIAL_FEATURES,
  STATISTICS_PURPOSES,
  STORAGE_PURPOSE,
} from './tcf-purposes';

type Categories = ConsentReading['categories'];

export interface TcReading {
  categories: Categories;
  services: Record<string, boolean>;
  decidedAt: string | null;
  notes: string[];
  /** The decoded model, for callers that need more fields (tests, Didomi). */
  model: TCModel | null;
}

const UNKNOWN: Categories = {
  necessary: true,
  preferences: null,
  statistics: null,
  marketing: null,
  social: null,
};

/** Undo what transport did to the string; the string itself is base64url segments joined by dots. */
export function cleanTcString(raw: string, notes: string[]): string {
  let value = raw.trim();
  if (/^".*"$/s.test(value)) {
    value = value.slice(1, -1);
    notes.push('TC string was quoted');
  }
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
      notes.push('TC string was percent-encoded');
    } catch {
      // left as it is: the decoder will say it cannot read it
    }
  }
  if (/[+/=]/.test(value)) {
    // Some CMPs and proxies turn base64url into plain base64 (with padding): map it back.
    value = value
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+(?=\.|$)/g, '');
    notes.push('TC string used base64 characters (+ / =) instead of base64url');
  }
  return value.replace(/\s+/g, '');
}

function trueIds(vector: TCModel['vendorConsents']): number[] {
  const out: number[] = [];
  vector.forEach((value, id) => {
    if (value) out.push(id);
  });
  return out;
}

export function decodeTcString(raw: string): TcReading {
  const notes: string[] = [];
  const value = cleanTcString(raw, notes);
  let model: TCModel;
  try {
    model = TCString.decode(value);
  } catch {
    notes.push('TC string could not be decoded (not a TCF v2 string, or truncated)');
    return { categories: { ...UNKNOWN }, services: {}, decidedAt: null, notes, model: null };
  }
  if (model.version !== 2) notes.push(`TC string version ${model.version} (only version 2 is current)`);

  const policy = Number(model.policyVersion);
  const consented = new Set(trueIds(model.purposeConsents));
  const statistics = readCategory('statistics', STATISTICS_PURPOSES, consented);
  const marketing = readCategory('marketing', marketingPurposesFor(policy), consented);
  for (const note of [statistics.note, marketing.note]) if (note) notes.push(note);
  if ((statistics.value || marketing.value) && !consented.has(STORAGE_PURPOSE)) {
    notes.push(
      'purpose 1 (store and/or access information on a device) is not consented: no vendor may use cookies',
    );
  }
  if (policy < PURPOSE_11_SINCE_POLICY) {
    notes.push(`policy version ${policy} predates purpose 11: marketing read from purposes 2–6`);
  }
  notes.push('TCF has no purposes for preferences or social: not stated');

  const services: Record<string, boolean> = {};
  for (const p of ALL_PURPOSES) services[`purpose:${p}`] = consented.has(p);
  const optins = new Set(trueIds(model.specialFeatureOptins));
  for (const f of SPECIAL_FEATURES) services[`specialFeature:${f}`] = optins.has(f);
  // A vendor is listed when the string says something about it: consented, or disclosed without consent.
  const vendorConsents = new Set(trueIds(model.vendorConsents));
  for (const id of trueIds(model.vendorsDisclosed)) services[`vendor:${id}`] = vendorConsents.has(id);
  for (const id of vendorConsents) services[`vendor:${id}`] = true;

  const updated = model.lastUpdated;
  const decidedAt =
    updated instanceof Date && !Number.isNaN(updated.getTime()) ? updated.toISOString() : null;
  if (decidedAt === null) notes.push('TC string has no readable lastUpdated date');

  return {
    categories: { ...UNKNOWN, statistics: statistics.value, marketing: marketing.value },
    services,
    decidedAt,
    notes,
    model,
  };
}
