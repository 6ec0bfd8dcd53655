import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { contextBridge, ipcRenderer, mockEvent, resetElectronMock } from '../mocks/electron';
import { METHODS, type Envelope, type Method } from '../../shared/contract';
import type { CrumbsBridge } from '../../shared/bridge';

// The preload runs once, as on a page load; what it exposed is kept, and its calls reach whichever
// ipcRenderer the mock currently holds (reset before each test).
let exposedAtLoad = new Map<string, unknown>();
beforeAll(async () => {
  resetElectronMock();
  await import('../../electron/preload/index');
  exposedAtLoad = new Map(contextBridge.exposed);
});

async function loadPreload(): Promise<Map<string, unknown>> {
  return exposedAtLoad;
}

function bridgeOf(exposed: Map<string, unknown>): CrumbsBridge {
  return exposed.get('crumbs') as CrumbsBridge;
}

beforeEach(() => resetElectronMock());

describe('preload', () => {
  it('exposes only `crumbs`, holding only invoke, onNavigate and onEvent', async () => {
    const exposed = await loadPreload();
    expect([...exposed.keys()]).toEqual(['crumbs']);
    const bridge = exposed.get('crumbs') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'onNavigate']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onNavigate).toBe('function');
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipcRenderer|send/);
  });

  it('forwards every contract method on crumbs:<method> and returns the envelope', async () => {
    const bridge = bridgeOf(await loadPreload());
    const answer: Envelope = { ok: true, value: { n: 1 } };
    ipcRenderer.answer = answer;
    for (const method of METHODS) expect(await bridge.invoke(method, { any: method })).toEqual(answer);
    expect(ipcRenderer.invocations).toEqual(
      METHODS.map((m) => ({ channel: `crumbs:${m}`, args: [{ any: m }] })),
    );
  });

  it('refuses names outside the contract without sending anything', async () => {
    const bridge = bridgeOf(await loadPreload());
    for (const name of [
      'navigate',
      'crumbs:app.info',
      'constructor',
      '__proto__',
      'toString',
      '',
      'app.info ',
    ]) {
      const answer = await bridge.invoke(name as Method, {});
      expect(answer.ok, name).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('NOT_FOUND');
    }
    expect(await bridge.invoke(42 as unknown as Method, {})).toMatchObject({ ok: false });
    expect(ipcRenderer.invocations).toEqual([]);
  });

  it('onNavigate passes known routes only, hides the IPC event, and unsubscribes', async () => {
    const bridge = bridgeOf(await loadPreload());
    const received: unknown[][] = [];
    const unsubscribe = bridge.onNavigate((...args: unknown[]) => received.push(args));
    expect(ipcRenderer.listenerCount('crumbs:navigate')).toBe(1);
    ipcRenderer.emit('crumbs:navigate', mockEvent({ sender: 'ipc' }), '#/import');
    ipcRenderer.emit('crumbs:navigate', mockEvent(), 'javascript:alert(1)');
    ipcRenderer.emit('crumbs:navigate', mockEvent(), { route: '#/export' });
    ipcRenderer.emit('crumbs:navigate', mockEvent(), '#/export');
    expect(received).toEqual([['#/import'], ['#/export']]);
    unsubscribe();
    expect(ipcRenderer.listenerCount('crumbs:navigate')).toBe(0);
    ipcRenderer.emit('crumbs:navigate', mockEvent(), '#/import');
    expect(received).toHaveLength(2);
  });

  it('onNavigate refuses a non-function', async () => {
    const bridge = bridgeOf(await loadPreload());
    expect(() => bridge.onNavigate('x' as never)).toThrow(TypeError);
    expect(ipcRenderer.listenerCount('crumbs:navigate')).toBe(0);
  });

  it('onEvent passes only well-formed contract events, and unsubscribes', async () => {
    const bridge = bridgeOf(await loadPreload());
    const received: unknown[] = [];
    const unsubscribe = bridge.onEvent((message) => received.push(message));
    const good = {
      name: 'import.progress',
      payload: { phase: 'checking', file: 'a.txt', done: 5000, total: 9000 },
    };
    ipcRenderer.emit('crumbs:event', mockEvent(), good);
    ipcRenderer.emit('crumbs:event', mockEvent(), { name: 'import.progress', payload: { phase: 'hacking' } });
    ipcRenderer.emit('crumbs:event', mockEvent(), { name: 'shell.exec', payload: {} });
    ipcRenderer.emit('crumbs:event', mockEvent(), 'import.progress');
    expect(received).toEqual([good]);
    unsubscribe();
    expect(ipcRenderer.listenerCount('crumbs:event')).toBe(0);
  });
});
