// The renderer's files: served from rendererDir only, with the security headers on every response.
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/server';
import { APP_JS, INDEX_HTML, callApi, send, startFixture, type Fixture, type Reply } from './helpers';

let fx: Fixture;
let port: number;
beforeAll(async () => {
  fx = await startFixture();
  port = fx.server.port;
  await symlink(fx.secretFile, join(fx.rendererDir, 'assets', 'link.txt'));
});
afterAll(async () => {
  await fx?.close();
});

function expectSecurityHeaders(reply: Reply): void {
  expect(reply.headers['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
      "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['referrer-policy']).toBe('no-referrer');
  expect(reply.headers['x-frame-options']).toBe('DENY');
  expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
}

describe('static files', () => {
  it('serves index.html at / with its content type and the CSP', async () => {
    const reply = await send(port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(reply);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves assets with their content types', async () => {
    const js = await send(port, { path: '/assets/app.js?v=1' });
    expect(js.status).toBe(200);
    expect(js.text).toBe(APP_JS);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await send(port, { path: '/assets/style.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expectSecurityHeaders(css);
  });

  it('answers HEAD with headers and no body', async () => {
    const reply = await send(port, { method: 'HEAD', path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
  });

  it('answers 404 for a missing asset, and the app for an extensionless route', async () => {
    const missing = await send(port, { path: '/assets/missing.js' });
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('Crumbs</body>');
    expectSecurityHeaders(missing);
    const route = await send(port, { path: '/sites/example' });
    expect(route.status).toBe(200);
    expect(route.text).toBe(INDEX_HTML);
  });

  it('refuses other methods outside /api', async () => {
    const reply = await send(port, { method: 'POST', path: '/', body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('puts the security headers on API answers and refusals too', async () => {
    const ok = await callApi(port, 'app.info', {});
    expectSecurityHeaders(ok);
    expect(ok.headers['cache-control']).toBe('no-store');
    const refused = await callApi(port, 'app.info', {}, { authorization: undefined });
    expectSecurityHeaders(refused);
    expect(refused.headers['cache-control']).toBe('no-store');
    const forbidden = await send(port, { path: '/', headers: { host: 'evil.example' } });
    expectSecurityHeaders(forbidden);
  });
});

describe('path traversal', () => {
  const attempts = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/%00',
    '/%',
    `/${encodeURIComponent(join('..', 'secret.txt'))}`,
  ];

  it('never serves a file outside rendererDir', async () => {
    for (const path of attempts) {
      const reply = await send(port, { path });
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.text, path).not.toContain('TOP-SECRET');
      expectSecurityHeaders(reply);
    }
  });

  it('refuses dot segments outright instead of resolving them', async () => {
    for (const path of ['/assets/../index.html', '/assets/%2e%2e/index.html', '/./index.html', '/.env']) {
      const reply = await send(port, { path });
      expect(reply.status, path).toBe(400);
    }
  });

  it('refuses an absolute-form request target', async () => {
    const reply = await send(port, { path: `http://127.0.0.1:${port}/` });
    expect(reply.status).toBe(400);
  });
});
