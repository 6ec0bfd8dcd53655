// Every reason an import can give is coded, its English text is its template (no drift), and the UI has a
// French wording for it. The inputs are the real ones: every reader's fuzz fixture with its hostile
// variants, the format fixtures, and hand-made files for the jar's own checks and warnings, each through
// the real import (dry run). A reason added without a code fails here, with the reason named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import type { ReaderId } from '../../electron/core/formats/plugin';
import { CrumbsError } from '../../shared/errors';
import { ImportReport, type ImportFormat, type Problem } from '../../shared/model';
import { PROBLEM_CODES, wordReason, type CodedReason } from '../../shared/problem-codes';
import {
  FRENCH,
  formatReasonText,
  frenchPlace,
  frenchReason,
  placeText,
  problemText,
} from '../../renderer/i18n/problems';
import { FIXTURES, NOW_MS, NOW_SEC } from './fuzz/fixtures';
import { casesFor } from './fuzz/mutate';
import { netscapeLine, tempDir } from '../helpers/temp';

const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'formats');
const utf8 = (text: string) => new TextEncoder().encode(text);
const days = (n: number) => NOW_SEC + n * 86_400;

interface Seen {
  /** Where it came from, to name a failure. */
  tag: string;
  problem: Problem;
  files: string[];
}

let core: Core;
let cleanup: () => void;
const problems: Seen[] = [];
const formatReasons: { tag: string; file: ImportReport['files'][number] }[] = [];
let imports = 0;

async function dryRun(
  tag: string,
  files: { name: string; bytes: Uint8Array }[],
  format: ImportFormat,
  options: { url?: string; site?: string } = {},
): Promise<void> {
  let report: ImportReport;
  try {
    report = await core.importFiles(files, {
      format,
      dryRun: true,
      skipInvalid: false,
      nowMs: NOW_MS,
      ...options,
    });
  } catch (err) {
    if (err instanceof CrumbsError) return; // unreadable or too large: an error, not a Problem
    throw err;
  }
  imports++;
  // What crosses the boundary: the contract keeps the codes.
  const parsed = ImportReport.parse(report);
  const names = files.map((f) => f.name);
  for (const problem of [...parsed.rejected, ...parsed.warnings])
    problems.push({ tag, problem, files: names });
  for (const file of parsed.files) formatReasons.push({ tag, file });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(md|py|gitattributes)$/.test(name) || name.startsWith('.') ? [] : [path];
  });
}

beforeAll(async () => {
  const t = tempDir('crumbs-codes-');
  cleanup = t.cleanup;
  core = await openCore({ dataDir: t.dir });

  // Every reader's fixture and its hostile variants (cut short, flipped bits, huge numbers, NULs…), read
  // as that format, detected, and forced as the two generic formats.
  for (const [id, fixture] of Object.entries(FIXTURES) as [ReaderId, (typeof FIXTURES)[ReaderId]][]) {
    const cases = await casesFor(fixture, { step: fixture.binary ? 97 : 3, flips: 60 }, 7);
    for (const c of cases) {
      const files = [{ name: fixture.file, bytes: c.bytes }];
      await dryRun(`${id} ${c.label}`, files, id, fixture.options);
      await dryRun(`${id} ${c.label} (auto)`, files, 'auto', fixture.options);
    }
    const [original] = cases;
    if (!original) continue;
    const files = [{ name: fixture.file, bytes: original.bytes }];
    await dryRun(`${id} without options`, files, id);
    for (const forced of ['netscape', 'extension-json', 'json', 'lwp', 'har', 'firefox'] as const)
      await dryRun(`${id} forced as ${forced}`, files, forced, fixture.options);
  }

  // The format fixtures, detected and forced.
  for (const path of filesUnder(FIXTURE_DIR)) {
    const files = [{ name: relative(FIXTURE_DIR, path), bytes: new Uint8Array(readFileSync(path)) }];
    await dryRun(`${files[0]?.name}`, files, 'auto', {
      url: 'https://www.example.com/',
      site: 'example.com',
    });
    await dryRun(`${files[0]?.name} as netscape`, files, 'netscape');
  }

  // The jar's own checks, tough-cookie's refusals and the import's warnings.
  const lines = [
    '# Netscape HTTP Cookie File',
    netscapeLine({ domain: '.co.uk', name: 'supercookie', value: 'x', expires: days(10) }),
    netscapeLine({ domain: 'paris.fr', name: '__Host-id', value: 'x', expires: days(10) }),
    netscapeLine({ domain: 'paris.fr', name: '__Secure-id', value: 'x', expires: days(10) }),
    netscapeLine({ domain: 'paris.fr', name: 'big', value: 'v'.repeat(5000), expires: days(10) }),
    netscapeLine({ domain: 'paris.fr', name: 'far', value: 'x', expires: days(900) }),
    netscapeLine({ domain: 'bad_host!.fr', name: 'a', value: 'x', expires: days(10) }),
    netscapeLine({ domain: '127.0.0.1', name: 'ip', value: 'x', expires: days(10) }),
    'paris.fr\tFALSE\t/\tFALSE\t0\tsemi\ta;b',
    'paris.fr\tFALSE\t/\tFALSE\t99999999999999999\tfuture\tx',
    'paris.fr\tMAYBE\tnopath\tYES\t-5\tx\ty',
    'one two',
    'a\tb\tc',
  ];
  await dryRun('jar checks', [{ name: 'bad.txt', bytes: utf8(lines.join('\n')) }], 'auto');
  const many = Array.from({ length: 190 }, (_, i) =>
    netscapeLine({ domain: 'many.example.org', name: `c${i}`, value: 'x', expires: days(10) }),
  );
  await dryRun('per site', [{ name: 'many.txt', bytes: utf8(many.join('\n')) }], 'auto');
  const texts: [string, string][] = [
    ['empty.txt', ''],
    ['letter.txt', 'Hello there,\nthis is a letter.'],
    ['comments.txt', '# just a note\n# another\n'],
    ['numbers.json', '[1, 2, 3]'],
    ['object.json', '{"a": 1}'],
    ['string.json', '"x"'],
    ['broken.json', '[{"name": "a",\n "value": 1,, }]'],
    ['unclosed.json', '[{"name": "a'],
    ['control.json', '[{"name": "a\u0001"}]'],
    ['mixed.json', '[{"name":"a","domain":"x.com","value":"v"}, 3, {"name":1}]'],
    [
      'storage.json',
      '{"cookies": [], "origins": [{"origin": "ftp://x"}, {"origin": "https://a.com/x", "localStorage": [1]}]}',
    ],
    ['binary.bin', '\u0000\u0001\u0002binary'],
    ['spaced.txt', 'example.com FALSE / FALSE 0 a b'],
    ['spaced-bad.txt', 'example.com maybe / FALSE 0 a b'],
    ['header.txt', 'Cookie: a=b; noequals; =x; a=c'],
  ];
  texts.push(
    ['empty-array.json', '[]'],
    ['empty-cookies.json', '{"cookies": []}'],
    [
      'lwp.txt',
      '#LWP-Cookies-2.0\nSet-Cookie3: novalue; path="/"; domain=".example.com"; port="80"\nSet-Cookie3: ; path="/"',
    ],
    ['long.txt', `# Netscape HTTP Cookie File\n${'x'.repeat(70_000)}\n`],
    ['noise.txt', `# Netscape HTTP Cookie File\n${'bad\n'.repeat(1100)}`],
  );
  const setCookie = utf8('Set-Cookie: a=b; Secure\nSet-Cookie: c=d; Domain=other.org\n');
  await dryRun('set-cookie http', [{ name: 'sc.txt', bytes: setCookie }], 'set-cookie', {
    url: 'http://www.example.com/',
  });
  await dryRun('set-cookie bad url', [{ name: 'sc.txt', bytes: setCookie }], 'set-cookie', {
    url: 'ftp://x',
  });
  await dryRun('header bad site', [{ name: 'h.txt', bytes: utf8('Cookie: a=b') }], 'header', {
    site: 'not a site',
  });
  for (const [name, text] of texts) {
    const bytes = name === 'binary.bin' ? new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254]) : utf8(text);
    await dryRun(name, [{ name, bytes }], 'auto', { site: 'example.com' });
    await dryRun(`${name} as json`, [{ name, bytes }], 'json');
  }
}, 600_000);

afterAll(async () => {
  await core.close();
  cleanup();
});

function codedOf(source: {
  code?: CodedReason['code'];
  params?: CodedReason['params'];
  parts?: CodedReason[];
}) {
  return source.code
    ? ({ code: source.code, params: source.params ?? {}, parts: source.parts } as CodedReason)
    : null;
}

/** What is wrong with one coded reason's French: null when nothing. */
function frenchFault(coded: CodedReason, english: string): string | null {
  const french = frenchReason(coded);
  if (french === null) return 'no French template';
  // 'NaN' quoted is an input value shown as it is; unquoted it would be a param gone wrong.
  if (/\{\{|\bundefined\b|(^|[^'])NaN|\[object /.test(french)) return `French "${french}" has a hole`;
  if (french === english) return `French is the English "${english}"`;
  return null;
}

describe('import problem codes', () => {
  it('ran enough real imports to mean something', () => {
    expect(imports).toBeGreaterThan(1000);
    expect(problems.length).toBeGreaterThan(1000);
    const seen = new Set<string>();
    const visit = (coded: CodedReason) => {
      seen.add(coded.code);
      coded.parts?.forEach(visit);
    };
    for (const { problem } of problems) {
      const coded = codedOf(problem);
      if (coded) visit(coded);
    }
    for (const { file } of formatReasons) {
      const coded = codedOf({
        code: file.formatReasonCode,
        params: file.formatReasonParams,
        parts: file.formatReasonParts,
      });
      if (coded) visit(coded);
    }
    console.info(
      `problem codes: ${imports} dry-run imports, ${problems.length} problems, ${formatReasons.length} format reasons, ` +
        `${seen.size} of ${PROBLEM_CODES.length} codes seen; not reached: ${PROBLEM_CODES.filter((c) => !seen.has(c)).join(' ')}`,
    );
  });

  it('gives every rejected row and warning a code whose template is its English text, and a French wording', () => {
    const faults = new Set<string>();
    for (const { tag, problem } of problems) {
      const coded = codedOf(problem);
      if (!coded) {
        faults.add(`uncoded: "${problem.reason}" (${tag})`);
        continue;
      }
      if (wordReason(coded) !== problem.reason)
        faults.add(`${coded.code}: template "${wordReason(coded)}" ≠ reason "${problem.reason}"`);
      const fault = frenchFault(coded, problem.reason);
      if (fault) faults.add(`${coded.code}: ${fault}`);
      if (problemText(problem, 'en') !== problem.reason) faults.add(`${coded.code}: English UI text differs`);
    }
    expect([...faults]).toEqual([]);
  });

  it('gives every file format reason a code, its template its English text, and a French wording', () => {
    const faults = new Set<string>();
    for (const { tag, file } of formatReasons) {
      const coded = codedOf({
        code: file.formatReasonCode,
        params: file.formatReasonParams,
        parts: file.formatReasonParts,
      });
      if (!coded) {
        faults.add(`uncoded: "${file.formatReason}" (${tag})`);
        continue;
      }
      if (wordReason(coded) !== file.formatReason)
        faults.add(`${coded.code}: template "${wordReason(coded)}" ≠ reason "${file.formatReason}"`);
      const fault = frenchFault(coded, file.formatReason);
      if (fault) faults.add(`${coded.code}: ${fault}`);
      if (formatReasonText(file, 'fr') === file.formatReason) faults.add(`${coded.code}: UI shows English`);
    }
    expect([...faults]).toEqual([]);
  });

  it('gives every problem in a file its place in parts, which reads in French', () => {
    const faults = new Set<string>();
    for (const { tag, problem, files } of problems) {
      const file = files.find((name) => problem.where === name || problem.where.startsWith(`${name} `));
      if (!file) continue; // a site name (the per-site warning): the same in both languages
      if (!problem.place) {
        faults.add(`no place for "${problem.where}" (${tag})`);
        continue;
      }
      if (problem.place.file !== file) faults.add(`place file ${problem.place.file} for "${problem.where}"`);
      const french = placeText(problem, 'fr');
      if (french !== frenchPlace(problem.place) || (problem.place.at.length > 0 && french === problem.where))
        faults.add(`place "${problem.where}" is not in French: "${french}"`);
      if (placeText(problem, 'en') !== problem.where)
        faults.add(`English place differs for "${problem.where}"`);
    }
    expect([...faults]).toEqual([]);
  });

  it('has a French template for every code, and none with holes for the params it is given', () => {
    expect(Object.keys(FRENCH).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('shows the example of the report in French: bad.txt, ligne 2', () => {
    const bad = problems.find((p) => p.problem.where === 'bad.txt line 12');
    expect(bad?.problem.reason).toBe(
      'found no tabs and 2 space-separated fields; expected 7 tab-separated fields (domain, include-subdomains, path, secure, expiry, name, value)',
    );
    expect(bad && placeText(bad.problem, 'fr')).toBe('bad.txt, ligne 12');
    expect(bad && problemText(bad.problem, 'fr')).toBe(
      'aucune tabulation et 2 champs séparés par des espaces ; 7 champs séparés par des tabulations attendus (domain, include-subdomains, path, secure, expiry, name, value)',
    );
  });

  it('gives what an export could not carry a code and a French wording (the URL-bound formats excepted)', async () => {
    const state = JSON.stringify({
      cookies: [
        {
          name: 'plain',
          value: 'a',
          domain: 'www.example.com',
          path: '/',
          expires: -1,
          httpOnly: false,
          secure: false,
        },
        {
          name: 'lax',
          value: 'b',
          domain: '.example.com',
          path: '/',
          expires: days(30),
          httpOnly: true,
          secure: true,
          sameSite: 'Lax',
        },
        {
          name: 'none',
          value: 'c',
          domain: 'www.example.com',
          path: '/',
          expires: days(30),
          httpOnly: false,
          secure: false,
          sameSite: 'None',
        },
        {
          name: 'far',
          value: 'd',
          domain: 'www.example.com',
          path: '/',
          expires: 300_000_000_000,
          httpOnly: false,
          secure: true,
          sameSite: 'Strict',
        },
      ],
      origins: [{ origin: 'https://www.example.com', localStorage: [{ name: 'consent', value: '{}' }] }],
    });
    const imported = await core.importFiles([{ name: 'state.json', bytes: utf8(state) }], {
      format: 'playwright',
      dryRun: false,
      skipInvalid: true,
      nowMs: NOW_MS,
    });
    expect(imported.applied).toBe(true);
    const faults = new Set<string>();
    let lost = 0;
    for (const format of ['netscape', 'json', 'extension-json', 'playwright', 'cdp', 'selenium'] as const) {
      const out = await core.client['export.run']({ format });
      for (const problem of out.lost) {
        lost++;
        const coded = codedOf(problem);
        if (!coded) {
          faults.add(`uncoded (${format}): "${problem.reason}"`);
          continue;
        }
        if (wordReason(coded) !== problem.reason)
          faults.add(`${coded.code}: template differs from "${problem.reason}"`);
        const fault = frenchFault(coded, problem.reason);
        if (fault) faults.add(`${coded.code}: ${fault}`);
      }
    }
    expect(lost).toBeGreaterThan(8);
    expect([...faults]).toEqual([]);
  });
});
