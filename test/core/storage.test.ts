// localStorage entries in the jar: imported from Playwright storageState, kept (sealed) across restarts,
// shown per site, revealed on request, deleted with undo, and exported again.
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { allFiles, inDays, tempDir } from '../helpers/temp';

let cleanups: (() => void)[] = [];
let cores: Core[] = [];
afterEach(async () => {
  for (const c of cores) await c.close();
  cores = [];
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function fresh(dir?: string): Promise<{ core: Core; dir: string }> {
  let d = dir;
  if (!d) {
    const t = tempDir();
    cleanups.push(t.cleanup);
    d = t.dir;
  }
  const core = await openCore({ dataDir: d });
  cores.push(core);
  return { core, dir: d };
}

const state = {
  cookies: [
    {
      name: 'OptanonConsent',
      value: 'groups=C0001%3A1',
      domain: '.shop.example',
      path: '/',
      expires: inDays(300),
      httpOnly: false,
      secure: true,
      sameSite: 'Lax',
    },
  ],
  origins: [
    {
      origin: 'https://www.shop.example',
      localStorage: [
        { name: 'uc_settings', value: '{"secret-consent-blob":true}' },
        { name: 'theme', value: 'dark' },
      ],
    },
    { origin: 'https://other.example', localStorage: [{ name: 'k', value: 'v' }] },
  ],
};

describe('localStorage in the jar', () => {
  it('imports, persists sealed, shows per site, reveals, deletes with undo and exports again', async () => {
    const { core, dir } = await fresh();
    const report = await core.client['import.run']({
      files: [{ name: 'state.json', content: JSON.stringify(state) }],
    });
    expect(report).toMatchObject({
      imported: 1,
      storage: { imported: 3, updated: 0 },
      rejected: [],
      applied: true,
    });
    expect(report.files[0]?.format).toBe('playwright');
    await core.close();
    cores = [];
    for (const f of allFiles(dir)) expect(f.bytes.includes(Buffer.from('secret-consent-blob'))).toBe(false);

    const { core: again } = await fresh(dir);
    const detail = await again.client['sites.get']({ site: 'shop.example' });
    expect(detail.storage.map(({ origin, name, valueLength }) => ({ origin, name, valueLength }))).toEqual([
      { origin: 'https://www.shop.example', name: 'theme', valueLength: 4 },
      { origin: 'https://www.shop.example', name: 'uc_settings', valueLength: 28 },
    ]);
    // Usercentrics keeps its consent in uc_settings: the catalog knows it.
    expect(detail.storage[1]!.classification).toMatchObject({ by: 'catalog', category: 'necessary' });
    const sites = await again.client['sites.list']({});
    expect(sites.find((s) => s.site === 'shop.example')).toMatchObject({ cookieCount: 1, storageCount: 2 });
    expect(
      await again.client['storage.reveal']({ origin: 'https://www.shop.example', name: 'theme' }),
    ).toEqual({ value: 'dark' });

    const exported = await again.client['export.run']({ format: 'playwright', site: 'shop.example' });
    const parsed = JSON.parse(exported.content);
    expect(parsed.origins).toEqual([
      {
        origin: 'https://www.shop.example',
        localStorage: expect.arrayContaining([
          { name: 'uc_settings', value: '{"secret-consent-blob":true}' },
          { name: 'theme', value: 'dark' },
        ]),
      },
    ]);
    const asTxt = await again.client['export.run']({ format: 'netscape', site: 'shop.example' });
    expect(asTxt.lost.filter((p) => p.where.startsWith('localStorage'))).toHaveLength(2);

    const deleted = await again.client['sites.delete']({ site: 'shop.example' });
    expect(deleted.removed).toBe(3);
    expect((await again.client['sites.get']({ site: 'shop.example' })).storage).toEqual([]);
    await again.client['jar.undo']({ undoId: deleted.undoId ?? '' });
    expect((await again.client['sites.get']({ site: 'shop.example' })).storage).toHaveLength(2);

    const one = await again.client['storage.delete']({
      keys: [{ origin: 'https://other.example', name: 'k' }],
    });
    expect(one.removed).toBe(1);
    expect(again.storage().map((e) => e.origin)).not.toContain('https://other.example');
  });

  it('rejects a storage origin that is not a bare http(s) origin and changes nothing', async () => {
    const { core } = await fresh();
    const bad = {
      cookies: [],
      origins: [{ origin: 'javascript:alert(1)', localStorage: [{ name: 'a', value: 'b' }] }],
    };
    const report = await core.client['import.run']({
      files: [{ name: 'bad.json', content: JSON.stringify(bad) }],
    });
    expect(report.applied).toBe(false);
    expect(report.rejected).toHaveLength(1);
    expect(core.storage()).toEqual([]);
  });
});
