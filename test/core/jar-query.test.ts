// The Jar view's query against a real jar: filters, sort orders, windows, and the core's change events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import type { EventMessage } from '../../shared/events';
import type { CookieData } from '../../shared/model';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

let core: Core;
let cleanup: () => void;
const events: EventMessage[] = [];
beforeAll(async () => {
  const t = tempDir('crumbs-jar-query-');
  cleanup = t.cleanup;
  core = await openCore({ dataDir: t.dir });
  core.events.subscribe((e) => events.push(e));
  const lines = [
    netscapeLine({ domain: '.news.example', name: '_ga', value: 'g', expires: inDays(300) }),
    netscapeLine({
      domain: 'news.example',
      name: 'sessionid',
      value: 's',
      expires: 0,
      httpOnly: true,
      secure: true,
    }),
    netscapeLine({ domain: '.shop.example', name: '_fbp', value: 'fff', expires: inDays(90) }),
    netscapeLine({ domain: 'www.shop.example', name: 'cart', value: 'c', expires: inDays(2) }),
    netscapeLine({
      domain: 'dashboard.paris',
      name: 'csrftoken',
      value: 't',
      expires: inDays(100),
      secure: true,
    }),
  ];
  await core.client['import.run']({
    files: [{ name: 'j.txt', content: ['# Netscape HTTP Cookie File', ...lines].join('\n') }],
  });
});
afterAll(async () => {
  await core.close();
  cleanup();
});

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('jar.query', () => {
  it('sorts by site then name, and windows the result with the total of all matches', async () => {
    const page = await core.client['jar.query']({});
    expect(page.size).toBe(5);
    expect(page.total).toBe(5);
    expect(names(page.rows)).toEqual(['csrftoken', '_ga', 'sessionid', '_fbp', 'cart']);
    const window = await core.client['jar.query']({ offset: 1, limit: 2 });
    expect(window).toMatchObject({ total: 5, offset: 1 });
    expect(names(window.rows)).toEqual(['_ga', 'sessionid']);
    const last = await core.client['jar.query']({ sort: 'expires', descending: true });
    // Session cookies last in expiry order: first when reversed.
    expect(names(last.rows)).toEqual(['sessionid', '_ga', 'csrftoken', '_fbp', 'cart']);
  });

  it('filters by words, site, category, flags, SameSite and expiry range', async () => {
    expect(names((await core.client['jar.query']({ text: 'SHOP c' })).rows)).toEqual(['cart']);
    expect(names((await core.client['jar.query']({ site: 'https://www.news.example/x' })).rows)).toEqual([
      '_ga',
      'sessionid',
    ]);
    const stats = await core.client['jar.query']({ categories: ['statistics'] });
    expect(names(stats.rows)).toEqual(['_ga']);
    expect(stats.rows[0]!.classification).toMatchObject({ by: 'catalog', category: 'statistics' });
    expect(names((await core.client['jar.query']({ categories: ['necessary'], secure: true })).rows)).toEqual(
      ['csrftoken', 'sessionid'],
    );
    expect(names((await core.client['jar.query']({ session: true })).rows)).toEqual(['sessionid']);
    expect((await core.client['jar.query']({ httpOnly: true })).total).toBe(1);
    expect((await core.client['jar.query']({ sameSite: ['lax'] })).total).toBe(0);
    expect((await core.client['jar.query']({ sameSite: ['unset'] })).total).toBe(5);
    const soon = await core.client['jar.query']({ expiresUntil: inDays(10) });
    expect(names(soon.rows)).toEqual(['cart']);
    expect(names((await core.client['jar.query']({ expiresFrom: inDays(200) })).rows)).toEqual(['_ga']);
  });

  it('sees a change at once (a new revision), and says so as a data.changed event', async () => {
    const before = await core.client['jar.query']({});
    events.length = 0;
    await core.client['cookies.delete']({
      keys: [
        { domain: 'shop.example', path: '/', name: '_fbp' },
        { domain: 'www.shop.example', path: '/', name: 'cart' },
      ],
    });
    const after = await core.client['jar.query']({});
    expect(after.revision).not.toBe(before.revision);
    expect(after.total).toBe(3);
    expect(
      events.filter((e) => e.name === 'data.changed').map((e) => (e.payload as { what: string }).what),
    ).toEqual(['jar']);
    await core.client['policy.delete']({ site: 'dashboard.paris' });
    expect(
      events.some((e) => e.name === 'data.changed' && (e.payload as { what: string }).what === 'policies'),
    ).toBe(true);
    // Without its policy, csrftoken is classified by the catalog (Django's CSRF cookie: necessary still).
    const csrf = (await core.client['jar.query']({ text: 'csrftoken' })).rows[0]!;
    expect(csrf.classification.by).toBe('catalog');
    await core.client['profiles.use']({ name: 'necessary-only' });
    expect(
      events.some((e) => e.name === 'data.changed' && (e.payload as { what: string }).what === 'profiles'),
    ).toBe(true);
  });
});

describe('jar.storage', () => {
  it('lists localStorage entries with their category, optionally for one site', async () => {
    const state = JSON.stringify({
      cookies: [],
      origins: [
        {
          origin: 'https://www.shop.example',
          localStorage: [
            { name: 'uc_settings', value: '{}' },
            { name: 'theme', value: 'dark' },
          ],
        },
      ],
    });
    await core.client['import.run']({ files: [{ name: 'state.json', content: state }] });
    const all = await core.client['jar.storage']({});
    expect(all.map((e) => [e.name, e.classification.by])).toEqual([
      ['theme', 'unclassified'],
      ['uc_settings', 'catalog'],
    ]);
    expect(await core.client['jar.storage']({ site: 'news.example' })).toEqual([]);
  });
});

describe('sites.list', () => {
  it('gives each site its cookies by category and its findings by severity', async () => {
    await core.client['profiles.use']({ name: 'accept-all' });
    const sites = await core.client['sites.list']({});
    const news = sites.find((s) => s.site === 'news.example')!;
    expect(news.categories).toMatchObject({ statistics: 1 });
    // news.example has no policy: _ga (2 years in the catalog's category statistics) is not over 13 months here.
    expect(news.findings).toEqual({ high: 0, medium: 0, low: 0, info: 0 });
    await core.client['profiles.use']({ name: 'necessary-only' });
    const refused = (await core.client['sites.list']({})).find((s) => s.site === 'news.example')!;
    expect(refused.findings.high).toBe(1);
    await core.client['profiles.use']({ name: 'accept-all' });
    expect((await core.client['sites.list']({})).find((s) => s.site === 'news.example')!.findings.high).toBe(
      0,
    );
  });
});

describe('cookies.save', () => {
  const base: CookieData = {
    name: 'edited',
    value: 'v1',
    domain: 'news.example',
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
  };

  it('creates, renames in place keeping the creation time, and undoes each step', async () => {
    const created = await core.client['cookies.save']({ cookie: base });
    expect(created.cookie).toMatchObject({ name: 'edited', site: 'news.example', valueLength: 2 });
    const key = { domain: 'news.example', path: '/', name: 'edited' };
    const renamed = await core.client['cookies.save']({
      original: key,
      cookie: { ...base, name: 'renamed', value: 'longer' },
    });
    expect(renamed.cookie.creation).toBe(created.cookie.creation);
    expect((await core.client['jar.query']({ text: 'edited' })).total).toBe(0);
    expect(await core.client['cookies.reveal']({ ...key, name: 'renamed' })).toEqual({ value: 'longer' });
    await core.client['jar.undo']({ undoId: renamed.undoId! });
    expect(await core.client['cookies.reveal'](key)).toEqual({ value: 'v1' });
    expect((await core.client['jar.query']({ text: 'renamed' })).total).toBe(0);
    await core.client['jar.undo']({ undoId: created.undoId! });
    expect((await core.client['jar.query']({ text: 'edited' })).total).toBe(0);
  });

  it('refuses what the jar would refuse on import, saying why, and changes nothing', async () => {
    const size = (await core.client['jar.query']({})).size;
    const refuse = async (cookie: Partial<CookieData>, reason: RegExp) =>
      expect(core.client['cookies.save']({ cookie: { ...base, ...cookie } })).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(reason),
      });
    await refuse({ domain: 'co.uk', hostOnly: false }, /public suffix/);
    await refuse({ name: '__Host-x', secure: false }, /__Host-/);
    await refuse({ path: 'x' }, /does not start with "\/"/);
    await refuse({ expires: 1000 }, /in the past/);
    await refuse({ value: 'a;b' }, /control character or ";"/);
    await refuse({ name: '_ga', domain: 'news.example', hostOnly: false }, /already in the jar/);
    expect((await core.client['jar.query']({})).size).toBe(size);
  });
});
