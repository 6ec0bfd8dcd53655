// The events stream of browser mode: token required, JSON lines, the real core's import progress.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { startServer } from '../../electron/server';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

let stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops = [];
});

async function setUp(): Promise<{ core: Core; origin: string; token: string }> {
  const t = tempDir();
  stops.push(t.cleanup);
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const core = await openCore({ dataDir: join(t.dir, 'data') });
  stops.push(() => core.close());
  const server = await startServer({ api: core.api, events: core.events, rendererDir, log: () => undefined });
  stops.push(() => server.close());
  return { core, origin: server.origin, token: server.token };
}

const post = (origin: string, path: string, token: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

describe('browser-mode events', () => {
  it('refuses the stream without the token', async () => {
    const { origin } = await setUp();
    const res = await post(origin, '/api/_events', 'wrong', {});
    expect(res.status).toBe(401);
  });

  it('streams import progress as JSON lines while an import runs', async () => {
    const { origin, token } = await setUp();
    const abort = new AbortController();
    const stream = await post(origin, '/api/_events', token, {}, abort.signal);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('application/x-ndjson');
    expect(stream.headers.get('access-control-allow-origin')).toBeNull();
    const reader = stream.body!.getReader();
    const lines = Array.from({ length: 11_000 }, (_, i) =>
      netscapeLine({ domain: `s${i % 50}.example.org`, name: `c${i}`, value: 'v', expires: inDays(3) }),
    );
    const imported = post(origin, '/api/import.run', token, {
      files: [{ name: 'big.txt', content: lines.join('\n') }],
    });
    const messages: { name: string; payload: { phase: string } }[] = [];
    let buffer = '';
    while (!messages.some((m) => m.payload.phase === 'saving')) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += new TextDecoder().decode(value);
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) messages.push(JSON.parse(line));
    }
    expect((await imported).status).toBe(200);
    abort.abort();
    const progress = messages.filter((m) => m.name === 'import.progress');
    expect(progress.map((m) => m.payload.phase)).toEqual(['reading', 'checking', 'checking', 'saving']);
  });
});
