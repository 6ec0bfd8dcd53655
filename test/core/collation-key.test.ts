// The Jar view sorts names and domains by keys made once per string (electron/core/jar/collation-key.ts):
// for every pair of strings the keys must order exactly as Intl.Collator (base sensitivity, numeric) does,
// equality included, and strings the keys cannot stand for must be left to the collator.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collationKey, collator, compareKeyed } from '../../electron/core/jar/collation-key';

const sign = (n: number) => Math.sign(n);
const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
// Digits, letters of both cases and the punctuation cookie names use, more often than the rest.
const likely = fc.constantFrom(...'0000123456789aAbBzZ_-.:|% '.split(''));
const ascii = fc
  .array(fc.oneof({ arbitrary: likely, weight: 3 }, { arbitrary: printable, weight: 1 }), { maxLength: 14 })
  .map((chars) => chars.join(''));
const cookieLike = fc.constantFrom(
  '_ga',
  '_ga_X1',
  '_GA',
  '_gid',
  'sid',
  'SID',
  'c9',
  'c10',
  'c010',
  'c0',
  'c00',
  'a-b',
  'ab',
  'a_b',
  'a.b',
  'www.example.com',
  'example.com',
  '.example.com',
  'x1y2',
  'x01y2',
  '',
);

describe('collation keys', () => {
  it('order every pair of printable ASCII strings exactly as the collator does', () => {
    fc.assert(
      fc.property(fc.oneof(ascii, cookieLike), fc.oneof(ascii, cookieLike), (a, b) => {
        const ka = collationKey(a);
        const kb = collationKey(b);
        expect(ka).not.toBeNull();
        expect(kb).not.toBeNull();
        const byKey = ka! < kb! ? -1 : ka! > kb! ? 1 : 0;
        expect(byKey, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('leave other strings to the collator, and compare mixed pairs by it', () => {
    for (const s of ['café', 'naïve', 'tab\there', 'x'.repeat(3) + '1'.repeat(40), '日本']) {
      expect(collationKey(s)).toBeNull();
    }
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ maxLength: 8 })), fc.oneof(ascii, fc.string()), (a, b) => {
        expect(sign(compareKeyed(a, collationKey(a), b, collationKey(b)))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 5_000 },
    );
  });

  it('sorts a list into the collator’s order', () => {
    const names = fc.sample(fc.oneof(ascii, cookieLike, fc.string({ maxLength: 6 })), 3_000);
    const keyed = names.map((n) => ({ n, k: collationKey(n) }));
    const byKeys = [...keyed].sort((x, y) => compareKeyed(x.n, x.k, y.n, y.k)).map((x) => x.n);
    const byCollator = [...names].sort(collator.compare);
    // Equal strings under the collator may sit in either order: compare the sequence of collation classes.
    for (let i = 0; i < names.length; i++) expect(collator.compare(byKeys[i]!, byCollator[i]!)).toBe(0);
  });
});
