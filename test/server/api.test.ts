// POST /api/<method>: the contract over HTTP against the real core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportReport, SiteSummary } from '../../shared/model';
import { CrumbsError } from '../../shared/errors';
import { z } from 'zod';
import {
  TEST_TOKEN,
  callApi,
  errorOf,
  netscapeText,
  send,
  startFixture,
  valueOf,
  type Fixture,
} from './helpers';

const SITE = 'crumbs-fixture.org';

async function siteNames(port: number): Promise<string[]> {
  const reply = await callApi(port, 'sites.list', {});
  expect(reply.status).toBe(200);
  return z
    .array(SiteSummary)
    .parse(valueOf(reply))
    .map((s) => s.site);
}

async function cookieCount(port: number): Promise<number> {
  return valueOf<{ cookieCount: number }>(await callApi(port, 'app.info', {})).cookieCount;
}

describe('API over the real core', () => {
  let fx: Fixture;
  let port: number;
  beforeAll(async () => {
    fx = await startFixture({ maxBodyBytes: 64 * 1024 });
    port = fx.server.port;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('imports a Netscape file by POST and shows the site afterwards', async () => {
    const reply = await callApi(port, 'import.run', {
      files: [{ name: 'cookies.txt', content: netscapeText(SITE, ['sid', 'pref']) }],
    });
    expect(reply.status, reply.text).toBe(200);
    const report = ImportReport.parse(valueOf(reply));
    expect(report.imported).toBe(2);
    expect(report.applied).toBe(true);
    expect(await siteNames(port)).toContain(SITE);
    expect(await cookieCount(port)).toBe(2);
    // Values stay out of listings: only cookies.reveal returns one.
    const detail = await callApi(port, 'sites.get', { site: SITE });
    expect(detail.text).not.toContain('value-0-secret');
  });

  it('changes nothing through GET, PUT, DELETE, HEAD or OPTIONS, even with the token', async () => {
    const before = await cookieCount(port);
    expect(before).toBeGreaterThan(0);
    for (const verb of ['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      const reply = await callApi(port, 'sites.delete', { site: SITE }, {}, verb);
      expect(reply.status, verb).toBe(405);
      expect(reply.headers.allow).toBe('POST');
      if (verb !== 'HEAD') expect(errorOf(reply).code).toBe('VALIDATION');
    }
    const query = await send(port, {
      path: `/api/sites.delete?site=${SITE}`,
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(query.status).toBe(405);
    const list = await callApi(port, 'sites.list', {}, {}, 'GET');
    expect(list.status).toBe(405);
    expect(await cookieCount(port)).toBe(before);
    expect(await siteNames(port)).toContain(SITE);
  });

  it('refuses a state change without the token and keeps the jar', async () => {
    const before = await cookieCount(port);
    const reply = await callApi(port, 'sites.delete', { site: SITE }, { authorization: undefined });
    expect(reply.status).toBe(401);
    expect(await cookieCount(port)).toBe(before);
  });

  it('refuses bodies not sent as JSON with 415', async () => {
    for (const type of [
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
    ]) {
      const reply = await callApi(port, 'sites.delete', { site: SITE }, { 'content-type': type });
      expect(reply.status, String(type)).toBe(415);
      expect(errorOf(reply).code).toBe('VALIDATION');
    }
    expect(await siteNames(port)).toContain(SITE);
    const withCharset = await callApi(
      port,
      'app.info',
      {},
      { 'content-type': 'application/json; charset=UTF-8' },
    );
    expect(withCharset.status).toBe(200);
  });

  it('refuses invalid JSON with 400', async () => {
    const reply = await send(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
      body: '{"oops":',
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('VALIDATION');
  });

  it('refuses a body over the cap with 413, declared or streamed', async () => {
    const big = JSON.stringify({ files: [{ name: 'big.txt', content: 'x'.repeat(100 * 1024) }] });
    const declared = await callApi(port, 'import.run', JSON.parse(big));
    expect(declared.status).toBe(413);
    expect(errorOf(declared).code).toBe('TOO_LARGE');

    // No Content-Length: the server has to count while reading.
    const streamed = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/import.run',
            agent: false,
            headers: {
              authorization: `Bearer ${TEST_TOKEN}`,
              'content-type': 'application/json',
              'transfer-encoding': 'chunked',
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 10; i++) req.write(big.slice(i * 10_240, (i + 1) * 10_240));
        req.end(big.slice(10 * 10_240));
      }, reject);
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.text)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(await cookieCount(port)).toBe(2);
  });

  it('refuses a declared oversized body before reading it', async () => {
    const { request } = await import('node:http');
    const reply = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/import.run',
          agent: false,
          headers: {
            authorization: `Bearer ${TEST_TOKEN}`,
            'content-type': 'application/json',
            'content-length': String(10 * 1024 * 1024),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      // Only the start of the promised 10 MiB is ever sent: the answer must not wait for the rest.
      req.write('{"files":[');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  }, 5000);

  it('answers 404 for a method the contract does not have', async () => {
    for (const name of ['nope', 'sites.drop', '__proto__', 'constructor', 'toString', '']) {
      const reply = await callApi(port, name, {});
      expect(reply.status, name).toBe(404);
      expect(errorOf(reply).code).toBe('NOT_FOUND');
    }
  });

  it('refuses invalid input with 400 and names the field', async () => {
    const reply = await callApi(port, 'sites.get', { site: 42 });
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('site');
    expect(error.details).toMatchObject({ issues: [{ path: ['site'] }] });

    const nested = await callApi(port, 'import.run', { files: [{ name: 'a.txt' }] });
    expect(nested.status).toBe(400);
    expect(errorOf(nested).message).toContain('files.0.content');
  });

  it('maps the core NOT_FOUND to 404', async () => {
    const reply = await callApi(port, 'cookies.reveal', {
      domain: 'never-imported.example.net',
      path: '/',
      name: 'x',
    });
    expect(reply.status, reply.text).toBe(404);
    expect(errorOf(reply).code).toBe('NOT_FOUND');
  });

  it('reveals a value only through an authorized POST', async () => {
    const key = { domain: SITE, path: '/', name: 'sid' };
    const refused = await callApi(port, 'cookies.reveal', key, { authorization: undefined });
    expect(refused.status).toBe(401);
    expect(refused.text).not.toContain('value-0-secret');
    const reply = await callApi(port, 'cookies.reveal', key);
    expect(reply.status, reply.text).toBe(200);
    expect(valueOf<{ value: string }>(reply).value).toBe('value-0-secret');
  });

  it('deletes a site by POST with the token, and not before', async () => {
    const reply = await callApi(port, 'sites.delete', { site: SITE });
    expect(reply.status, reply.text).toBe(200);
    expect(valueOf<{ removed: number }>(reply).removed).toBe(2);
    expect(await cookieCount(port)).toBe(0);
  });
});

describe('errors from the core', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture({
      wrapApi: (api) => ({
        ...api,
        'app.info': async () => {
          throw new Error('disk exploded at /secret/path');
        },
        'sites.list': async () => {
          throw new CrumbsError('LOCKED', 'Another Crumbs holds the data directory.');
        },
      }),
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('turns an unexpected error into 500 INTERNAL without its message or stack, and logs it', async () => {
    const reply = await callApi(fx.server.port, 'app.info', {});
    expect(reply.status).toBe(500);
    expect(errorOf(reply).code).toBe('INTERNAL');
    expect(reply.text).not.toContain('disk exploded');
    expect(reply.text).not.toContain('/secret/path');
    expect(reply.text).not.toMatch(/Error:|\n\s+at /);
    expect(fx.logs.join('\n')).toContain('disk exploded at /secret/path');
  });

  it('keeps a CrumbsError code and maps it to its status', async () => {
    const reply = await callApi(fx.server.port, 'sites.list', {});
    expect(reply.status).toBe(409);
    expect(errorOf(reply)).toEqual({ code: 'LOCKED', message: 'Another Crumbs holds the data directory.' });
  });
});
