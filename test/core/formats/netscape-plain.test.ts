// The fast reader of plain cookies.txt lines must read every line it accepts exactly as the general reader
// does, and accept the lines curl and browsers write.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPlainLine } from '../../../electron/core/formats/netscape-plain';
import { classifyNetscapeLine, cookieFromFields } from '../../../electron/core/formats/netscape';

const same = (t: string) => t;

function general(line: string) {
  const sorted = classifyNetscapeLine(line);
  return sorted.kind === 'cookie' ? cookieFromFields(sorted.fields, same) : { kind: sorted.kind };
}

/** Mostly what a valid file holds, sometimes something the general reader must explain. */
const pick = (valid: string[], odd: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 6 },
    { arbitrary: fc.constantFrom(...odd), weight: 1 },
  );

const field = {
  prefix: pick(['', '#HttpOnly_'], ['#', '# ', ' ']),
  domain: pick(
    ['example.com', '.example.com', 'xn--bcher-kva.de', 'host_name-1.io', '.a.b', '10.0.0.1'],
    ['Example.COM', 'a..b', '..x.org', '', ' x.org', '[::1]', 'é.fr'],
  ),
  flag: pick(['TRUE', 'FALSE'], ['true', 'False', 'T', '', 'TRUEX']),
  path: pick(['/', '/a/b', '/x y', '/é'], ['', 'a']),
  expiry: pick(
    ['0', '00', '1767225600', '999999999999999'],
    ['1767225600.5', '-1', '9999999999999999', 'abc', '', '2e9', ' 1'],
  ),
  name: fc.constantFrom('id', '', '__Host-x', 'a b', 'é', '='),
  value: pick(['v', '', 'a=b', 'x y', 'é'], ['tab\there']),
};

const line = fc
  .tuple(
    field.prefix,
    field.domain,
    field.flag,
    field.path,
    field.flag,
    field.expiry,
    field.name,
    field.value,
    pick(['7'], ['6', '8']),
  )
  .map(
    ([prefix, domain, sub, path, secure, expiry, name, value, count]) =>
      prefix + [domain, sub, path, secure, expiry, name, value, 'extra'].slice(0, Number(count)).join('\t'),
  );

describe('readPlainLine', () => {
  it('reads every line it accepts as the general reader does', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ maxLength: 60 })), (text) => {
        const fast = readPlainLine(text, same);
        if (fast !== null) expect(general(text)).toEqual({ cookie: fast });
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the lines curl and browsers write', () => {
    const lines = [
      '.example.com\tTRUE\t/\tFALSE\t0\tsid\tabc',
      '#HttpOnly_www.example.com\tFALSE\t/app\tTRUE\t1767225600\tid\t',
      'sub.example.co.uk\tFALSE\t/\tTRUE\t2147483647\t__Host-x\ta=b c',
    ];
    for (const text of lines) {
      const fast = readPlainLine(text, same);
      expect(fast).not.toBeNull();
      expect(general(text)).toEqual({ cookie: fast });
    }
    expect(readPlainLine('.example.com\tTRUE\t/\tFALSE\t0\tsid\tabc', same)).toMatchObject({
      domain: 'example.com',
      hostOnly: false,
      expires: null,
      httpOnly: false,
    });
  });

  it('leaves to the general reader what it must explain or normalise', () => {
    for (const text of [
      '# Netscape HTTP Cookie File',
      '',
      'Example.com\tFALSE\t/\tFALSE\t0\ta\tb',
      'example.com FALSE / FALSE 0 a b',
      'example.com\tFALSE\t/\tFALSE\t-1\ta\tb',
      'example.com\tFALSE\tx\tFALSE\t0\ta\tb',
      'example.com\tyes\t/\tFALSE\t0\ta\tb',
      'example.com\tFALSE\t/\tFALSE\t0\ta\tb\tc',
      '\tFALSE\t/\tFALSE\t0\ta\tb',
    ]) {
      expect(readPlainLine(text, same)).toBeNull();
    }
  });
});
