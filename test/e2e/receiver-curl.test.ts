// The receiver proof for cookies.txt and the Cookie header: real curl reads a cookies.txt written by
// serializeNetscape and sends a Cookie header to a local server; that header must be exactly the one
// Crumbs predicts (cookiesForUrl + the 'header' writer). curl's own jar (-c) must read back as the same
// cookies, and the 'curl' writer's command, run by a real shell, must send the same header too.
//
// Ordering: curl and RFC 6265 §5.4 agree that longer paths go first. Between equal path lengths they
// differ: the RFC (and tough-cookie, and Crumbs) put earlier-created cookies first; curl sorts by domain
// length, then name length, then puts the most recently loaded first (lib/cookie.c cookie_sort). So the
// first test gives every sent cookie its own path length and compares the header byte for byte; the
// second compares cookies of equal path lengths as a set within each path length.
import { execFile, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CookieData } from '../../shared/model';
import { parseNetscape, serializeNetscape } from '../../electron/core/formats/netscape';
import { cookiesForUrl } from '../../electron/core/formats/text';
import { curlWriter, headerWriter } from '../../electron/core/formats/text/writers';
import { tempDir } from '../helpers/temp';

const run = promisify(execFile);
const HOST = '127.0.0.1';
const now = (): number => Math.floor(Date.now() / 1000);

function local(fields: Partial<CookieData> & Pick<CookieData, 'name' | 'value'>): CookieData {
  return {
    domain: HOST,
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
    ...fields,
  };
}

const received: (string | undefined)[] = [];
let server: Server;
let port = 0;
let cleanups: (() => void)[] = [];

beforeAll(async () => {
  const found = spawnSync('sh', ['-c', 'command -v curl'], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(
      'curl is not installed: this test proves that curl reads Crumbs\u2019 cookies.txt, so it needs curl ' +
        '(CI installs it; here run `apt-get install -y curl`). It is deliberately not skipped.',
    );
  }
  server = createServer((req, res) => {
    received.push(req.headers.cookie);
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
  received.length = 0;
});

function dir(): string {
  const t = tempDir('crumbs-curl-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** What Crumbs predicts curl sends: the 'header' writer's line without "Cookie: " and the line break. */
function predicted(cookies: CookieData[], url: string): string {
  const { content } = headerWriter.write({ cookies, storage: [] }, { url, nowSec: now() });
  return content.replace(/^Cookie: /, '').replace(/\n$/, '');
}

const sortKey = (c: CookieData): string => `${c.domain}\u0000${c.path}\u0000${c.name}`;
const byKey = (a: CookieData, b: CookieData): number => sortKey(a).localeCompare(sortKey(b));

describe('curl against a cookies.txt written by Crumbs', () => {
  it('sends exactly the Cookie header Crumbs predicts, and writes back the same cookies with -c', async () => {
    const t = now();
    const cookies = [
      local({ name: 'root', value: 'r1' }),
      local({ name: 'mid', value: 'x y "z"', path: '/a', expires: t + 30 * 86400, httpOnly: true }),
      // Secure over http://127.0.0.1: curl and tough-cookie both treat loopback as a secure context.
      local({ name: 'deep', value: 'd3', path: '/a/b', expires: t + 86400, secure: true }),
      local({ name: 'ipdomain', value: 'i4', path: '/a/', hostOnly: false }),
      local({ name: 'deeper', value: 'no', path: '/a/b/c' }),
      local({ name: 'sibling', value: 'no', path: '/ab' }),
      local({ name: 'old', value: 'no', expires: t - 3600 }),
      { ...local({ name: 'foreign', value: 'no' }), domain: 'example.com', hostOnly: false },
    ];
    const url = `http://${HOST}:${port}/a/b`;
    const { sent, notSent } = cookiesForUrl(cookies, url, t);
    expect(sent.map((c) => c.name)).toEqual(['deep', 'ipdomain', 'mid', 'root']);
    expect(notSent.map((n) => n.cookie.name)).toEqual(['deeper', 'sibling', 'old', 'foreign']);

    const d = dir();
    const jarIn = join(d, 'cookies.txt');
    const jarOut = join(d, 'out.txt');
    writeFileSync(jarIn, serializeNetscape(cookies, { now: t }));
    await run('curl', ['-s', '-b', jarIn, '-c', jarOut, url], { timeout: 15_000 });

    expect(received).toEqual([predicted(cookies, url)]);
    expect(received[0]).toBe('deep=d3; ipdomain=i4; mid=x y "z"; root=r1');

    const back = parseNetscape(readFileSync(jarOut, 'utf8'), 'out.txt');
    expect(back.problems).toEqual([]);
    // curl drops the expired cookie on load and keeps every other one, session cookies included.
    const live = cookies.filter((c) => c.name !== 'old');
    expect(back.entries.map((e) => e.cookie).sort(byKey)).toEqual([...live].sort(byKey));
  });

  it('agrees on cookies and path order when paths have equal lengths (ties ordered differently, see top)', async () => {
    const cookies = [
      local({ name: 'x', value: '1' }),
      local({ name: 'yy', value: '2' }),
      local({ name: 'w', value: '3' }),
      local({ name: 'p', value: '4', path: '/a' }),
      local({ name: 'longer', value: '5', path: '/a' }),
      local({ name: 'q', value: '6', path: '/b' }),
    ];
    const url = `http://${HOST}:${port}/a/b`;
    const d = dir();
    const jarIn = join(d, 'cookies.txt');
    writeFileSync(jarIn, serializeNetscape(cookies, { now: now() }));
    await run('curl', ['-s', '-b', jarIn, url], { timeout: 15_000 });

    const pathLength = new Map(cookies.map((c) => [`${c.name}=${c.value}`, c.path.length]));
    const groups = (header: string): [number, string[]][] => {
      const out: [number, string[]][] = [];
      for (const pair of header.split('; ')) {
        const length = pathLength.get(pair) ?? -1;
        const last = out[out.length - 1];
        if (last && last[0] === length) last[1].push(pair);
        else out.push([length, [pair]]);
      }
      return out.map(([length, pairs]) => [length, pairs.sort()]);
    };
    expect(received).toHaveLength(1);
    const ours = predicted(cookies, url);
    expect(ours).toBe('p=4; longer=5; x=1; yy=2; w=3');
    expect(groups(received[0] ?? '')).toEqual(groups(ours));
    expect(groups(ours)).toEqual([
      [2, ['longer=5', 'p=4']],
      [1, ['w=3', 'x=1', 'yy=2']],
    ]);
  });

  it('runs the curl writer\u2019s command in a real shell and the server gets the predicted header', async () => {
    const cookies = [
      local({ name: 'quote', value: "it's" }),
      local({ name: 'shell', value: '$(echo no)`echo no`$HOME' }),
      local({ name: 'spaced', value: 'a b', path: '/a' }),
    ];
    const url = `http://${HOST}:${port}/a/b`;
    const { content, lost } = curlWriter.write({ cookies, storage: [] }, { url, nowSec: now() });
    expect(lost).toEqual([]);
    await run('sh', ['-c', content.replace(/^curl /, 'curl -s ')], { timeout: 15_000 });
    expect(received).toEqual([predicted(cookies, url)]);
    expect(received[0]).toBe("spaced=a b; quote=it's; shell=$(echo no)`echo no`$HOME");
  });
});
