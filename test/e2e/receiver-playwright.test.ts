// Proof against the real receiver: a storageState written by the 'playwright' writer is loaded by
// Playwright (playwright-core driving Debian Chromium) with browser.newContext({ storageState }), and a
// local server and the page itself see exactly the cookies and localStorage entries that were written.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CookieData } from '../../shared/model';
import type { WriteData } from '../../electron/core/formats/plugin';
import { cdpWriter } from '../../electron/core/formats/json/cdp';
import { playwrightWriter } from '../../electron/core/formats/json/playwright-write';
import { CHROMIUM } from './built';

const NOW_SEC = Math.floor(Date.now() / 1000);
const TOMORROW = NOW_SEC + 86_400;

// Names under .test resolve to the test server: the only way to show Chromium honouring host-only
// against domain cookies, and Secure over plain http, which loopback addresses do not show (Chromium
// treats http://127.0.0.1 as a secure context and sends Secure cookies to it).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP *.crumbs.test 127.0.0.1, MAP crumbs.test 127.0.0.1',
];

function cookie(fields: Partial<CookieData> & Pick<CookieData, 'name' | 'value' | 'domain'>): CookieData {
  return {
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: 'lax',
    ...fields,
  };
}

// The page shows what it can read itself; the server keeps the Cookie header of every request.
const PAGE = `<!doctype html><meta charset="utf-8"><title>receiver</title><pre id="seen"></pre>
<script>
  const storage = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    storage[key] = localStorage.getItem(key);
  }
  document.getElementById('seen').textContent = JSON.stringify({ cookie: document.cookie, storage });
</script>`;

interface Seen {
  cookie: string;
  storage: Record<string, string>;
}

let server: Server;
let port: number;
const received: { host: string; path: string; cookie: string | undefined }[] = [];
let browser: Browser;
let context: BrowserContext;
let page: Page;
let data: WriteData;
let lost: { where: string; reason: string }[];

async function visit(url: string): Promise<{ seen: Seen; header: string | undefined }> {
  const before = received.length;
  await page.goto(url);
  const seen = JSON.parse((await page.textContent('#seen')) ?? '') as Seen;
  const path = new URL(url).pathname;
  const request = received.slice(before).find((r) => r.path === path);
  return { seen, header: request?.cookie };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push({ host: req.headers.host ?? '', path: req.url ?? '', cookie: req.headers.cookie });
    if (req.url === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;

  data = {
    cookies: [
      // SameSite unspecified: written as Lax, and reported.
      cookie({ name: 'plain', value: '1', sameSite: null, domain: '127.0.0.1' }),
      cookie({ name: 'prefs', value: 'dark%20mode', domain: '127.0.0.1', expires: TOMORROW }),
      cookie({
        name: 'secret',
        value: 's3cr3t',
        domain: '127.0.0.1',
        httpOnly: true,
        sameSite: 'strict',
        expires: TOMORROW,
      }),
      cookie({ name: 'scoped', value: '3', domain: '127.0.0.1', path: '/app' }),
      cookie({ name: 'loopsec', value: '4', domain: '127.0.0.1', secure: true }),
      // Reported lost: Chromium refuses SameSite=None without Secure.
      cookie({ name: 'nonesec', value: '5', domain: '127.0.0.1', sameSite: 'none' }),
      cookie({ name: 'wide', value: 'w', domain: 'crumbs.test', hostOnly: false }),
      cookie({ name: 'narrow', value: 'n', domain: 'crumbs.test' }),
      cookie({ name: 'tls', value: 't', domain: 'www.crumbs.test', secure: true }),
    ],
    storage: [
      { origin: `http://127.0.0.1:${port}`, name: 'consent', value: '{"ads":false,"stats":true}' },
      { origin: `http://127.0.0.1:${port}`, name: 'läng', value: 'fr-FR ✓' },
    ],
  };
  const written = playwrightWriter.write(data, { nowSec: NOW_SEC });
  lost = written.lost;

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  context = await browser.newContext({ storageState: JSON.parse(written.content) as never });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

describe('a Playwright storageState written by Crumbs, loaded by Playwright in Chromium', () => {
  it('reports exactly what it changed or the receiver will refuse', () => {
    expect(lost).toMatchObject([
      {
        where: 'cookie "plain" of 127.0.0.1/',
        reason: 'SameSite unspecified written as Lax (Playwright needs a value)',
      },
      {
        where: 'cookie "nonesec" of 127.0.0.1/',
        reason: 'SameSite=None without Secure: Chromium refuses to store it',
      },
    ]);
  });

  it('sends the server exactly the cookies for the path, HttpOnly included, longest path first', async () => {
    const root = await visit(`http://127.0.0.1:${port}/`);
    expect(root.header).toBe('plain=1; prefs=dark%20mode; secret=s3cr3t; loopsec=4');
    const app = await visit(`http://127.0.0.1:${port}/app/page`);
    expect(app.header).toBe('scoped=3; plain=1; prefs=dark%20mode; secret=s3cr3t; loopsec=4');
  });

  it('lets the page see the cookies that are not HttpOnly, and the localStorage entries of its origin', async () => {
    const root = await visit(`http://127.0.0.1:${port}/`);
    expect(root.seen.cookie).toBe('plain=1; prefs=dark%20mode; loopsec=4');
    expect(root.seen.storage).toEqual({ consent: '{"ads":false,"stats":true}', läng: 'fr-FR ✓' });
    const app = await visit(`http://127.0.0.1:${port}/app/page`);
    expect(app.seen.cookie).toBe('scoped=3; plain=1; prefs=dark%20mode; loopsec=4');
  });

  it('keeps host-only and domain cookies apart, and Secure cookies off plain http (non-loopback host)', async () => {
    const apex = await visit(`http://crumbs.test:${port}/`);
    expect(apex.header).toBe('wide=w; narrow=n');
    // "narrow" is host-only (no leading dot); "tls" is Secure and this is http.
    const www = await visit(`http://www.crumbs.test:${port}/`);
    expect(www.header).toBe('wide=w');
    expect(www.seen.cookie).toBe('wide=w');
    // localStorage belongs to its origin only.
    expect(www.seen.storage).toEqual({});
  });

  it('holds every written cookie but the one Chromium refuses, with the values and flags written', async () => {
    const held = await context.cookies();
    expect(held.map((c) => c.name).sort()).toEqual(
      data.cookies
        .map((c) => c.name)
        .filter((name) => name !== 'nonesec')
        .sort(),
    );
    const secret = held.find((c) => c.name === 'secret');
    expect(secret).toMatchObject({
      domain: '127.0.0.1',
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      value: 's3cr3t',
    });
    expect(secret?.expires).toBe(TOMORROW);
    expect(held.find((c) => c.name === 'plain')).toMatchObject({ expires: -1, sameSite: 'Lax' });
    expect(held.find((c) => c.name === 'wide')?.domain).toBe('.crumbs.test');
    expect(held.find((c) => c.name === 'narrow')?.domain).toBe('crumbs.test');
  });
});

describe('the same cookies written by the cdp writer, given to Chromium by Network.setCookies', () => {
  it('are accepted as they are and sent back the same way', async () => {
    const fresh = await browser.newContext();
    try {
      const cdpPage = await fresh.newPage();
      const session = await fresh.newCDPSession(cdpPage);
      const { content } = cdpWriter.write({ cookies: data.cookies, storage: [] }, { nowSec: NOW_SEC });
      await session.send('Network.setCookies', { cookies: JSON.parse(content) as never });
      const held = await fresh.cookies();
      // "plain" is written with no sameSite at all (unspecified); "nonesec" is the one Chromium refuses.
      expect(held.map((c) => c.name).sort()).toEqual(
        data.cookies
          .map((c) => c.name)
          .filter((name) => name !== 'nonesec')
          .sort(),
      );
      await cdpPage.goto(`http://127.0.0.1:${port}/app/page`);
      const app = received.findLast((r) => r.path === '/app/page');
      expect(app?.cookie).toBe('scoped=3; plain=1; prefs=dark%20mode; secret=s3cr3t; loopsec=4');
      await cdpPage.goto(`http://www.crumbs.test:${port}/`);
      expect(received.findLast((r) => r.host.startsWith('www.crumbs.test'))?.cookie).toBe('wide=w');
    } finally {
      await fresh.close();
    }
  });
});
