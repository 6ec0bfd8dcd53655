// Google's Additional Consent string: the v2 layout written, and the shapes real pages carry read back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeAdditionalConsent,
  encodeAdditionalConsent,
} from '../../../electron/core/consent/cmps/google-ac';

describe('encodeAdditionalConsent', () => {
  it('writes version 2: consented ids, then dv. with the disclosed ones not consented, sorted', () => {
    expect(encodeAdditionalConsent([89, 70, 89], [2072, 70, 89, 5])).toBe('2~70.89~dv.5.2072');
    expect(encodeAdditionalConsent([], [89, 70])).toBe('2~~dv.70.89');
    expect(encodeAdditionalConsent([70], [70])).toBe('2~70~dv.');
    expect(encodeAdditionalConsent([], [])).toBe('2~~dv.');
  });

  it('round-trips any sets of ids', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 30 });
    fc.assert(
      fc.property(ids, ids, (consented, disclosed) => {
        const decoded = decodeAdditionalConsent(encodeAdditionalConsent(consented, disclosed));
        const yes = [...consented].sort((a, b) => a - b);
        expect(decoded?.consented).toEqual(yes);
        expect(decoded?.disclosed).toEqual(
          [...new Set(disclosed)].filter((id) => !consented.includes(id)).sort((a, b) => a - b),
        );
        expect(decoded?.notes).toEqual([]);
      }),
    );
  });
});

describe('decodeAdditionalConsent', () => {
  it('reads version 1 and version 2, ids in any order', () => {
    expect(decodeAdditionalConsent('1~1.35.41.101')).toEqual({
      version: 1,
      consented: [1, 35, 41, 101],
      disclosed: [],
      notes: [],
    });
    expect(decodeAdditionalConsent('2~2072.70.89~dv.9.21')).toMatchObject({
      version: 2,
      consented: [70, 89, 2072],
      disclosed: [9, 21],
    });
  });

  it('takes the odd shapes seen: no dot after dv, no dv part, percent-encoding, quotes, junk ids', () => {
    expect(decodeAdditionalConsent('2~~dv')).toMatchObject({ consented: [], disclosed: [], notes: [] });
    expect(decodeAdditionalConsent('2~1.2')).toMatchObject({
      consented: [1, 2],
      notes: ['addtl_consent has no disclosed-vendors part (dv.)'],
    });
    expect(decodeAdditionalConsent('2%7E70.89%7Edv.')).toMatchObject({
      consented: [70, 89],
      notes: ['addtl_consent was percent-encoded'],
    });
    expect(decodeAdditionalConsent('"2~5~dv.6"')).toMatchObject({ consented: [5], disclosed: [6] });
    expect(decodeAdditionalConsent('2~5.x.-3.7~dv.')).toMatchObject({
      consented: [5, 7],
      notes: ['addtl_consent: 2 consented id(s) that are not positive numbers ignored'],
    });
  });

  it('returns null for what is not an AC string', () => {
    for (const junk of ['', 'yes', '~1.2', 'CQSbk4AQ.IAAA', '%E0%A4%A']) {
      expect(decodeAdditionalConsent(junk), junk).toBeNull();
    }
  });
});
