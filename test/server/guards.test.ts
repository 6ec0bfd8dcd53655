// Who may talk to browser mode: only this machine's own page, holding the launch token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppInfo } from '../../shared/model';
import { TEST_TOKEN, callApi, errorOf, send, startFixture, valueOf, type Fixture } from './helpers';

let fx: Fixture;
let port: number;
beforeAll(async () => {
  fx = await startFixture();
  port = fx.server.port;
});
afterAll(async () => {
  await fx?.close();
});

describe('token', () => {
  it('refuses an API call without a token', async () => {
    const reply = await callApi(port, 'app.info', {}, { authorization: undefined });
    expect(reply.status).toBe(401);
    expect(errorOf(reply).code).toBe('UNAUTHORIZED');
    expect(reply.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('refuses a wrong token, a token of another length and a prefix of the right one', async () => {
    for (const bad of ['x'.repeat(TEST_TOKEN.length), 'short', TEST_TOKEN.slice(0, -1), `${TEST_TOKEN}0`]) {
      const reply = await callApi(port, 'app.info', {}, { authorization: `Bearer ${bad}` });
      expect(reply.status, bad).toBe(401);
      expect(errorOf(reply).code).toBe('UNAUTHORIZED');
    }
  });

  it('refuses the right token under another scheme', async () => {
    const reply = await callApi(port, 'app.info', {}, { authorization: `Basic ${TEST_TOKEN}` });
    expect(reply.status).toBe(401);
  });

  it('answers app.info with the right token', async () => {
    const reply = await callApi(port, 'app.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    const info = AppInfo.parse(valueOf(reply));
    expect(info.dataDir).toBe(fx.core.dataDir);
    expect(info.cookieCount).toBe(0);
  });

  it('answers on localhost:<port> as well', async () => {
    const reply = await callApi(
      port,
      'app.info',
      {},
      { host: `localhost:${port}`, origin: `http://localhost:${port}` },
    );
    expect(reply.status).toBe(200);
  });
});

describe('Host header (DNS rebinding)', () => {
  const foreignHosts = (p: number): string[] => [
    `evil.example:${p}`,
    `127.0.0.1.evil.example:${p}`,
    `127.0.0.1:${p + 1}`,
    '127.0.0.1',
    `[::1]:${p}`, // not bound: we listen on IPv4 only
    `localhost.evil.example:${p}`,
  ];

  it('refuses API calls addressed to another name, even with the right token', async () => {
    for (const host of foreignHosts(port)) {
      const reply = await callApi(port, 'app.info', {}, { host });
      expect(reply.status, host).toBe(403);
      expect(errorOf(reply).code).toBe('FORBIDDEN');
    }
  });

  it('refuses a missing Host header', async () => {
    const reply = await callApi(port, 'app.info', {}, { host: undefined });
    expect(reply.status).toBe(403);
  });

  it('refuses static files addressed to another name', async () => {
    for (const host of foreignHosts(port)) {
      const reply = await send(port, { path: '/', headers: { host } });
      expect(reply.status, host).toBe(403);
      expect(reply.text).not.toContain('Crumbs</body>');
    }
  });
});

describe('Origin and Sec-Fetch-Site', () => {
  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
      'null',
    ]) {
      const reply = await callApi(port, 'app.info', {}, { origin });
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply).code).toBe('FORBIDDEN');
    }
  });

  it('accepts its own Origin', async () => {
    const reply = await callApi(
      port,
      'app.info',
      {},
      { origin: fx.server.origin, 'sec-fetch-site': 'same-origin' },
    );
    expect(reply.status).toBe(200);
  });

  it('refuses cross-site requests announced by Sec-Fetch-Site, for the API and for files', async () => {
    const api = await callApi(port, 'app.info', {}, { 'sec-fetch-site': 'cross-site' });
    expect(api.status).toBe(403);
    const sameSite = await callApi(port, 'app.info', {}, { 'sec-fetch-site': 'same-site' });
    expect(sameSite.status).toBe(403);
    const file = await send(port, { path: '/', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(file.status).toBe(403);
  });
});

describe('no CORS at all', () => {
  it('sends no Access-Control-* header on any response, preflight included', async () => {
    const replies = [
      await send(port, {
        method: 'OPTIONS',
        path: '/api/sites.delete',
        headers: {
          origin: 'http://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      }),
      await send(port, {
        method: 'OPTIONS',
        path: '/api/sites.delete',
        headers: { origin: fx.server.origin, 'access-control-request-method': 'POST' },
      }),
      await callApi(port, 'app.info', {}),
      await callApi(port, 'app.info', {}, { origin: 'http://evil.example' }),
      await send(port, { path: '/' }),
      await send(port, { path: '/missing.png' }),
    ];
    expect(replies[1]?.status).toBe(405);
    expect(replies[1]?.headers.allow).toBe('POST');
    for (const reply of replies) {
      const cors = Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'));
      expect(cors, `${reply.status} ${reply.text.slice(0, 80)}`).toEqual([]);
    }
  });
});
