import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLifetime, formatDuration, formatSeconds, parseDuration } from '../../../shared/duration';
import { Duration } from '../../../shared/policy';

const UNITS = [
  'seconds',
  'secondes',
  'sec',
  'minutes',
  'min',
  'hours',
  'heures',
  'h',
  'days',
  'jours',
  'j',
  'weeks',
  'semaines',
  'months',
  'mois',
  'mo',
  'years',
  'ans',
  'années',
  'yrs',
];
const WRAPS = ['%', 'Up to %', '% by default', "jusqu'à %", 'par défaut %', '% after last activity'];

// N with at most one decimal, written with a dot or a French comma.
const count = fc
  .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), fc.boolean())
  .map(([whole, tenth, decimal, comma]) =>
    decimal && tenth > 0 ? `${whole}${comma ? ',' : '.'}${tenth}` : String(whole),
  );

describe('duration properties', () => {
  // One property per kind of string: fast-check's oneof over these three is two orders of magnitude slower.
  const texts = {
    ascii: fc.string({ maxLength: 60 }),
    graphemes: fc.string({ unit: 'grapheme' }),
    binary: fc.string({ unit: 'binary' }),
    'duration-like': fc
      .array(
        fc.constantFrom(
          '1',
          '13',
          ',',
          '.',
          'mois',
          'an',
          'up',
          'to',
          'jusqu',
          "'",
          'à',
          'session',
          'after',
          '-',
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(' ')),
  };
  it.each(Object.keys(texts) as (keyof typeof texts)[])(
    'never throws and keeps the raw text (%s)',
    (name) => {
      fc.assert(
        fc.property(texts[name], (raw) => {
          const d = parseDuration(raw);
          formatDuration(d, 'en');
          formatDuration(d, 'fr');
          return (
            d.raw === raw &&
            Duration.safeParse(d).success &&
            (d.seconds === null) === (d.kind === 'session' || d.kind === 'unknown') &&
            (d.condition !== null) === (d.kind === 'conditional')
          );
        }),
        { numRuns: 300 },
      );
    },
  );

  it('reads its own wording of "N unit" texts back to the same seconds and kind', () => {
    fc.assert(
      fc.property(count, fc.constantFrom(...UNITS), fc.constantFrom(...WRAPS), (n, unit, wrap) => {
        const first = parseDuration(wrap.replace('%', `${n} ${unit}`));
        expect(first.seconds).not.toBeNull();
        for (const lang of ['en', 'fr'] as const) {
          const again = parseDuration(formatDuration(first, lang));
          expect(again.kind).toBe(first.kind);
          expect(again.seconds).toBeCloseTo(first.seconds!, 3);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds every parsed fixed lifetime within itself', () => {
    fc.assert(
      fc.property(count, fc.constantFrom(...UNITS), (n, unit) => {
        const d = parseDuration(`${n} ${unit}`);
        expect(compareLifetime(d, d.seconds)).toBe('within');
      }),
    );
  });

  it('says any lifetime in one or two units', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.constantFrom('en', 'fr' as const),
        (s, lang) => {
          expect(formatSeconds(s, lang)).toMatch(/^\d+ \p{L}+( \d+ \p{L}+)?$/u);
        },
      ),
    );
  });
});
