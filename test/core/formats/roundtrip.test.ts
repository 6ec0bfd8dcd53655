import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseExtensionJson,
  parseFile,
  parseNetscape,
  serialize,
  serializeExtensionJson,
  serializeNetscape,
} from '../../../electron/core/formats';
import { randomCookies } from './generate';
import { placeOf } from '../../../electron/core/formats/types';

const SEEDS = [1, 42, 2025];

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
}

function dataLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && (!line.startsWith('#') || line.startsWith('#HttpOnly_')));
}

describe('round trips', () => {
  it.each(SEEDS)('cookies.txt holds every field but SameSite losslessly (seed %i)', (seed) => {
    const cookies = randomCookies(seed, 300, 'netscape');
    const text = serializeNetscape(cookies, { now: 1735689600 });
    const result = parseNetscape(text, 'gen.txt');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.cookie)).toEqual(cookies);
    // 4 header lines, then one line per cookie.
    expect(result.entries.map((e) => placeOf(e, 'gen.txt'))).toEqual(
      cookies.map((_, i) => `gen.txt line ${i + 5}`),
    );
    expect(
      serializeNetscape(
        result.entries.map((e) => e.cookie),
        { now: 1735689600 },
      ),
    ).toBe(text);
  });

  it.each(SEEDS)(
    'extension JSON holds every field losslessly, tabs and line breaks included (seed %i)',
    (seed) => {
      const cookies = randomCookies(seed, 300, 'json');
      const text = serializeExtensionJson(cookies);
      const result = parseExtensionJson(text, 'gen.json');
      expect(result.problems).toEqual([]);
      expect(result.entries.map((e) => e.cookie)).toEqual(cookies);
      expect(serializeExtensionJson(result.entries.map((e) => e.cookie))).toBe(text);
    },
  );

  it.each(SEEDS)('JSON → cookies.txt keeps everything but SameSite, and back (seed %i)', (seed) => {
    // Only what cookies.txt can hold: no tabs or line breaks in names and values.
    const cookies = randomCookies(seed, 300, 'json').map((c) => ({
      ...c,
      name: c.name.replace(/[\t\r\n]/g, ''),
      value: c.value.replace(/[\t\r\n]/g, ''),
    }));
    const viaNetscape = parseNetscape(serialize(cookies, 'netscape'), 'x.txt').entries.map((e) => e.cookie);
    expect(viaNetscape).toEqual(cookies.map((c) => ({ ...c, sameSite: null })));
    const back = parseFile(serialize(viaNetscape, 'json'), 'x.json', 'auto').result?.entries.map(
      (e) => e.cookie,
    );
    expect(back).toEqual(viaNetscape);
  });

  it.each(SEEDS)('reads cookies.txt whose tabs were turned into spaces the same way (seed %i)', (seed) => {
    const cookies = randomCookies(seed, 300, 'netscape').filter(
      (c) => c.name !== '' && !/\s/.test(c.name + c.value + c.path),
    );
    expect(cookies.length).toBeGreaterThan(20);
    const spaced = serializeNetscape(cookies).replaceAll('\t', ' ');
    const result = parseNetscape(spaced, 'spaced.txt');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.cookie)).toEqual(cookies);
  });

  it('re-reads curl-style output identically: same cookies, byte-identical cookie lines', () => {
    const original = fixture('curl-jar.txt');
    const first = parseNetscape(original, 'curl-jar.txt');
    expect(first.problems).toEqual([]);
    expect(first.entries).toHaveLength(5);
    const written = serializeNetscape(first.entries.map((e) => e.cookie));
    expect(dataLines(written)).toEqual(dataLines(original));
    expect(parseNetscape(written, 'again.txt').entries.map((e) => e.cookie)).toEqual(
      first.entries.map((e) => e.cookie),
    );
  });
});
