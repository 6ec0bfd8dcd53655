// Consent profiles through the contract, and applying one to a real jar.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import type { ConsentProfile } from '../../../shared/consent';
import { inDays, netscapeLine, tempDir } from '../../helpers/temp';

let core: Core;
let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir('crumbs-profiles-'));
  core = await openCore({ dataDir: dir });
});
afterEach(async () => {
  await core.close();
  cleanup();
});

const statsOnly: ConsentProfile = {
  name: 'statistics only',
  categories: { necessary: true, preferences: false, statistics: true, marketing: false, social: false },
  sites: {},
  gpc: false,
};

async function jarWith(lines: string[]) {
  await core.client['import.run']({
    files: [{ name: 'jar.txt', content: ['# Netscape HTTP Cookie File', ...lines].join('\n') }],
  });
}

describe('profiles', () => {
  it('lists the two built-ins, accept-all active until the user picks one; they cannot be changed', async () => {
    const list = await core.client['profiles.list']({});
    expect(list.active).toBe('accept-all');
    expect(list.profiles.map((p) => [p.name, p.builtin])).toEqual([
      ['necessary-only', true],
      ['accept-all', true],
    ]);
    await expect(
      core.client['profiles.save']({ profile: { ...statsOnly, name: 'accept-all' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('built in') });
    await expect(core.client['profiles.delete']({ name: 'necessary-only' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('creates, renames, uses, deletes with undo, and survives a restart', async () => {
    await core.client['profiles.save']({ profile: statsOnly });
    await core.client['profiles.use']({ name: 'statistics only' });
    const renamed = await core.client['profiles.save']({
      profile: { ...statsOnly, name: 'stats' },
      previousName: 'statistics only',
    });
    expect((await core.client['profiles.list']({})).active).toBe('stats');
    await core.client['jar.undo']({ undoId: renamed.undoId! });
    expect((await core.client['profiles.list']({})).active).toBe('statistics only');
    const removed = await core.client['profiles.delete']({ name: 'statistics only' });
    expect((await core.client['profiles.list']({})).active).toBe('accept-all');
    await core.client['jar.undo']({ undoId: removed.undoId! });
    await core.close();
    core = await openCore({ dataDir: dir });
    const list = await core.client['profiles.list']({});
    expect(list.active).toBe('statistics only');
    expect(list.profiles.find((p) => p.name === 'statistics only')?.categories.statistics).toBe(true);
  });

  it('exports profiles and imports them back, reporting what it could not take', async () => {
    await core.client['profiles.save']({ profile: statsOnly });
    const doc = await core.client['profiles.export']({});
    await core.client['profiles.delete']({ name: 'statistics only' });
    const parsed = JSON.parse(doc.content) as { profiles: unknown[] };
    const content = JSON.stringify({
      ...parsed,
      profiles: [
        ...parsed.profiles,
        { name: 'accept-all', categories: statsOnly.categories, sites: {}, gpc: false },
        { name: 'bad' },
      ],
    });
    const result = await core.client['profiles.import']({ file: { name: 'p.json', content } });
    expect(result.imported).toEqual(['statistics only']);
    expect(result.problems.map((p) => p.where)).toEqual(['p.json profile 2', 'p.json profile 3']);
    expect(result.problems[0]!.reason).toMatch(/built-in/);
    expect(result.problems[1]!.reason).toMatch(/^categories/);
    await expect(
      core.client['profiles.import']({ file: { name: 'x.json', content: '{' } }),
    ).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
    });
  });
});

describe('profiles.apply', () => {
  const jar = [
    netscapeLine({ domain: 'dashboard.paris', name: 'sessionid', value: 's', expires: inDays(10) }),
    netscapeLine({ domain: 'dashboard.paris', name: 'cookies_preferences', value: 'c', expires: inDays(10) }),
    netscapeLine({ domain: '.dashboard.paris', name: '_ga', value: 'g', expires: inDays(300) }),
    netscapeLine({ domain: '.dashboard.paris', name: '_fbp', value: 'f', expires: inDays(60) }),
    netscapeLine({ domain: '.dashboard.paris', name: 'OptanonConsent', value: 'o', expires: inDays(60) }),
    netscapeLine({ domain: 'dashboard.paris', name: 'mystery', value: 'm', expires: inDays(3) }),
    netscapeLine({ domain: '.news.example', name: '_ga', value: 'n', expires: inDays(300) }),
  ];

  it('previews, then removes the refused categories only, keeping consent records and unknowns; undo', async () => {
    await jarWith(jar);
    await core.client['profiles.save']({ profile: statsOnly });
    const dry = await core.client['profiles.apply']({ profile: 'statistics only', dryRun: true });
    expect(dry.removed.cookies.map((c) => `${c.site} ${c.name} ${c.category}`)).toEqual([
      'dashboard.paris _fbp marketing',
    ]);
    expect(dry.kept).toMatchObject({ unclassified: 1, consent: 0 });
    expect(core.cookies('dashboard.paris').map((c) => c.name)).toContain('_fbp');

    const all = await core.client['profiles.apply']({ profile: 'necessary-only' });
    expect(all.removed.cookies.map((c) => `${c.site} ${c.name}`).sort()).toEqual([
      'dashboard.paris _fbp',
      'dashboard.paris _ga',
      'news.example _ga',
    ]);
    const left = core
      .cookies()
      .map((c) => c.name)
      .sort();
    expect(left).toEqual(['OptanonConsent', 'cookies_preferences', 'mystery', 'sessionid']);
    await core.client['jar.undo']({ undoId: all.undoId! });
    expect(core.cookies()).toHaveLength(jar.length);
  });

  it('follows per-site overrides and keep rules, and one site only when asked', async () => {
    await jarWith(jar);
    await core.client['profiles.save']({
      profile: {
        ...statsOnly,
        name: 'strict',
        categories: { ...statsOnly.categories, statistics: false },
        sites: {
          'news.example': { categories: { statistics: true }, keep: [] },
          'dashboard.paris': { categories: {}, keep: ['_f*'] },
        },
      },
    });
    const r = await core.client['profiles.apply']({ profile: 'strict', dryRun: true });
    expect(r.removed.cookies.map((c) => `${c.site} ${c.name}`)).toEqual(['dashboard.paris _ga']);
    expect(r.kept.rules).toBe(1);
    const one = await core.client['profiles.apply']({
      profile: 'necessary-only',
      site: 'news.example',
      dryRun: true,
    });
    expect(one.removed.cookies.map((c) => c.name)).toEqual(['_ga']);
    expect(one.site).toBe('news.example');
  });

  it('makes the report flag cookies of the categories the active profile refuses', async () => {
    await jarWith(jar);
    expect((await core.client['report.run']({})).findings.some((f) => f.kind === 'refused-category')).toBe(
      false,
    );
    await core.client['profiles.use']({ name: 'necessary-only' });
    const refused = (await core.client['report.run']({})).findings.filter(
      (f) => f.kind === 'refused-category',
    );
    expect(refused.map((f) => `${f.site} ${f.cookie}`).sort()).toEqual([
      'dashboard.paris _fbp',
      'dashboard.paris _ga',
      'news.example _ga',
    ]);
  });
});
