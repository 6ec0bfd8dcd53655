import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { MockWebContents, ipcMain, resetElectronMock } from '../mocks/electron';
import { registerIpcHandlers } from '../../electron/main/ipc';
import type { Logger } from '../../electron/main/log';
import { METHODS, type Envelope } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import { createFakeApi } from './fake-api';

const APP_PAGE = 'app://crumbs/index.html#/sites';

function setUp(overrides: Parameters<typeof createFakeApi>[0] = {}) {
  const fake = createFakeApi(overrides);
  const main = new MockWebContents();
  const logged: string[] = [];
  const log: Logger = {
    info: (m) => logged.push(m),
    warn: (m) => logged.push(m),
    error: (m) => logged.push(m),
  };
  const unbind = registerIpcHandlers(fake.api, () => main as never, log);
  const fromMain = { sender: main, frameUrl: APP_PAGE };
  const invoke = (
    method: string,
    input: unknown,
    from: { sender: MockWebContents; frameUrl: string | null } = fromMain,
  ) => ipcMain.invoke(`crumbs:${method}`, from, input) as Promise<Envelope>;
  return { ...fake, main, invoke, unbind, logged };
}

beforeEach(() => resetElectronMock());

describe('IPC binding', () => {
  it('registers one crumbs:<method> handler per contract method, and nothing else', () => {
    const { unbind } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHODS.map((m) => `crumbs:${m}`).sort());
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers a trusted call with the value, having parsed the input (defaults applied)', async () => {
    const { invoke, calls } = setUp();
    const answer = await invoke('import.run', { files: [{ name: 'a.txt', content: 'x' }] });
    expect(answer).toEqual({
      ok: true,
      value: {
        imported: 0,
        updated: 0,
        skipped: 0,
        rejected: [],
        warnings: [],
        storage: { imported: 0, updated: 0 },
        files: [],
        applied: true,
        dryRun: false,
      },
    });
    expect(calls).toEqual([
      {
        method: 'import.run',
        input: {
          files: [{ name: 'a.txt', content: 'x', encoding: 'utf8' }],
          format: 'auto',
          dryRun: false,
          skipInvalid: false,
          harRequestCookies: false,
        },
      },
    ]);
    const site = await invoke('sites.get', { site: '  example.com ' });
    expect(site).toEqual({
      ok: true,
      value: { site: 'example.com', policy: null, cookies: [], storage: [], findings: [] },
    });
  });

  it('every method can be reached by the trusted window', async () => {
    const { invoke, calls } = setUp();
    const inputs: Record<string, unknown> = {
      'app.info': {},
      'sites.list': {},
      'sites.get': { site: 'a.example' },
      'sites.delete': { site: 'a.example' },
      'cookies.reveal': { domain: 'a.example', path: '/', name: 'n' },
      'cookies.delete': { keys: [{ domain: 'a.example', path: '/', name: 'n' }] },
      'storage.reveal': { origin: 'https://a.example', name: 'n' },
      'storage.delete': { keys: [{ origin: 'https://a.example', name: 'n' }] },
      'jar.undo': { undoId: 'u1' },
      'import.run': { files: [{ name: 'f', content: '' }] },
      'browsers.list': {},
      'import.browser': { id: '/nowhere/Cookies' },
      'export.run': { format: 'json' },
      'policy.import': { file: { name: 'p.html', content: '<table></table>' }, site: 'a.example' },
      'policy.save': { site: 'a.example', entries: [] },
      'policy.delete': { site: 'a.example' },
      'policy.export': { site: 'a.example', format: 'csv' },
      'catalog.info': {},
      'catalog.import': { file: { name: 'ocd.csv', content: '' } },
      'report.run': {},
      'report.export': { format: 'html' },
      'profiles.list': {},
      'profiles.save': {
        profile: {
          name: 'mine',
          categories: {
            necessary: true,
            preferences: false,
            statistics: true,
            marketing: false,
            social: false,
          },
          sites: {},
          gpc: false,
        },
      },
      'profiles.delete': { name: 'mine' },
      'profiles.use': { name: 'mine' },
      'profiles.import': { file: { name: 'p.json', content: '[]' } },
      'profiles.export': {},
      'profiles.apply': { dryRun: true },
      'consent.cmps': {},
      'consent.encode': { cmp: 'klaro', site: 'a.example' },
      'consent.write': { cmp: 'klaro', site: 'a.example' },
      'consent.decode': {},
      'jar.query': { text: 'a' },
      'jar.storage': {},
      'storage.allowUnprotected': {},
      'storage.rotateKey': {},
      'cookies.save': {
        cookie: {
          name: 'n',
          value: 'v',
          domain: 'a.example',
          hostOnly: true,
          path: '/',
          expires: null,
          httpOnly: false,
          secure: false,
          sameSite: null,
        },
      },
    };
    expect(Object.keys(inputs).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) {
      expect((await invoke(method, inputs[method])).ok, method).toBe(true);
    }
    expect(calls.map((c) => c.method)).toEqual(METHODS);
  });

  describe('untrusted senders get FORBIDDEN and never reach the api', () => {
    it.each([
      ['another webContents', () => ({ sender: new MockWebContents(), frameUrl: APP_PAGE })],
      [
        'a frame on https://evil.example',
        (main: MockWebContents) => ({ sender: main, frameUrl: 'https://evil.example/' }),
      ],
      [
        'a frame on another app:// host',
        (main: MockWebContents) => ({ sender: main, frameUrl: 'app://evil/index.html' }),
      ],
      ['a frame on file://', (main: MockWebContents) => ({ sender: main, frameUrl: 'file:///tmp/x.html' })],
      ['a destroyed frame', (main: MockWebContents) => ({ sender: main, frameUrl: null })],
    ])('%s', async (_label, from) => {
      const { invoke, calls, main } = setUp();
      const answer = await invoke('app.info', {}, from(main));
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('FORBIDDEN');
      expect(calls).toEqual([]);
    });

    it('no window at all', async () => {
      const fake = createFakeApi();
      registerIpcHandlers(fake.api, () => null, { info: () => {}, warn: () => {}, error: () => {} });
      const answer = (await ipcMain.invoke(
        'crumbs:app.info',
        { sender: new MockWebContents(), frameUrl: APP_PAGE },
        {},
      )) as Envelope;
      expect(!answer.ok && answer.error.code).toBe('FORBIDDEN');
      expect(fake.calls).toEqual([]);
    });
  });

  it('invalid input gets VALIDATION and never reaches the api', async () => {
    const { invoke, calls } = setUp();
    for (const input of [undefined, null, 'x', { site: '' }, { site: 42 }, { site: 'x'.repeat(300) }]) {
      const answer = await invoke('sites.get', input);
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('VALIDATION');
    }
    expect((await invoke('cookies.delete', { keys: [] })).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('a CrumbsError keeps its code, message and details', async () => {
    const { invoke } = setUp({
      'sites.get': async () => {
        throw new CrumbsError('NOT_FOUND', 'No site named a.example.', { site: 'a.example' });
      },
    });
    expect(await invoke('sites.get', { site: 'a.example' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No site named a.example.', details: { site: 'a.example' } },
    });
  });

  it('an internal error becomes INTERNAL with no stack or message crossing, and is logged', async () => {
    const { invoke, logged } = setUp({
      'sites.list': async () => {
        throw new TypeError('secret-internal-detail at /home/me/jar.ts:12');
      },
    });
    const answer = await invoke('sites.list', {});
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('INTERNAL');
    expect(Object.keys(answer.error).sort()).toEqual(['code', 'message']);
    expect(JSON.stringify(answer)).not.toMatch(/secret-internal-detail|jar\.ts|TypeError|\bat\b/);
    expect(logged).toEqual(['sites.list failed.']);
  });
});
