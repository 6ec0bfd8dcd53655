import { describe, expect, it } from 'vitest';
import { formatDuration, formatSeconds, parseDuration } from '../../../shared/duration';
import type { Duration } from '../../../shared/policy';
import { D, H, MIN, MO, W, Y } from './units';

const en = (text: string): string => formatDuration(parseDuration(text), 'en');
const fr = (text: string): string => formatDuration(parseDuration(text), 'fr');
const edited = (seconds: number, kind: Duration['kind'] = 'fixed'): Duration => ({
  raw: '',
  kind,
  seconds,
  condition: null,
});

describe('formatDuration', () => {
  it('words each kind in English and French', () => {
    expect([en('2 weeks'), fr('2 weeks')]).toEqual(['2 weeks', '2 semaines']);
    expect([en('Up to 12 months'), fr('Up to 12 months')]).toEqual(['Up to 12 months', "Jusqu'à 12 mois"]);
    expect([en('Browser session'), fr('Fin de session')]).toEqual(['Session', 'Session']);
    expect([en('2 weeks by default'), fr('2 weeks by default')]).toEqual([
      '2 weeks by default',
      '2 semaines par défaut',
    ]);
    expect([en('2 years after last activity'), fr('2 years after last activity')]).toEqual([
      '2 years (after last activity)',
      '2 ans (after last activity)',
    ]);
    expect(fr('6 mois après la dernière visite')).toBe('6 mois (après la dernière visite)');
  });

  it('shows an unreadable duration as written', () => {
    expect(en('Token randomly reset between two requests')).toBe('Token randomly reset between two requests');
    expect(fr('Persistent')).toBe('Persistent');
    expect(formatDuration({ raw: 'odd', kind: 'maximum', seconds: null, condition: null }, 'en')).toBe('odd');
  });

  it("keeps the site's own unit when it counts the lifetime exactly", () => {
    expect([en('13 mois'), fr('13 months')]).toEqual(['13 months', '13 mois']);
    expect([en('12 months'), en('1 an'), fr('1 year')]).toEqual(['12 months', '1 year', '1 an']);
    expect([en('365 days'), fr('365 days')]).toEqual(['365 days', '365 jours']);
    expect([en('24 hours'), en('30 days'), en('52 weeks')]).toEqual(['24 hours', '30 days', '52 weeks']);
    expect([en('1.5 years'), fr('1.5 years')]).toEqual(['1.5 years', '1,5 an']);
    expect([en('deux ans'), en('douze mois')]).toEqual(['2 years', '12 months']);
    // a sum is said in its smallest unit; half an hour has no whole hour
    expect([en('1 year 6 months'), en('half an hour')]).toEqual(['18 months', '30 minutes']);
  });

  it('picks the largest whole unit when no unit is stated', () => {
    expect(formatDuration(edited(14 * D), 'en')).toBe('2 weeks');
    expect(formatDuration(edited(12 * MO), 'fr')).toBe('1 an');
    expect(formatDuration(edited(13 * MO), 'en')).toBe('13 months');
    // 365 days is not a Gregorian year, 52 weeks is 364 days: both stay as counted
    expect(formatDuration(edited(365 * D), 'en')).toBe('365 days');
    expect(formatDuration(edited(52 * W), 'fr')).toBe('52 semaines');
    expect(formatDuration(edited(30 * D), 'en')).toBe('30 days');
    expect(formatDuration(edited(24 * H), 'en')).toBe('1 day');
    expect(formatDuration(edited(90 * MIN), 'en')).toBe('90 minutes');
    expect(formatDuration(edited(1.5 * MO), 'fr')).toBe('1,5 mois');
    expect(formatDuration(edited(0), 'en')).toBe('0 seconds');
    expect(formatDuration(edited(0), 'fr')).toBe('0 seconde');
    expect(formatDuration(edited(Y, 'maximum'), 'fr')).toBe("Jusqu'à 1 an");
  });

  it('uses French singular below two and English singular only at one', () => {
    expect([fr('1 jour'), fr('2 jours'), fr('1 heure')]).toEqual(['1 jour', '2 jours', '1 heure']);
    expect([en('1 day'), en('1.5 days')]).toEqual(['1 day', '1.5 days']);
    expect(fr('1,5 jour')).toBe('1,5 jour');
  });
});

describe('formatSeconds', () => {
  it('says a lifetime in one unit when that is close enough', () => {
    expect(formatSeconds(13 * D, 'en')).toBe('13 days');
    expect(formatSeconds(13 * D + 5 * H, 'fr')).toBe('13 jours');
    expect(formatSeconds(90 * D, 'en')).toBe('3 months');
    expect(formatSeconds(730 * D, 'en')).toBe('2 years');
    expect(formatSeconds(45, 'en')).toBe('45 seconds');
    expect(formatSeconds(1, 'fr')).toBe('1 seconde');
    expect(formatSeconds(45 * MIN, 'fr')).toBe('45 minutes');
  });

  it('rounds a count that fills the next unit into it', () => {
    expect(formatSeconds(59.6 * MIN, 'en')).toBe('1 hour');
    expect(formatSeconds(11.7 * MO, 'en')).toBe('1 year');
    expect(formatSeconds(23.8 * H, 'fr')).toBe('1 jour');
  });

  it('adds a second unit when the remainder matters', () => {
    expect(formatSeconds(400 * D, 'en')).toBe('1 year 1 month');
    expect(formatSeconds(400 * D, 'fr')).toBe('1 an 1 mois');
    expect(formatSeconds(1.5 * D, 'en')).toBe('1 day 12 hours');
    expect(formatSeconds(90 * MIN, 'fr')).toBe('1 heure 30 minutes');
    expect(formatSeconds(34 * D, 'en')).toBe('1 month 4 days');
  });

  it('reads spans that are not lifetimes without failing', () => {
    expect(formatSeconds(-5, 'en')).toBe('0 seconds');
    expect(formatSeconds(Number.NaN, 'fr')).toBe('inconnue');
    expect(formatSeconds(Infinity, 'en')).toBe('unlimited');
  });
});
