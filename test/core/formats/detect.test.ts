import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFile } from '../../../electron/core/formats';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
}

describe('detectFormat', () => {
  it.each([
    ['curl-jar.txt', 'netscape', "starts with '# Netscape HTTP Cookie File'"],
    ['crlf-bom.txt', 'netscape', "starts with '# HTTP Cookie File' (the older curl / Netscape header)"],
    ['spec-comment.txt', 'netscape', 'has the cookies.txt spec comment on line 1'],
    ['quirks.txt', 'netscape', '7 tab-separated fields on line 3'],
    [
      'spaced.txt',
      'netscape',
      '7 space-separated fields on line 1 (tabs replaced by spaces; read leniently)',
    ],
    ['cookie-editor.json', 'json', 'JSON array of 5 cookie objects (Cookie-Editor / EditThisCookie shape)'],
    ['get-cookies-txt.json', 'json', 'JSON array of 3 cookie objects (Cookie-Editor / EditThisCookie shape)'],
    [
      'a-cookie-manager.json',
      'json',
      "JSON object with a cookies array ('A Cookie Manager'): 2 cookie objects (Cookie-Editor / EditThisCookie shape)",
    ],
    [
      'playwright-state.json',
      'json',
      'JSON object with a cookies array (Playwright storageState): ' +
        "2 cookie objects (Playwright / Puppeteer shape; 'expires' is read as the expiry)",
    ],
    [
      'bad-entries.json',
      'json',
      'JSON array of 9 entries, 6 of them cookie objects (Cookie-Editor / EditThisCookie shape)',
    ],
    ['invalid.json', 'json', "starts with '[' but is not valid JSON"],
  ])('%s → %s', (name, format, reason) => {
    expect(detectFormat(fixture(name))).toMatchObject({ format, reason });
  });

  it('names the first line when it starts with #HttpOnly_ or leaves the value out', () => {
    expect(detectFormat('#HttpOnly_.example.com\tTRUE\t/\tFALSE\t0\ta\tb\n')).toMatchObject({
      format: 'netscape',
      reason: '7 tab-separated fields on line 1',
    });
    expect(detectFormat('\n\nexample.com\tFALSE\t/\tFALSE\t0\ta\n')).toMatchObject({
      format: 'netscape',
      reason: '6 tab-separated fields (the value left out) on line 3',
    });
  });

  it('names plain name/value/domain objects as such', () => {
    expect(detectFormat('  [{"name": "a", "value": "b", "domain": "example.com"}]')).toMatchObject({
      format: 'json',
      reason: 'JSON array of 1 cookie object (name/value/domain objects)',
    });
  });

  it('gives no format, with a reason, for what it does not recognise', () => {
    expect(detectFormat('')).toMatchObject({ format: null, reason: 'the file is empty' });
    expect(detectFormat('\uFEFF  \n ')).toMatchObject({ format: null, reason: 'the file is empty' });
    expect(detectFormat('Hello there,\nthis is a letter.')).toMatchObject({
      format: null,
      reason:
        'line 1 is not a cookies.txt line: found no tabs and 2 space-separated fields; expected 7 tab-separated ' +
        'fields (domain, include-subdomains, path, secure, expiry, name, value)',
    });
    expect(detectFormat('one two three four five six seven')).toMatchObject({
      format: null,
      reason: 'line 1 is not a cookies.txt line: no tabs, and its 2nd and 4th words are not TRUE/FALSE',
    });
    expect(detectFormat('# just a note\n# another\n')).toMatchObject({
      format: null,
      reason: 'only comments and blank lines: no cookies.txt header and no cookie lines',
    });
    expect(detectFormat('[1, 2, 3]')).toMatchObject({
      format: null,
      reason: 'JSON array of 3 entries, none of them a cookie object with name and domain',
    });
    expect(detectFormat('{"a": 1}')).toMatchObject({
      format: null,
      reason: "JSON object without a 'cookies' array, not a list of cookies",
    });
  });

  it('accepts empty cookie lists', () => {
    expect(detectFormat('[]')).toMatchObject({ format: 'json', reason: 'an empty JSON array (no cookies)' });
    expect(detectFormat('{"cookieManagerVersion":"1","cookies":[]}')).toMatchObject({
      format: 'json',
      reason: "JSON object with an empty cookies array ('A Cookie Manager')",
    });
    expect(detectFormat('# Netscape HTTP Cookie File\n')).toMatchObject({
      format: 'netscape',
      reason: "starts with '# Netscape HTTP Cookie File'",
    });
  });
});

describe('parseFile', () => {
  it('detects, then parses, with auto', () => {
    const netscape = parseFile(fixture('curl-jar.txt'), 'curl-jar.txt', 'auto');
    expect(netscape.detection.format).toBe('netscape');
    expect(netscape.result?.format).toBe('netscape');
    expect(netscape.result?.entries).toHaveLength(5);

    const json = parseFile(fixture('a-cookie-manager.json'), 'acm.json', 'auto');
    expect(json.result?.format).toBe('json');
    expect(json.result?.entries.map((e) => e.where)).toEqual(['acm.json entry 1', 'acm.json entry 2']);
  });

  it('gives no result for an unrecognised file with auto', () => {
    expect(parseFile('Hello there', 'letter.txt', 'auto')).toEqual({
      result: null,
      detection: detectFormat('Hello there'),
    });
  });

  it('reports the syntax error of a broken JSON file with auto', () => {
    const { result, detection } = parseFile(fixture('invalid.json'), 'invalid.json', 'auto');
    expect(detection.format).toBe('json');
    expect(result?.problems.map((p) => p.where)).toEqual(['invalid.json line 6 column 5']);
  });

  it('turns a forced format that does not fit into problems, not a crash', () => {
    const asJson = parseFile(fixture('curl-jar.txt'), 'curl-jar.txt', 'json');
    expect(asJson.detection).toMatchObject({
      format: 'json',
      reason:
        "read as extension JSON as asked, though it does not look like it: starts with '# Netscape HTTP Cookie File'",
    });
    expect(asJson.result?.entries).toEqual([]);
    expect(asJson.result?.problems).toMatchObject([
      { where: 'curl-jar.txt line 1 column 1', reason: "not valid JSON: unexpected '#'; expected a value" },
    ]);

    const asNetscape = parseFile(fixture('get-cookies-txt.json'), 'local.json', 'netscape');
    expect(asNetscape.detection.format).toBe('netscape');
    expect(asNetscape.detection.reason).toMatch(
      /^read as Netscape cookies.txt as asked, though it does not look like it/,
    );
    expect(asNetscape.result?.entries).toEqual([]);
    expect(asNetscape.result?.problems.map((p) => p.where)).toEqual(['local.json line 1']);
  });

  it('says the given format was confirmed when it matches', () => {
    expect(parseFile(fixture('quirks.txt'), 'quirks.txt', 'netscape').detection.reason).toBe(
      'read as Netscape cookies.txt as asked (7 tab-separated fields on line 3)',
    );
  });

  it('refuses text over 64 MiB with TOO_LARGE, and detection says why', () => {
    const text = `[${' '.repeat(64 * 1024 * 1024)}]`;
    expect(() => parseFile(text, 'big.json', 'auto')).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(detectFormat(text)).toMatchObject({ format: null, reason: 'the file is larger than 64 MiB' });
  });
});
