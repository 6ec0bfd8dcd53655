import { describe, expect, it } from 'vitest';
import { compareLifetime, parseDuration } from '../../../shared/duration';
import { D, H, MO, W, Y } from './units';

describe('compareLifetime', () => {
  it('allows 10% either way around a fixed lifetime, edges included', () => {
    const year = parseDuration('1 year');
    const allowed = 0.1 * Y;
    expect(compareLifetime(year, Y)).toBe('within');
    expect(compareLifetime(year, Y + allowed)).toBe('within');
    expect(compareLifetime(year, Y + allowed + 1)).toBe('longer');
    expect(compareLifetime(year, Y - allowed)).toBe('within');
    expect(compareLifetime(year, Y - allowed - 1)).toBe('shorter');
    // what servers really set for "1 year" and "13 months"
    expect(compareLifetime(year, 365 * D)).toBe('within');
    expect(compareLifetime(parseDuration('13 mois'), 395 * D)).toBe('within');
    // Chrome caps expiries at 400 days: a declared 2 years is really shorter
    expect(compareLifetime(parseDuration('2 years'), 400 * D)).toBe('shorter');
  });

  it('allows at least one day on short lifetimes', () => {
    const hour = parseDuration('1 hour');
    expect(compareLifetime(hour, H + D)).toBe('within');
    expect(compareLifetime(hour, H + D + 1)).toBe('longer');
    const fortnight = parseDuration('2 weeks');
    // 10% of 2 weeks is 1.4 days: larger than the one-day floor
    expect(compareLifetime(fortnight, 2 * W + 0.1 * 2 * W)).toBe('within');
    expect(compareLifetime(fortnight, 2 * W + 0.1 * 2 * W + 1)).toBe('longer');
  });

  it('treats maximum, default and conditional lifetimes as limits', () => {
    for (const text of ['Up to 13 months', '13 months by default', '13 months after last visit']) {
      const d = parseDuration(text);
      expect(compareLifetime(d, D), text).toBe('within');
      expect(compareLifetime(d, 13 * MO * 1.1), text).toBe('within');
      expect(compareLifetime(d, 13 * MO * 1.1 + 1), text).toBe('longer');
    }
  });

  it('compares session cookies with session declarations', () => {
    expect(compareLifetime(parseDuration('Session'), null)).toBe('within');
    expect(compareLifetime(parseDuration('Session'), 3600)).toBe('session-mismatch');
    expect(compareLifetime(parseDuration('6 months'), null)).toBe('shorter');
    expect(compareLifetime(parseDuration('2 weeks by default'), null)).toBe('shorter');
    expect(compareLifetime(parseDuration('Up to 12 months'), null)).toBe('within');
  });

  it('cannot compare what it could not read', () => {
    expect(compareLifetime(parseDuration('Persistent'), Y)).toBe('unknown');
    expect(compareLifetime(parseDuration('Persistent'), null)).toBe('unknown');
    expect(compareLifetime(parseDuration('1 year'), Number.NaN)).toBe('unknown');
  });

  it('takes a tolerance and a floor from the caller', () => {
    const year = parseDuration('1 year');
    const exact = { tolerance: 0, minimumSeconds: 0 };
    expect(compareLifetime(year, Y, exact)).toBe('within');
    expect(compareLifetime(year, Y + 1, exact)).toBe('longer');
    expect(compareLifetime(year, Y - 1, exact)).toBe('shorter');
    expect(compareLifetime(year, Y * 1.2, { tolerance: 0.25 })).toBe('within');
  });
});
