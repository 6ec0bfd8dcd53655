import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../../shared/errors';
import { safariReader } from '../../../../electron/core/formats/browser-db';
import type { ReadResult } from '../../../../electron/core/formats/plugin';
import { input, NOW_MS, safariFile, type SafariCookie, flip } from './build';

const A: SafariCookie = {
  domain: '.example.com',
  name: 'a',
  path: '/',
  value: 'va',
  flags: 1,
  expires: 1_900_000_000,
};
const B: SafariCookie = {
  domain: 'www.example.com',
  name: 'b',
  path: '/x',
  value: 'vb',
  flags: 4,
  expires: 1_800_000_000,
};
const C: SafariCookie = {
  domain: 'other.example',
  name: 'c',
  path: '/',
  value: 'é=€',
  flags: 5,
  expires: 1_700_000_000,
};

function read(bytes: Uint8Array): ReadResult {
  return safariReader.read(input('Cookies.binarycookies', bytes), { nowMs: NOW_MS }) as ReadResult;
}

/** A result, or a CrumbsError: anything else (another exception) fails the test. */
function outcome(bytes: Uint8Array): ReadResult | CrumbsError {
  try {
    return read(bytes);
  } catch (err) {
    if (err instanceof CrumbsError) return err;
    throw err;
  }
}

describe('safari reader', () => {
  it('reads every record of every page with flags, host-only and Mac-epoch expiry', () => {
    const result = read(safariFile([[A, B], [C]]));
    expect(result.problems).toMatchObject([]);
    expect(result.cookies).toEqual([
      {
        where: 'Cookies.binarycookies record 1',
        cookie: {
          name: 'a',
          value: 'va',
          domain: 'example.com',
          hostOnly: false,
          path: '/',
          expires: 1_900_000_000,
          secure: true,
          httpOnly: false,
          sameSite: null,
        },
      },
      {
        where: 'Cookies.binarycookies record 2',
        cookie: {
          name: 'b',
          value: 'vb',
          domain: 'www.example.com',
          hostOnly: true,
          path: '/x',
          expires: 1_800_000_000,
          secure: false,
          httpOnly: true,
          sameSite: null,
        },
      },
      {
        where: 'Cookies.binarycookies record 3',
        cookie: {
          name: 'c',
          value: 'é=€',
          domain: 'other.example',
          hostOnly: true,
          path: '/',
          expires: 1_700_000_000,
          secure: true,
          httpOnly: true,
          sameSite: null,
        },
      },
    ]);
  });

  it('sniffs the cook magic only', () => {
    expect(safariReader.sniff(input('x', safariFile([[A]])))?.reason).toContain('cook');
    expect(safariReader.sniff(input('x', new TextEncoder().encode('cookies.txt')))?.reason).toContain('cook');
    expect(safariReader.sniff(input('x', new TextEncoder().encode('Cook')))).toBeNull();
    expect(safariReader.sniff(input('x', new Uint8Array(0)))).toBeNull();
  });

  it('refuses a file without the magic or with a page table beyond the end', () => {
    expect(outcome(new TextEncoder().encode('hello world'))).toMatchObject({ code: 'IMPORT_UNREADABLE' });
    const huge = Buffer.from(safariFile([[A]]));
    huge.writeUInt32BE(0xffffffff, 4);
    const err = outcome(new Uint8Array(huge));
    expect(err).toBeInstanceOf(CrumbsError);
    expect((err as CrumbsError).message).toContain('claims 4294967295 pages');
  });

  it('keeps the pages before a truncated one and says which page was lost', () => {
    const file = safariFile([[A], [B, C]]);
    const result = read(file.subarray(0, file.length - 40));
    expect(result.cookies.map((c) => c.cookie.name)).toEqual(['a']);
    expect(result.problems).toMatchObject([
      {
        where: 'Cookies.binarycookies page 2',
        reason: expect.stringContaining('runs past the end of the file'),
      },
    ]);
  });

  it('gives a problem for each record whose offsets point outside, and reads the others', () => {
    const file = Buffer.from(safariFile([[A, B, C]]));
    const page = 8 + 4;
    const recordOffset = (i: number): number => page + file.readUInt32LE(page + 8 + 4 * i);
    // Record 1: name offset far outside. Record 2: size larger than the page. Record 3 intact.
    file.writeUInt32LE(0x7fffffff, recordOffset(0) + 20);
    file.writeUInt32LE(0xfffffff0, recordOffset(1));
    const result = read(new Uint8Array(file));
    expect(result.cookies.map((c) => c.cookie.name)).toEqual(['c']);
    expect(result.problems).toMatchObject([
      {
        where: 'Cookies.binarycookies record 1',
        reason: expect.stringContaining('name offset 2147483647 lies outside the record'),
      },
      { where: 'Cookies.binarycookies record 2', reason: expect.stringContaining('does not fit its page') },
    ]);
  });

  it('refuses a page that claims more cookies than it can hold, without looping over them', () => {
    const file = Buffer.from(safariFile([[A]]));
    file.writeUInt32LE(0xffffffff, 8 + 4 + 4);
    const started = performance.now();
    const result = read(new Uint8Array(file));
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.cookies).toEqual([]);
    expect(result.problems[0]).toMatchObject({
      where: 'Cookies.binarycookies page 1',
      reason: expect.stringContaining('claims 4294967295 cookies'),
    });
  });

  it('gives a problem, not garbage, for a string without its terminating NUL', () => {
    const file = Buffer.from(safariFile([[A]]));
    // The value is the last string of the record: overwrite its NUL.
    const end =
      8 + 4 + file.readUInt32LE(8 + 4 + 8) + file.readUInt32LE(8 + 4 + file.readUInt32LE(8 + 4 + 8));
    file[end - 1] = 0x41;
    const result = read(new Uint8Array(file));
    expect(result.cookies).toEqual([]);
    expect(result.problems[0]?.reason).toContain('the value runs past the end of the record');
  });

  it('survives truncation at every offset and random bit flips: a result or a CrumbsError each time', () => {
    const file = safariFile([[A, B], [C]]);
    const pagesEnd = file.length - 12; // the footer follows the last page
    for (let cut = 0; cut < file.length; cut++) {
      const got = outcome(file.subarray(0, cut));
      if (!(got instanceof CrumbsError)) {
        // A cut into the pages is never silent.
        if (cut < pagesEnd) expect(got.problems.length).toBeGreaterThan(0);
        // Never more than it holds, each cookie one of the originals.
        for (const { cookie } of got.cookies) expect(['a', 'b', 'c']).toContain(cookie.name);
      }
    }
    let state = 7;
    const random = (max: number): number => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state % max;
    };
    for (let round = 0; round < 2000; round++) {
      const flipped = file.slice();
      for (let k = 0; k <= random(4); k++) flip(flipped, random(flipped.length), 1 << random(8));
      outcome(flipped); // throws (failing the test) for anything but a CrumbsError
    }
  });
});
