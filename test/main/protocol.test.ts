import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { app, protocol, resetElectronMock } from '../mocks/electron';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import {
  createAppProtocolHandler,
  installAppProtocol,
  registerAppScheme,
} from '../../electron/main/protocol';

let base: string;
let renderer: string;
let handler: (request: Request) => Promise<Response>;

beforeEach(() => {
  resetElectronMock();
  base = mkdtempSync(join(tmpdir(), 'crumbs-protocol-'));
  renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Crumbs</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("crumbs")');
  writeFileSync(join(renderer, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
  writeFileSync(join(base, 'renderer-evil.txt'), 'sibling with the same prefix');
  handler = createAppProtocolHandler(renderer);
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('CSP', () => {
  it('is the strict policy the brief names', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('app:// protocol', () => {
  it('registers app as a privileged standard, secure, fetch-capable scheme before ready', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves renderer files with their type and the CSP header', async () => {
    const page = await get('app://crumbs/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html><title>Crumbs</title>');

    const root = await get('app://crumbs/');
    expect(await root.text()).toContain('<title>Crumbs</title>');

    const script = await get('app://crumbs/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log("crumbs")');

    const style = await get('app://crumbs/assets/app.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const head = await get('app://crumbs/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await head.text()).toBe('');
  });

  it('refuses path traversal, encoded or not, and sends the CSP on refusals too', async () => {
    for (const url of [
      'app://crumbs/..%2fsecret.txt',
      'app://crumbs/assets/..%2f..%2fsecret.txt',
      'app://crumbs/%2e%2e%2fsecret.txt',
      'app://crumbs/..%2frenderer-evil.txt',
      `app://crumbs/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'app://crumbs/..%5csecret.txt',
      'app://crumbs/index.html%00.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).not.toContain('outside the renderer');
    }
    // WHATWG URL parsing already folds plain and %2e dot segments: they land inside the root, never outside.
    const folded = await get('app://crumbs/../../secret.txt');
    expect(folded.status).toBe(404);
  });

  it('refuses a symlink that leads out of the renderer directory', async () => {
    symlinkSync(join(base, 'secret.txt'), join(renderer, 'link.txt'));
    const response = await get('app://crumbs/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('answers 404 for missing files, 404 for other hosts, 405 for writes', async () => {
    expect((await get('app://crumbs/nope.js')).status).toBe(404);
    expect((await get('app://crumbs/assets/nope.css')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    const post = await get('app://crumbs/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is installed on the app scheme once the app is ready', async () => {
    await app.whenReady();
    installAppProtocol(renderer);
    const installed = protocol.handlers.get('app');
    expect(installed).toBeDefined();
    const response = await installed!(new Request('app://crumbs/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
