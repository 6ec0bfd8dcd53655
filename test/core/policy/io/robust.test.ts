import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../../shared/errors';
import { Problem } from '../../../../shared/model';
import { PolicyEntry } from '../../../../shared/policy';
import { MAX_POLICY_BYTES, readPolicy, type PolicyReadResult } from '../../../../electron/core/policy/io';
import { fixtureBytes, utf8 } from './helpers';

const FIXTURES = [
  'politique-cookies-fr.html',
  'cookiebot-declaration.html',
  'govuk-style.html',
  'broken-rows.html',
  'policy.md',
  'politique-cookies.csv',
  'policy-entries.json',
  'dashboard-paris.txt',
];
const NAMES = ['page.html', 'policy.csv', 'policy.md', 'policy.json', 'policy.txt', 'noextension'];

function expectSound(result: PolicyReadResult): void {
  for (const entry of result.entries) expect(PolicyEntry.safeParse(entry).success).toBe(true);
  for (const problem of result.problems) expect(Problem.safeParse(problem).success).toBe(true);
  expect(result.tables).toBeGreaterThanOrEqual(0);
}

describe('readPolicy on bad input', () => {
  it('refuses more than 10 MiB with TOO_LARGE, before reading', () => {
    const big = new Uint8Array(MAX_POLICY_BYTES + 1).fill(0x20);
    let thrown: unknown;
    try {
      readPolicy(big, 'huge.html');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CrumbsError);
    expect((thrown as CrumbsError).code).toBe('TOO_LARGE');
    expect(MAX_POLICY_BYTES).toBe(10 * 1024 * 1024);
  });

  it('never throws on random bytes, whatever the file is called', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...NAMES), (bytes, name) => {
        expectSound(readPolicy(bytes, name));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncated or spliced fixtures', () => {
    const files = FIXTURES.map((name) => ({ name, bytes: fixtureBytes(name) }));
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.uint8Array({ maxLength: 40 }),
        ({ name, bytes }, cut, junk) => {
          const at = Math.floor(bytes.length * cut);
          expectSound(readPolicy(bytes.subarray(0, at), name));
          const spliced = new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
          expectSound(readPolicy(spliced, name));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('keeps the rows before a cut', () => {
    const text = new TextDecoder().decode(fixtureBytes('dashboard-paris.txt'));
    const cut = text.indexOf('Opendatasoft\tcookies_preferences');
    const result = readPolicy(utf8(text.slice(0, cut)), 'cut.txt');
    expect(result.entries.map((e) => e.name)).toEqual(['sessionid', 'csrftoken']);
    expect(result.problems).toEqual([]);
  });

  it('never throws on random table-shaped text in every format', () => {
    const cell = fc.string({ maxLength: 12 });
    const table = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(
        table,
        fc.constantFrom('html', 'markdown', 'csv', 'text', 'json') as fc.Arbitrary<
          'html' | 'markdown' | 'csv' | 'text' | 'json'
        >,
        (rows, format) => {
          const header = ['Name', 'Duration', 'Purpose'];
          const all = [header, ...rows];
          const text =
            format === 'html'
              ? `<table>${all.map((r) => `<tr>${r.map((c) => `<td colspan="${c.length}">${c}</td>`).join('')}</tr>`).join('')}`
              : format === 'markdown'
                ? all.map((r, i) => `|${r.join('|')}|${i === 0 ? '\n|---|---|---|' : ''}`).join('\n')
                : format === 'json'
                  ? JSON.stringify(
                      rows.map((r) => Object.fromEntries(r.map((c, i) => [header[i % 3] + c, c]))),
                    )
                  : all.map((r) => r.join(format === 'csv' ? ';' : '\t')).join('\n');
          expectSound(readPolicy(utf8(text), 'random', { format }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('caps hostile spans instead of building huge grids', () => {
    const html =
      '<table><tr><th>Name</th><th colspan="99999">Duration</th></tr>' +
      '<tr><td rowspan="0">a</td><td>1 day</td></tr>'.repeat(50) +
      '</table>';
    const started = performance.now();
    const result = readPolicy(utf8(html), 'spans.html');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.entries.map((e) => e.name)).toEqual(['a']);
    // The same name again and again: kept once, each repeat reported.
    expect(result.problems).toHaveLength(49);
    expect(result.problems[0]!.reason).toContain("'a' is declared again (first in spans.html table 1 row 2)");
  });

  it('says when a file has no cookie table', () => {
    const result = readPolicy(
      utf8('<p>Hello</p><table><tr><th>Day</th><th>Hours</th></tr></table>'),
      'a.html',
    );
    expect(result.entries).toEqual([]);
    expect(result.tables).toBe(0);
    expect(result.problems).toEqual([
      {
        where: 'a.html',
        reason: 'no cookie table found: a table needs a cookie name column and a duration column',
      },
    ]);
  });
});

describe('format detection', () => {
  const cases: [string, string, string, string][] = [
    ['{"entries": []}', 'x.txt', 'json', 'parses as JSON'],
    ['<div><table></table></div>', 'x.txt', 'html', 'has HTML tags (<div>)'],
    ['| Name | Expiry |\n|---|---|\n| a | 1 day |', 'x.txt', 'markdown', 'has Markdown pipe tables'],
    ['a,b\n1,2', 'x.csv', 'csv', 'file name ends in .csv'],
    ['Name;Durée\n_ga;2 ans', 'x', 'csv', "its first line is a cookie table header separated by ';'"],
    ['Name\tDuration\n_ga\t2 years', 'x', 'text', 'plain text (tables as tab-separated lines)'],
    ['# Title\n\n<p>inline html</p>', 'x.md', 'markdown', 'file name ends in .md'],
  ];
  it.each(cases)('%j named %s reads as %s', (text, name, format, reason) => {
    const result = readPolicy(utf8(text), name);
    expect(result.format).toBe(format);
    expect(result.reason).toBe(reason);
  });

  it('follows the format it is given', () => {
    const result = readPolicy(utf8('Name;Duration\n_ga;2 years'), 'x.html', { format: 'csv' });
    expect(result).toMatchObject({ format: 'csv', reason: 'given as csv' });
    expect(result.entries.map((e) => e.name)).toEqual(['_ga']);
  });

  it('decodes UTF-16 with a BOM', () => {
    const text = 'Nom du cookie\tDurée\tFinalité\n_ga\t13 mois\tMesure d’audience\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const result = readPolicy(bytes, 'copie.txt');
    expect(result.entries).toMatchObject([{ name: '_ga', function: 'Mesure d’audience' }]);
    expect(result.language).toBe('fr');
  });
});
