// The TC string Crumbs writes, read back by the official @iabtechlabtcf/core decoder field by field, and a
// few fields read straight from the bits (the specification's layout), so neither side checks itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TCString, type TCModel } from '@iabtechlabtcf/core';
import type { Choices } from '../../../shared/consent';
import { tcfAdapter } from '../../../electron/core/consent/cmps/tcf';

const GVL = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/consent/tcf/vendor-list.json'), 'utf8'),
) as unknown;
const NOW = new Date('2025-06-03T15:42:17.345Z');
const MIDNIGHT = Date.UTC(2025, 5, 3);
const TARGET = { host: 'www.example.fr', site: 'example.fr', origin: 'https://www.example.fr' };

const NECESSARY: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};
const STATISTICS: Choices = { ...NECESSARY, statistics: true };
const ALL: Choices = { necessary: true, preferences: true, statistics: true, marketing: true, social: true };

function ids(vector: TCModel['purposeConsents']): number[] {
  const out: number[] = [];
  vector.forEach((value, id) => value && out.push(id));
  return out;
}

function encode(choices: Choices, options: Record<string, unknown> = {}) {
  const parsed = tcfAdapter.options.parse({ vendorList: GVL, ...options });
  return tcfAdapter.encode(choices, parsed, { target: TARGET, now: NOW, gpc: false });
}

function tcOf(state: ReturnType<typeof encode>): string {
  const cookie = state.cookies.find((c) => c.name === 'euconsent-v2');
  if (!cookie) throw new Error('no euconsent-v2 cookie');
  return cookie.value;
}

/** base64url → bit string, as the TCF specification lays a segment out. */
function bits(segment: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...segment].map((ch) => alphabet.indexOf(ch).toString(2).padStart(6, '0')).join('');
}

describe('tcf encode → TCString.decode', () => {
  it('writes every core field as configured (statistics only)', () => {
    const options = {
      cmpId: 880,
      cmpVersion: 3,
      consentScreen: 2,
      publisherCountryCode: 'de',
      language: 'fr-FR',
    };
    const model = TCString.decode(tcOf(encode(STATISTICS, options)));
    expect(model.version).toBe(2);
    expect(model.cmpId).toBe(880);
    expect(model.cmpVersion).toBe(3);
    expect(model.consentScreen).toBe(2);
    expect(model.consentLanguage).toBe('FR');
    expect(model.vendorListVersion).toBe(112);
    expect(model.policyVersion).toBe(5);
    expect(model.isServiceSpecific).toBe(true);
    expect(model.useNonStandardTexts).toBe(false);
    expect(model.purposeOneTreatment).toBe(false);
    expect(model.publisherCountryCode).toBe('DE');
    expect(ids(model.purposeConsents)).toEqual([1, 7, 8, 9, 10]);
    expect(ids(model.purposeLegitimateInterests)).toEqual([7, 8, 9, 10]);
    expect(ids(model.specialFeatureOptins)).toEqual([]);
    // 2 and 300 ask consent for statistics purposes only; 10 and 25 also for advertising / content.
    expect(ids(model.vendorConsents)).toEqual([2, 300]);
    // 2 (LI 10) and 10 (LI 7) keep LI; 25 (LI 11, marketing) loses it; 52 declares special purposes only.
    expect(ids(model.vendorLegitimateInterests)).toEqual([2, 10, 52]);
    // Every live vendor of the list is disclosed; 91 is deleted from it.
    expect(ids(model.vendorsDisclosed)).toEqual([2, 10, 25, 52, 300]);
    expect(ids(model.publisherConsents)).toEqual([1, 7, 8, 9, 10]);
    expect(model.created.getTime()).toBe(MIDNIGHT);
    expect(model.lastUpdated.getTime()).toBe(MIDNIGHT);
  });

  it('stores created and lastUpdated as deciseconds of UTC midnight, in the bits the specification names', () => {
    const core = tcOf(encode(STATISTICS)).split('.')[0] ?? '';
    const b = bits(core);
    expect(parseInt(b.slice(0, 6), 2)).toBe(2); // version
    expect(parseInt(b.slice(6, 42), 2)).toBe(MIDNIGHT / 100); // created, deciseconds
    expect(parseInt(b.slice(42, 78), 2)).toBe(MIDNIGHT / 100); // lastUpdated
    expect(parseInt(b.slice(78, 90), 2)).toBe(2); // cmpId (default)
  });

  it('writes core, DisclosedVendors (type 1, TCF 2.3) and publisher TC (type 3) segments', () => {
    const segments = tcOf(encode(NECESSARY)).split('.');
    expect(segments).toHaveLength(3);
    expect(parseInt(bits(segments[1] ?? '').slice(0, 3), 2)).toBe(1);
    expect(parseInt(bits(segments[2] ?? '').slice(0, 3), 2)).toBe(3);
  });

  it('refuses everything for necessary only, vendors that need no choice keeping their LI bit', () => {
    const model = TCString.decode(tcOf(encode(NECESSARY)));
    expect(ids(model.purposeConsents)).toEqual([]);
    expect(ids(model.purposeLegitimateInterests)).toEqual([]);
    expect(ids(model.vendorConsents)).toEqual([]);
    expect(ids(model.vendorLegitimateInterests)).toEqual([52]);
    expect(ids(model.vendorsDisclosed)).toEqual([2, 10, 25, 52, 300]);
  });

  it('accepts everything for accept-all, with no LI for purposes 1 and 3–6 (TCF 2.2 policy)', () => {
    const model = TCString.decode(tcOf(encode(ALL)));
    expect(ids(model.purposeConsents)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(ids(model.purposeLegitimateInterests)).toEqual([2, 7, 8, 9, 10, 11]);
    expect(ids(model.specialFeatureOptins)).toEqual([1, 2]);
    expect(ids(model.vendorConsents)).toEqual([2, 10, 25, 300]);
    expect(ids(model.vendorLegitimateInterests)).toEqual([2, 10, 25, 52]);
  });

  it('turns purpose 1 on for preferences alone (something is stored), with no other purpose', () => {
    const model = TCString.decode(tcOf(encode({ ...NECESSARY, preferences: true })));
    expect(ids(model.purposeConsents)).toEqual([1]);
  });

  it('writes TCF 2.2 strings on request, whatever the vendor list says', () => {
    const state = encode(ALL, { tcfPolicyVersion: 4 });
    expect(TCString.decode(tcOf(state)).policyVersion).toBe(4);
    expect(state.notes).toContain('vendor list 112 is for TCF policy 5; written as policy 4');
  });

  it('discloses only the vendors asked for, and notes the ones the encoder would silently drop', () => {
    const state = encode(ALL, { vendors: [300, 2, 91, 999] });
    const model = TCString.decode(tcOf(state));
    expect(ids(model.vendorsDisclosed)).toEqual([2, 300]);
    expect(ids(model.vendorConsents)).toEqual([2, 300]);
    expect(state.notes).toEqual([
      'vendor 91 is deleted from vendor list 112: left out',
      'vendor 999 is not in vendor list 112: left out (the encoder drops it)',
    ]);
  });

  it('in purposes-only mode writes the purposes, no vendors, and the vendor list version given', () => {
    const parsed = tcfAdapter.options.parse({ vendorListVersion: 48 });
    const state = tcfAdapter.encode(ALL, parsed, { target: TARGET, now: NOW, gpc: false });
    const model = TCString.decode(tcOf(state));
    expect(model.vendorListVersion).toBe(48);
    expect(model.policyVersion).toBe(5);
    expect(ids(model.purposeConsents)).toHaveLength(11);
    expect(ids(model.vendorConsents)).toEqual([]);
    expect(ids(model.vendorsDisclosed)).toEqual([]);
    expect(state.notes[0]).toMatch(/^purposes-only TC string/);
  });
});

describe('tcf options', () => {
  it('fills the documented defaults', () => {
    const o = tcfAdapter.options.parse({});
    expect(o).toMatchObject({
      cmpId: 2,
      cmpVersion: 1,
      consentScreen: 1,
      publisherCountryCode: 'FR',
      language: 'EN',
      vendorList: null,
      vendorListVersion: 48,
      tcfPolicyVersion: 5,
      vendors: null,
      cookieName: 'euconsent-v2',
      storage: 'cookie',
      domain: null,
      expiresDays: 390,
      acVendors: [],
    });
    const documented = tcfAdapter.optionDocs.map((d) => d.name).sort();
    expect(documented).toEqual(Object.keys(o).sort());
  });

  it('refuses what the TCF cannot carry, naming the field', () => {
    for (const [field, value] of [
      ['cmpId', 1],
      ['cmpId', 4096],
      ['consentScreen', 64],
      ['publisherCountryCode', 'FRA'],
      ['language', 'xx'],
      ['expiresDays', 401],
    ] as const) {
      const result = tcfAdapter.options.safeParse({ [field]: value });
      expect(result.success, `${field}=${value}`).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
  });

  it('refuses a vendor list without the maps the library walks', () => {
    const broken = { ...(GVL as Record<string, unknown>) };
    delete broken.specialFeatures;
    const result = tcfAdapter.options.safeParse({ vendorList: broken });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['vendorList', 'specialFeatures']);
  });
});
