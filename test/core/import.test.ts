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

const good = [
  netscapeLine({ domain: '.paris.fr', name: 'sessionid', value: 'abc', expires: inDays(14), httpOnly: true }),
  netscapeLine({
    domain: 'www.paris.fr',
    name: 'csrftoken',
    value: 'tok',
    expires: inDays(300),
    secure: true,
  }),
  netscapeLine({ domain: 'example.org', name: 'old', value: 'x', expires: 1_000_000 }),
];
const bad = [
  netscapeLine({ domain: '.co.uk', name: 'supercookie', value: 'x', expires: inDays(10) }),
  netscapeLine({ domain: 'paris.fr', name: '__Host-id', value: 'x', expires: inDays(10) }),
  netscapeLine({ domain: 'paris.fr', name: 'big', value: 'v'.repeat(5000), expires: inDays(10) }),
];
const file = (lines: string[]) => ['# Netscape HTTP Cookie File', ...lines].join('\n') + '\n';

describe('import', () => {
  it('imports valid cookies, skips expired ones and counts updates', async () => {
    const first = await core.client['import.run']({ files: [{ name: 'a.txt', content: file(good) }] });
    expect(first).toMatchObject({ imported: 2, updated: 0, skipped: 1, rejected: [], applied: true });
    expect(first.files).toEqual([expect.objectContaining({ name: 'a.txt', format: 'netscape', cookies: 3 })]);
    const second = await core.client['import.run']({ files: [{ name: 'a.txt', content: file(good) }] });
    expect(second).toMatchObject({ imported: 0, updated: 2, skipped: 1 });

    const cookies = core.cookies('paris.fr');
    expect(cookies.map((c) => [c.name, c.domain, c.hostOnly, c.httpOnly, c.secure, c.site])).toEqual([
      ['csrftoken', 'www.paris.fr', true, false, true, 'paris.fr'],
      ['sessionid', 'paris.fr', false, true, false, 'paris.fr'],
    ]);
  });

  it('is all-or-nothing: one bad line leaves the jar unchanged and names the line and the reason', async () => {
    const report = await core.client['import.run']({
      files: [{ name: 'mixed.txt', content: file([...good, ...bad]) }],
    });
    expect(report.applied).toBe(false);
    expect(core.cookies()).toEqual([]);
    expect(report.rejected).toMatchObject([
      { where: 'mixed.txt line 5', reason: expect.stringContaining('public suffix') },
      { where: 'mixed.txt line 6', reason: expect.stringContaining('__Host-') },
      { where: 'mixed.txt line 7', reason: expect.stringContaining('4096') },
    ]);
    expect(report).toMatchObject({ imported: 2, skipped: 1 });
  });

  it('imports the valid part with skipInvalid', async () => {
    const report = await core.client['import.run']({
      files: [{ name: 'mixed.txt', content: file([...good, ...bad]) }],
      skipInvalid: true,
    });
    expect(report.applied).toBe(true);
    expect(report.rejected).toHaveLength(3);
    expect(
      core
        .cookies()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['csrftoken', 'sessionid']);
  });

  it('changes nothing on a dry run but reports what would happen', async () => {
    const report = await core.client['import.run']({
      files: [{ name: 'a.txt', content: file(good) }],
      dryRun: true,
    });
    expect(report).toMatchObject({ imported: 2, skipped: 1, applied: false, dryRun: true });
    expect(core.cookies()).toEqual([]);
  });

  it('rejects a file that is no cookie file, with the reason, and imports nothing from the others', async () => {
    const report = await core.client['import.run']({
      files: [
        { name: 'a.txt', content: file(good) },
        { name: 'notes.md', content: '# My notes\nnothing to see here\n' },
      ],
    });
    expect(report.applied).toBe(false);
    expect(report.rejected[0]?.where).toBe('notes.md');
    expect(core.cookies()).toEqual([]);
  });

  it('rejects malformed host names and reports problems in reading order across parse and validation', async () => {
    const json = JSON.stringify([
      { domain: 'ok.example', name: 'a', value: '1', path: '/' },
      { domain: 'domain..tld', name: 'b', value: '1', path: '/' },
      { name: 'no-domain', value: '1' },
      { domain: 'ok.example', name: 'c', value: 'semi;colon', path: '/' },
    ]);
    const report = await core.client['import.run']({
      files: [
        {
          name: 'first.txt',
          content: file([netscapeLine({ domain: 'a b.example', name: 'x', value: '1', expires: 0 })]),
        },
        { name: 'second.json', content: json },
      ],
    });
    expect(report.rejected.map((r) => r.where)).toEqual([
      'first.txt line 2',
      'second.json entry 2',
      'second.json entry 3',
      'second.json entry 4',
    ]);
    expect(report.rejected[0]?.reason).toContain('is not a host name');
    expect(report.rejected[1]?.reason).toContain('"domain..tld" is not a host name');
  });

  it('treats www.paris.fr, .paris.fr and a URL as the same site', async () => {
    await core.client['import.run']({ files: [{ name: 'a.txt', content: file(good) }] });
    for (const site of ['paris.fr', 'www.paris.fr', '.paris.fr', 'https://www.paris.fr/path']) {
      const detail = await core.client['sites.get']({ site });
      expect(detail.site).toBe('paris.fr');
      expect(detail.cookies).toHaveLength(2);
      expect(detail.cookies[0]).not.toHaveProperty('value');
    }
  });
});

describe('sites', () => {
  it('lists the built-in dashboard.paris example with its four declared cookies on a fresh jar', async () => {
    const sites = await core.client['sites.list']({});
    expect(sites).toEqual([
      {
        site: 'dashboard.paris',
        cookieCount: 0,
        storageCount: 0,
        declaredCount: 4,
        hasPolicy: true,
        builtin: true,
        lastSeen: null,
        categories: {},
        // Four declared cookies, none stored: each is "declared, not seen" only once the site holds cookies.
        findings: { high: 0, medium: 0, low: 0, info: 0 },
      },
    ]);
    const detail = await core.client['sites.get']({ site: 'dashboard.paris' });
    expect(detail.policy?.entries.map((e) => [e.supplier, e.name, e.category])).toEqual([
      ['Opendatasoft', 'sessionid', 'necessary'],
      ['Opendatasoft', 'csrftoken', 'necessary'],
      ['Opendatasoft', 'cookies_preferences', 'necessary'],
      ['Opendatasoft', 'django_language', 'necessary'],
    ]);
    expect(detail.policy?.entries.map((e) => e.duration.raw)).toEqual([
      '2 weeks by default',
      'Token randomly reset between two requests or two sessions. Up to 12 months',
      '6 months',
      '12 months',
    ]);
  });

  it('reveals a value only on request and refuses an unknown cookie', async () => {
    await core.client['import.run']({ files: [{ name: 'a.txt', content: file(good) }] });
    expect(await core.client['cookies.reveal']({ domain: 'paris.fr', path: '/', name: 'sessionid' })).toEqual(
      { value: 'abc' },
    );
    await expect(
      core.client['cookies.reveal']({ domain: 'paris.fr', path: '/', name: 'nope' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('exports one site as cookies.txt that imports back to the same cookies', async () => {
    await core.client['import.run']({ files: [{ name: 'a.txt', content: file(good) }] });
    const out = await core.client['export.run']({ format: 'netscape', site: 'paris.fr' });
    expect(out.count).toBe(2);
    expect(out.filename).toMatch(/^crumbs-paris\.fr-\d{4}-\d{2}-\d{2}\.cookies\.txt$/);
    const json = await core.client['export.run']({ format: 'json' });
    const before = core.cookies();
    await core.client['sites.delete']({ site: 'paris.fr' });
    const back = await core.client['import.run']({ files: [{ name: out.filename, content: out.content }] });
    expect(back.imported).toBe(2);
    const strip = (list: typeof before) => list.map(({ creation: _c, ...rest }) => rest);
    expect(strip(core.cookies())).toEqual(strip(before));
    await core.client['sites.delete']({ site: 'paris.fr' });
    const fromJson = await core.client['import.run']({
      files: [{ name: json.filename, content: json.content }],
    });
    expect(fromJson.imported).toBe(2);
    expect(strip(core.cookies())).toEqual(strip(before));
  });
});

describe('validation', () => {
  it('rejects an expiry no Date can hold instead of storing it as a session cookie', async () => {
    const { checkCookie } = await import('../../electron/core/jar/validate');
    const base = {
      name: 'a',
      value: 'b',
      domain: 'example.com',
      hostOnly: true,
      path: '/',
      httpOnly: false,
      secure: false,
      sameSite: null,
    };
    expect(checkCookie({ ...base, expires: 8_640_000_000_001 })).toMatch(/expiry is not a date/);
    expect(checkCookie({ ...base, expires: 1.5 })).toMatch(/expiry is not a date/);
    expect(checkCookie({ ...base, expires: 8_640_000_000_000 })).toBeNull();
    expect(checkCookie({ ...base, expires: null })).toBeNull();
  });
});
