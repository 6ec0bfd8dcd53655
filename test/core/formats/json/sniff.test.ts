// Each shape is claimed by exactly one of the JSON-family readers, and the browser-extension shapes
// (which the extension-JSON reader owns) by none of them.
import { describe, expect, it } from 'vitest';
import { jsonReaders } from '../../../../electron/core/formats/json';
import { fixtureInput, textInput } from './helpers';

const OWNED: [string, string][] = [
  ['puppeteer-cookies.json', 'cdp'],
  ['cdp-all-cookies.json', 'cdp'],
  ['selenium-cookies.json', 'selenium'],
  ['selenium-session-only.json', 'selenium'],
  ['cookie-quick-manager.json', 'cookie-quick-manager'],
  ['playwright-state.json', 'playwright'],
  ['firefox.har', 'har'],
];

const NOT_OURS = ['extension-array.json', 'extension-session-only.json', 'a-cookie-manager.json'];

function claimants(name: string): string[] {
  const input = fixtureInput(name);
  return jsonReaders.filter((reader) => reader.sniff(input) !== null).map((reader) => reader.id);
}

describe('sniffing the JSON shapes', () => {
  it('exports the five readers, all of kind json', () => {
    expect(jsonReaders.map((r) => r.id)).toEqual([
      'cdp',
      'selenium',
      'cookie-quick-manager',
      'playwright',
      'har',
    ]);
    expect(new Set(jsonReaders.map((r) => r.kind))).toEqual(new Set(['json']));
  });

  it.each(OWNED)('%s is claimed by %s alone', (name, id) => {
    expect(claimants(name)).toEqual([id]);
  });

  it.each(NOT_OURS)('%s (browser-extension JSON) is claimed by none of them', (name) => {
    expect(claimants(name)).toEqual([]);
  });

  it('gives a reason a person can check', () => {
    const reasons = Object.fromEntries(
      OWNED.map(([name, id]) => [
        name,
        jsonReaders.find((r) => r.id === id)?.sniff(fixtureInput(name))?.reason,
      ]),
    );
    expect(reasons['puppeteer-cookies.json']).toContain("11 entries with 'expires'");
    expect(reasons['selenium-cookies.json']).toContain("'expiry'");
    expect(reasons['playwright-state.json']).toContain('Playwright storageState');
    expect(reasons['firefox.har']).toContain('HAR 1.2, 6 entries');
  });

  it.each([
    ['not JSON', 'name\tvalue'],
    ['broken JSON', '[{"name": '],
    ['an empty array', '[]'],
    ['numbers', '[1, 2, 3]'],
    ['objects without name and domain', '[{"a": 1}]'],
    [
      'expires and expiry mixed',
      '[{"name":"a","domain":"x","expires":1},{"name":"b","domain":"x","expiry":1}]',
    ],
    ['a wrapper with more keys than cookies', '{"cookies": [], "version": 1}'],
    ['an object', '{"name": "a", "domain": "x"}'],
    ['a string', '"cookies"'],
    ['a wrapper of Selenium cookies', '{"cookies": [{"name":"a","domain":"x","expiry":1}]}'],
  ])('claims nothing for %s', (_label, text) => {
    const input = textInput('x.json', text);
    expect(jsonReaders.filter((r) => r.sniff(input) !== null).map((r) => r.id)).toEqual([]);
  });

  it('does not claim a list whose Puppeteer-looking entries carry extension keys further down', () => {
    const entries = [
      ...Array.from({ length: 5 }, (_, i) => ({ name: `p${i}`, value: '', domain: 'x.com', expires: -1 })),
      { name: 'e', value: '', domain: 'x.com', expirationDate: 1, hostOnly: true },
    ];
    const input = textInput('mixed.json', JSON.stringify(entries));
    expect(jsonReaders.filter((r) => r.sniff(input) !== null)).toEqual([]);
  });
});
