import { describe, expect, it } from 'vitest';
import { parseSameSite, toExtensionSameSite } from '../../../electron/core/formats';

describe('SameSite mapping', () => {
  it.each([
    ['no_restriction', 'none'],
    ['lax', 'lax'],
    ['strict', 'strict'],
    ['unspecified', null],
    ['None', 'none'],
    ['Lax', 'lax'],
    ['Strict', 'strict'],
    ['NO_RESTRICTION', 'none'],
    [' LAX ', 'lax'],
    ['null', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('reads %j as %j', (raw, sameSite) => {
    expect(parseSameSite(raw)).toMatchObject({ ok: true, sameSite });
  });

  it('refuses other values with the accepted spellings in the reason', () => {
    expect(parseSameSite('relaxed')).toMatchObject({
      ok: false,
      reason:
        "sameSite 'relaxed' is not one of no_restriction, lax, strict, unspecified (or None, Lax, Strict)",
    });
    expect(parseSameSite(1)).toMatchObject({
      ok: false,
      reason: 'sameSite must be a string or null, found number',
    });
  });

  it('writes the extension spelling and reads it back', () => {
    for (const sameSite of ['none', 'lax', 'strict', null] as const) {
      const written = toExtensionSameSite(sameSite);
      expect(['no_restriction', 'lax', 'strict', 'unspecified']).toContain(written);
      expect(parseSameSite(written)).toMatchObject({ ok: true, sameSite });
    }
  });
});
