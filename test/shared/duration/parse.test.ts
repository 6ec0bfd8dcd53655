import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../shared/duration';
import { Duration } from '../../../shared/policy';
import { ENGLISH, type Row } from './phrasings-en';
import { FRENCH } from './phrasings-fr';
import { D, MO, Y } from './units';

function check([text, kind, seconds, condition]: Row): void {
  const d = parseDuration(text);
  expect(d.raw).toBe(text);
  expect(d.kind).toBe(kind);
  if (seconds === null) expect(d.seconds).toBeNull();
  else expect(d.seconds).toBeCloseTo(seconds, 3);
  expect(d.condition).toBe(condition ?? null);
  expect(Duration.safeParse(d).success).toBe(true);
}

describe('parseDuration', () => {
  it('has a table of at least 120 phrasings', () => {
    expect(ENGLISH.length + FRENCH.length).toBeGreaterThanOrEqual(120);
  });

  for (const row of ENGLISH) it(`reads English ${JSON.stringify(row[0])}`, () => check(row));
  for (const row of FRENCH) it(`reads French ${JSON.stringify(row[0])}`, () => check(row));

  it('reads the seed policy as the built-in policy states it', () => {
    expect(parseDuration('2 weeks by default')).toEqual({
      raw: '2 weeks by default',
      kind: 'default',
      seconds: 14 * D,
      condition: null,
    });
    expect(parseDuration('6 months').seconds).toBe(6 * MO);
    expect(parseDuration('12 months').seconds).toBe(Y);
  });

  it('quotes the condition exactly as written, accents and case kept', () => {
    expect(parseDuration('Expires 2 Years After The Last Visit.').condition).toBe('After The Last Visit');
    expect(parseDuration('6 MOIS APRÈS LA DERNIÈRE VISITE').condition).toBe('APRÈS LA DERNIÈRE VISITE');
  });

  it('reads units only after a count, so words near a unit stay words', () => {
    expect(parseDuration('mois').kind).toBe('unknown');
    expect(parseDuration('monhts').kind).toBe('unknown');
    // one edit away from "jour", "days", "mois", "hours": real words, not typos
    for (const text of ['2 pour 1', '2 dans le navigateur', '13 mais', 'à heure fixe', '2 hors ligne']) {
      expect(parseDuration(text).kind, text).toBe('unknown');
    }
  });

  it('counts "a"/"an" as one only before an English unit', () => {
    expect(parseDuration('an hour').seconds).toBe(3600);
    expect(parseDuration('1 an').seconds).toBe(Y);
    expect(parseDuration('a browser cookie').kind).toBe('unknown');
  });

  it('takes the longest of several lifetimes as the bound', () => {
    const d = parseDuration('30 minutes for visitors, 1 year for logged-in users');
    expect(d.kind).toBe('maximum');
    expect(d.seconds).toBe(Y);
  });

  it('keeps the raw text of anything, however long, and reads it quickly', () => {
    const long = 'Token randomly reset. '.repeat(20_000) + 'Up to 12 months';
    const started = performance.now();
    const d = parseDuration(long);
    expect(performance.now() - started).toBeLessThan(200);
    expect(d.raw).toBe(long);
    // only the start of a runaway cell is read
    expect(d.kind).toBe('unknown');
  });

  it('never throws on text that is not a string at run time', () => {
    expect(parseDuration(undefined as unknown as string)).toEqual({
      raw: '',
      kind: 'unknown',
      seconds: null,
      condition: null,
    });
  });

  it('reads 2,000 catalog-style cells fast', () => {
    const counts = ['1', '2', '13', '30', '90', '365', 'one', 'deux'];
    const units = ['year', 'Years', 'months', 'mois', 'days', 'jours', 'hours', 'min', 'weeks', 'semaines'];
    const wraps = [
      '%',
      'Up to %',
      '% by default',
      '% after last activity',
      'Session',
      'jusqu’à %',
      'Persistent',
    ];
    const texts: string[] = [];
    for (const c of counts)
      for (const u of units) for (const w of wraps) texts.push(w.replace('%', `${c} ${u}`));
    while (texts.length < 2000) texts.push(...texts.slice(0, 2000 - texts.length));
    const started = performance.now();
    for (const text of texts) parseDuration(text);
    // ~15 ms measured; the bound only catches a regression by orders of magnitude (e.g. regex backtracking)
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
