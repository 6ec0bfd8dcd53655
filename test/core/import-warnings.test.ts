import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

let core: Core;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  core = await openCore({ dataDir: t.dir });
});
afterEach(async () => {
  await core.close();
  cleanup();
});

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('import warnings and caps', () => {
  it('warns about expiries beyond 400 days and imports the cookie anyway', async () => {
    const report = await core.importFiles(
      [
        {
          name: 'long.txt',
          bytes: bytes(
            netscapeLine({ domain: 'a.example', name: 'forever', value: '1', expires: inDays(900) }),
          ),
        },
      ],
      { format: 'auto', dryRun: false, skipInvalid: false },
    );
    expect(report.imported).toBe(1);
    expect(report.warnings).toMatchObject([
      { where: 'long.txt line 1', reason: expect.stringMatching(/expires in 900 days.*400 days/) },
    ]);
  });

  it('warns when a site would hold more than the 180 cookies Chrome keeps', async () => {
    const lines = Array.from({ length: 181 }, (_, i) =>
      netscapeLine({
        domain: i % 2 ? 'www.crowded.example' : '.crowded.example',
        name: `c${i}`,
        value: 'v',
        expires: inDays(5),
      }),
    );
    const report = await core.importFiles([{ name: 'many.txt', bytes: bytes(lines.join('\n')) }], {
      format: 'auto',
      dryRun: true,
      skipInvalid: false,
    });
    expect(report.warnings).toMatchObject([
      { where: 'crowded.example', reason: expect.stringContaining('181 cookies for one site') },
    ]);
  });

  it('counts what the jar already holds for the site, and tells sites under one public suffix apart', async () => {
    const file = (name: string, count: number, domain: (i: number) => string, dryRun: boolean) =>
      core.importFiles(
        [
          {
            name,
            bytes: bytes(
              Array.from({ length: count }, (_, i) =>
                netscapeLine({ domain: domain(i), name: `${name}${i}`, value: 'v', expires: inDays(5) }),
              ).join('\n'),
            ),
          },
        ],
        { format: 'auto', dryRun, skipInvalid: false },
      );
    await file('first', 100, () => 'a.held.example', false);
    const more = await file('more', 81, () => 'b.held.example', true);
    expect(more.warnings).toMatchObject([
      { where: 'held.example', reason: expect.stringContaining('181 cookies for one site') },
    ]);
    // 200 cookies under co.uk, but two sites of 100 each: no warning; 181 on one of them: one.
    const split = await file('split', 200, (i) => (i % 2 ? 'www.shop.co.uk' : 'news.co.uk'), true);
    expect(split.warnings).toMatchObject([]);
    const one = await file('one', 181, (i) => (i % 2 ? 'www.shop.co.uk' : 'shop.co.uk'), true);
    expect(one.warnings).toMatchObject([
      { where: 'shop.co.uk', reason: expect.stringContaining('181 cookies for one site') },
    ]);
  });

  it('refuses a file over the size cap before reading it, and leaves the jar as it was', async () => {
    await core.importFiles(
      [
        {
          name: 'a.txt',
          bytes: bytes(netscapeLine({ domain: 'a.example', name: 'n', value: 'v', expires: inDays(5) })),
        },
      ],
      {
        format: 'auto',
        dryRun: false,
        skipInvalid: false,
      },
    );
    const before = core.cookies();
    await expect(
      core.importFiles([{ name: 'big.txt', bytes: new Uint8Array(2048) }], {
        format: 'auto',
        dryRun: false,
        skipInvalid: false,
        maxBytes: 1024,
      }),
    ).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('big.txt') });
    expect(core.cookies()).toEqual(before);
  });

  it('says a binary file is no cookie database it knows', async () => {
    const report = await core.importFiles([{ name: 'x.bin', bytes: new Uint8Array([0, 1, 2, 3, 0, 9]) }], {
      format: 'auto',
      dryRun: false,
      skipInvalid: false,
    });
    expect(report.rejected).toMatchObject([
      { where: 'x.bin', reason: expect.stringContaining('binary file') },
    ]);
  });
});

describe('export', () => {
  beforeEach(async () => {
    const json = JSON.stringify([
      {
        domain: '.shop.example',
        name: 'cart',
        value: 'c1',
        path: '/',
        sameSite: 'lax',
        secure: true,
        httpOnly: false,
        hostOnly: false,
        session: true,
      },
      {
        domain: 'shop.example',
        name: 'sid',
        value: 's1',
        path: '/',
        sameSite: 'strict',
        secure: true,
        httpOnly: true,
        hostOnly: true,
        session: true,
      },
      {
        domain: 'other.example',
        name: 'o',
        value: 'o1',
        path: '/',
        sameSite: 'unspecified',
        secure: false,
        httpOnly: false,
        hostOnly: true,
        session: true,
      },
    ]);
    await core.client['import.run']({ files: [{ name: 'x.json', content: json }] });
  });

  it('reports per cookie what cookies.txt cannot hold instead of dropping it silently', async () => {
    const out = await core.client['export.run']({ format: 'netscape' });
    expect(out.count).toBe(3);
    expect(out.lost).toMatchObject(
      [
        { where: 'cookie "o" of other.example/', reason: expect.stringContaining('has no SameSite') },
        {
          where: 'cookie "cart" of .shop.example/',
          reason: 'SameSite=lax not carried: cookies.txt has no SameSite',
        },
        {
          where: 'cookie "sid" of shop.example/',
          reason: 'SameSite=strict not carried: cookies.txt has no SameSite',
        },
      ].filter((p) => !p.where.includes('"o"')),
    );
    const json = await core.client['export.run']({ format: 'json' });
    expect(json.lost).toEqual([]);
  });

  it('exports a selection of cookies only', async () => {
    const out = await core.client['export.run']({
      format: 'json',
      keys: [{ domain: 'shop.example', path: '/', name: 'sid' }],
    });
    expect(out.count).toBe(1);
    expect(JSON.parse(out.content).map((c: { name: string }) => c.name)).toEqual(['sid']);
    expect(out.filename).toMatch(/^crumbs-selection-/);
  });

  it('refuses a URL-bound format without a URL', async () => {
    await expect(core.client['export.run']({ format: 'header' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
