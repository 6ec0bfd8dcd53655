// Browser mode listens on this computer only, on an IP it chose itself, with a fresh token per launch.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { startServer } from '../../electron/server';
import { CrumbsError } from '../../shared/errors';
import { callApi, send } from './helpers';

let root: string;
let core: Core;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'crumbs-loopback-'));
  core = await openCore({ dataDir: join(root, 'data') });
});
afterAll(async () => {
  await core?.close();
  await rm(root, { recursive: true, force: true });
});

function externalAddress(): { address: string; family: 'IPv4' | 'IPv6' } | null {
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  const v4 = all.find((a) => !a.internal && a.family === 'IPv4');
  if (v4) return { address: v4.address, family: 'IPv4' };
  const v6 = all.find(
    (a) => !a.internal && a.family === 'IPv6' && !a.address.toLowerCase().startsWith('fe80'),
  );
  return v6 ? { address: v6.address, family: 'IPv6' } : null;
}

function tryConnect(host: string, port: number): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

async function expectRefused(host: string): Promise<void> {
  const attempt = startServer({ api: core.api, rendererDir: root, host, port: 0 });
  await expect(attempt, host).rejects.toBeInstanceOf(CrumbsError);
  await expect(attempt, host).rejects.toMatchObject({
    code: 'VALIDATION',
    message: expect.stringMatching(/127\.0\.0\.1/),
  });
}

describe('startServer', () => {
  it('refuses every non-loopback host before listening', async () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '[::]',
      '192.168.1.10',
      '10.0.0.1',
      'example.com',
      '127.0.0.1.evil.example',
      '',
      '127.1',
      '::ffff:192.168.1.10',
    ]) {
      await expectRefused(host);
    }
    const external = externalAddress();
    if (external) await expectRefused(external.address);
  });

  it('binds 127.0.0.1 by default and on localhost, and gives the token only in the fragment', async () => {
    for (const host of [undefined, 'localhost', 'LOCALHOST']) {
      const server = await startServer({ api: core.api, rendererDir: root, host, log: () => undefined });
      try {
        expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
        expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
        expect(server.token).toMatch(/^[0-9a-f]{64}$/);
        const reply = await callApi(server.port, 'app.info', {}, { authorization: `Bearer ${server.token}` });
        expect(reply.status).toBe(200);
      } finally {
        await server.close();
      }
    }
  });

  it('draws a new token at every launch', async () => {
    const a = await startServer({ api: core.api, rendererDir: root });
    const b = await startServer({ api: core.api, rendererDir: root });
    try {
      expect(a.token).not.toBe(b.token);
      expect(a.port).not.toBe(b.port);
      const crossed = await callApi(a.port, 'app.info', {}, { authorization: `Bearer ${b.token}` });
      expect(crossed.status).toBe(401);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("listens on loopback only: the machine's other address refuses the connection", async () => {
    const server = await startServer({ api: core.api, rendererDir: root });
    try {
      expect(await tryConnect('127.0.0.1', server.port)).toBe('connected');
      const external = externalAddress();
      if (!external) {
        console.warn('no non-loopback interface on this machine: the external connection check was skipped');
        return;
      }
      const outcome = await tryConnect(external.address, server.port);
      expect(outcome, `${external.address}:${server.port}`).toBe('ECONNREFUSED');
    } finally {
      await server.close();
    }
  });

  it('listens on ::1 when asked, with a bracketed origin', async () => {
    let server;
    try {
      server = await startServer({ api: core.api, rendererDir: root, host: '::1' });
    } catch (err) {
      // Some containers have no IPv6 loopback; that is the machine's limit, not ours.
      expect((err as NodeJS.ErrnoException).code).toBe('EADDRNOTAVAIL');
      return;
    }
    try {
      expect(server.origin).toBe(`http://[::1]:${server.port}`);
      const reply = await callApi(
        server.port,
        'app.info',
        {},
        {
          authorization: `Bearer ${server.token}`,
          host: `[::1]:${server.port}`,
        },
      ).catch(() => null);
      // The helper connects over IPv4, which ::1 does not listen on.
      expect(reply).toBeNull();
      const v6 = await send(server.port, {
        connectHost: '::1',
        path: '/',
        headers: { host: `[::1]:${server.port}` },
      });
      expect(v6.status).toBe(404);
      const v4name = await send(server.port, {
        connectHost: '::1',
        path: '/',
        headers: { host: `127.0.0.1:${server.port}` },
      });
      expect(v4name.status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('reports a port already in use clearly', async () => {
    const first = await startServer({ api: core.api, rendererDir: root });
    try {
      await expect(startServer({ api: core.api, rendererDir: root, port: first.port })).rejects.toMatchObject(
        {
          code: 'VALIDATION',
          message: expect.stringContaining('already in use'),
        },
      );
    } finally {
      await first.close();
    }
  });

  it('refuses a bad port or a weak given token', async () => {
    for (const port of [-1, 65536, 1.5, Number.NaN]) {
      await expect(startServer({ api: core.api, rendererDir: root, port })).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }
    for (const token of ['', 'short', 'has spaces in it, sixteen+']) {
      await expect(startServer({ api: core.api, rendererDir: root, token })).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }
  });

  it('stops answering after close', async () => {
    const server = await startServer({ api: core.api, rendererDir: root });
    await server.close();
    await server.close();
    expect(await tryConnect('127.0.0.1', server.port)).toBe('ECONNREFUSED');
  });
});
