import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import {
  BrowserWindow,
  MockWebContents,
  app,
  mockEvent,
  resetElectronMock,
  session,
  shell,
} from '../mocks/electron';
import {
  hardenWebContents,
  installSecurityHandlers,
  installSessionSecurity,
} from '../../electron/main/security';
import type { Logger } from '../../electron/main/log';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function hardened(): MockWebContents {
  const contents = new MockWebContents();
  hardenWebContents(contents as never, quiet);
  return contents;
}

beforeEach(() => resetElectronMock());

describe('window.open', () => {
  it('is always denied; https links go to the OS browser through shell.openExternal, plain http does not', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/a?b=1' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://example.com/a?b=1']);
  });

  it('never hands other schemes to the OS', () => {
    const contents = hardened();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://crumbs/index.html',
      'ms-settings:',
      'not a url',
      'data:text/html,<script>1</script>',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual([]);
  });
});

describe('navigation', () => {
  it('stays on app://crumbs: foreign URLs are prevented, same-origin is allowed', () => {
    const contents = hardened();
    for (const kind of ['will-navigate', 'will-redirect'] as const) {
      expect(contents.attemptNavigation(kind, 'https://evil.example/')).toBe(true);
      expect(contents.attemptNavigation(kind, 'file:///etc/passwd')).toBe(true);
      expect(contents.attemptNavigation(kind, 'app://evil/index.html')).toBe(true);
      expect(contents.attemptNavigation(kind, 'app://crumbs:8080/index.html')).toBe(true);
      expect(contents.attemptNavigation(kind, 'app://user@crumbs/index.html')).toBe(true);
      expect(contents.attemptNavigation(kind, 'app://crumbs/index.html#/import')).toBe(false);
    }
    expect(shell.opened).toEqual([]);
  });

  it('refuses every <webview>', () => {
    const contents = hardened();
    const event = mockEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('applies to every webContents the app creates, windows included', () => {
    installSecurityHandlers(quiet);
    const window = new BrowserWindow({});
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(window.webContents.attemptNavigation('will-navigate', 'https://evil.example/')).toBe(true);
    const other = new MockWebContents();
    app.emit('web-contents-created', mockEvent(), other);
    expect(other.windowOpenHandler?.({ url: 'https://a.example/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'midiSysex',
    'hid',
  ];

  it('denies every permission request and check, from any origin', () => {
    installSessionSecurity();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    const answers: boolean[] = [];
    for (const permission of PERMISSIONS) {
      for (const url of ['app://crumbs/index.html', 'https://evil.example/']) {
        permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {
          requestingUrl: url,
          isMainFrame: true,
        });
        expect(permissionCheckHandler?.({}, permission, new URL(url).origin, { isMainFrame: true })).toBe(
          false,
        );
        expect(permissionCheckHandler?.({}, permission, 'app://crumbs', { isMainFrame: true })).toBe(false);
      }
    }
    expect(answers).toHaveLength(PERMISSIONS.length * 2);
    expect(answers.every((granted) => granted === false)).toBe(true);
  });

  it('lets only our own page write to the clipboard (the Copy buttons)', () => {
    installSessionSecurity();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    const permission = 'clipboard-sanitized-write';
    expect(permissionCheckHandler?.({}, permission, 'app://crumbs', { isMainFrame: true })).toBe(true);
    expect(permissionCheckHandler?.({}, permission, 'https://evil.example', { isMainFrame: true })).toBe(
      false,
    );
    expect(permissionCheckHandler?.({}, permission, 'app://evil', { isMainFrame: true })).toBe(false);
    const answers: boolean[] = [];
    for (const requestingUrl of [
      'app://crumbs/index.html#/export',
      'https://evil.example/',
      'file:///x.html',
    ]) {
      permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {
        requestingUrl,
        isMainFrame: true,
      });
    }
    expect(answers).toEqual([true, false, false]);
  });
});
