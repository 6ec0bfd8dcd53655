// The closed platforms (OneTrust, Cookiebot, CookieYes, Complianz, Axeptio, Usercentrics, Opendatasoft) have no
// library to run, so this proves what a real Chromium does with their encoded states: the storageState the
// project's Playwright writer makes is taken as is, the page reads every value byte for byte (document.cookie,
// localStorage), the domain scope reaches (or does not reach) a sibling subdomain as the platform's does, and
// what the browser stores decodes back to the choices. Hosts *.example.test resolve to a local server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Choices, ConsentTarget } from '../../shared/consent';
import type { CmpAdapter, StoredState } from '../../electron/core/consent/adapter';
import { axeptio } from '../../electron/core/consent/cmps/axeptio';
import { complianz } from '../../electron/core/consent/cmps/complianz';
import { cookiebot } from '../../electron/core/consent/cmps/cookiebot';
import { cookieyes } from '../../electron/core/consent/cmps/cookieyes';
import { onetrust } from '../../electron/core/consent/cmps/onetrust';
import { opendatasoft } from '../../electron/core/consent/cmps/opendatasoft';
import { usercentrics } from '../../electron/core/consent/cmps/usercentrics';
import { makeInput } from '../../electron/core/formats/input';
import { readStorageState } from '../../electron/core/formats/json/playwright';
import { playwrightWriter } from '../../electron/core/formats/json/playwright-write';
import { CHROMIUM, CHROMIUM_ARGS } from './built';

let server: Server;
let browser: Browser;
let port = 0;
let target: ConsentTarget;

beforeAll(async () => {
  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>site</title>'),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  target = { host: 'www.example.test', site: 'example.test', origin: `http://www.example.test:${port}` };
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server.close(() => done()));
});

const SOME: Choices = {
  necessary: true,
  preferences: true,
  statistics: false,
  marketing: true,
  social: true,
};
const NONE: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};

async function visit(state: StoredState, host = 'www.example.test') {
  const { content } = playwrightWriter.write(
    { cookies: state.cookies, storage: state.storage },
    { nowSec: Math.floor(Date.now() / 1000) },
  );
  const context = await browser.newContext({ storageState: JSON.parse(content) as never });
  const page = await context.newPage();
  await page.goto(`http://${host}:${port}/`);
  const seen = await page.evaluate(() => ({
    cookie: document.cookie,
    storage: Object.fromEntries(Object.entries(localStorage)),
  }));
  const text = JSON.stringify(await context.storageState());
  const read = readStorageState(makeInput('state.json', new TextEncoder().encode(text)));
  await context.close();
  return {
    seen,
    stored: { cookies: read.cookies.map((e) => e.cookie), storage: read.storage.map((s) => s.entry) },
  };
}

/** Two choice sets through the browser: every value read back byte for byte, and the stored state decoded. */
async function throughBrowser<O>(adapter: CmpAdapter<O>, raw: unknown): Promise<void> {
  const options = adapter.options.parse(raw);
  for (const choices of [SOME, NONE]) {
    const state = adapter.encode(choices, options, { target, now: new Date(), gpc: false });
    const { seen, stored } = await visit({ cookies: state.cookies, storage: state.storage });
    const jar = new Map(
      seen.cookie
        .split('; ')
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
    );
    for (const c of state.cookies) expect(jar.get(c.name), c.name).toBe(c.value);
    for (const e of state.storage) expect(seen.storage[e.name], e.name).toBe(e.value);
    expect(adapter.decode(stored, options)?.categories).toEqual(choices);
  }
}

// Each adapter with options that give every category a platform id, so the choices survive unchanged.
const CASES: Array<[string, () => Promise<void>]> = [
  ['onetrust', () => throughBrowser(onetrust, {})],
  ['cookiebot', () => throughBrowser(cookiebot, {})],
  ['cookieyes', () => throughBrowser(cookieyes, { lastRenewedDate: 1734509533000 })],
  [
    'complianz',
    () =>
      throughBrowser(complianz, {
        policyId: 12,
        services: { youtube: 'marketing', 'google-maps': 'preferences' },
      }),
  ],
  [
    'axeptio',
    () =>
      throughBrowser(axeptio, {
        services: {
          google_analytics: 'statistics',
          'Google Ads': 'marketing',
          youtube: 'social',
          crisp: 'preferences',
        },
      }),
  ],
  [
    'usercentrics',
    () =>
      throughBrowser(usercentrics, {
        services: {
          HkocEodjb7: 'statistics',
          S1_9Vsuj: 'marketing',
          BJz7qNsdj: 'social',
          Hko_qNsui: 'preferences',
        },
        settingsId: 'aB3dE5fG7',
      }),
  ],
  [
    'opendatasoft',
    () =>
      throughBrowser(opendatasoft, {
        trackers: { matomo: 'statistics', youtube: 'social', xiti: 'marketing', prefs: 'preferences' },
      }),
  ],
];

describe('closed platforms in Chromium', () => {
  it.each(CASES)('%s: the browser serves the values as written, and they decode back', (_id, run) => run());

  it('scopes OneTrust to the registrable domain and Cookiebot to the host', async () => {
    const ot = onetrust.encode(SOME, onetrust.options.parse({}), { target, now: new Date(), gpc: false });
    const cb = cookiebot.encode(SOME, cookiebot.options.parse({}), { target, now: new Date(), gpc: false });
    const { seen } = await visit(
      { cookies: [...ot.cookies, ...cb.cookies], storage: [] },
      'shop.example.test',
    );
    expect(seen.cookie).toContain('OptanonConsent=');
    expect(seen.cookie).toContain('OptanonAlertBoxClosed=');
    expect(seen.cookie).not.toContain('CookieConsent=');
  });
});
