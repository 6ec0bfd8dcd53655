// What the browser proofs against the open-source consent platforms share: a node:http server on 127.0.0.1
// serving the fixture pages (test/fixtures/consent/<id>/) and the libraries' real dist files straight from
// node_modules, a Chromium that resolves *.example.test to that server (so Domain attributes behave as on a
// real site), and the two conversions: an encoded ConsentState → storageState (through the project's own
// Playwright writer, as `crumbs consent encode --format playwright` does) and a context's storageState → the
// cookies and localStorage an adapter decodes (through the project's own storageState reader).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ConsentTarget } from '../../shared/consent';
import type { StoredState } from '../../electron/core/consent/adapter';
import { playwrightWriter } from '../../electron/core/formats/json/playwright-write';
import { readStorageState } from '../../electron/core/formats/json/playwright';
import { makeInput } from '../../electron/core/formats/input';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './built';

/** Only these packages are served, and only from inside their folders. */
const LIBRARIES = new Set(['klaro', 'orejime', 'tarteaucitronjs', 'vanilla-cookieconsent', 'cookieconsent']);
const FIXTURES = resolve(ROOT, 'test/fixtures/consent');
const MODULES = resolve(ROOT, 'node_modules');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export const HOST = 'www.example.test';

export interface Harness {
  browser: Browser;
  port: number;
  /** The page's host, registrable domain and origin, as `crumbs consent encode --url` would give them. */
  target: ConsentTarget;
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

function fileFor(urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  const lib = /^\/lib\/([^/]+)\/(.+)$/.exec(path);
  const [base, rest] = lib ? [resolve(MODULES, lib[1]!), lib[2]!] : [FIXTURES, path.slice(1)];
  if (lib && !LIBRARIES.has(lib[1]!)) return null;
  const file = resolve(base, rest);
  return file.startsWith(base + sep) ? file : null;
}

async function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = fileFor(req.url ?? '/');
    if (file === null) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

export async function startHarness(): Promise<Harness> {
  const server = await serve();
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1',
    ],
  });
  return {
    browser,
    port,
    target: { host: HOST, site: 'example.test', origin: `http://${HOST}:${port}` },
    url: (path, host = HOST) => `http://${host}:${port}${path}`,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The storageState Playwright takes, written by the project's own writer from what an adapter encoded. */
export function storageStateOf(state: StoredState): Parameters<Browser['newContext']>[0] & object {
  const { content } = playwrightWriter.write(
    { cookies: state.cookies, storage: state.storage },
    {
      nowSec: Math.floor(Date.now() / 1000),
    },
  );
  return { storageState: JSON.parse(content) as never };
}

/** A fresh context holding exactly `state`, and a page opened on `url` once the library has settled. */
export async function open(
  h: Harness,
  state: StoredState | null,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext(state ? storageStateOf(state) : {});
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** What the library left in the browser, read back through the project's storageState reader. */
export async function storedIn(context: BrowserContext): Promise<StoredState> {
  const text = JSON.stringify(await context.storageState());
  const read = readStorageState(makeInput('state.json', new TextEncoder().encode(text)));
  return { cookies: read.cookies.map((e) => e.cookie), storage: read.storage.map((s) => s.entry) };
}
