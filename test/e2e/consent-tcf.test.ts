// Proof against the real IAB libraries in Chromium: a page whose CMP is the real @iabtechlabtcf/cmpapi
// (CmpApi, served as ES modules from node_modules) reads the euconsent-v2 cookie Crumbs encoded, and the
// page's own __tcfapi reports exactly the purposes and vendors of the profile, with no banner. The
// reverse: a choice clicked in the page's banner is encoded by the real @iabtechlabtcf/core, stored as a
// cookie, read back from the browser and decoded by Crumbs into what __tcfapi itself reports.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Choices, ConsentTarget } from '../../shared/consent';
import type { StoredState } from '../../electron/core/consent/adapter';
import { tcfAdapter } from '../../electron/core/consent/cmps/tcf';
import { didomiAdapter } from '../../electron/core/consent/cmps/didomi';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './built';
import { storageStateOf, storedIn } from './consent-open-source';

const FIXTURES = resolve(ROOT, 'test/fixtures/consent/tcf');
const MODULES = resolve(ROOT, 'node_modules/@iabtechlabtcf');
const GVL = JSON.parse(readFileSync(resolve(FIXTURES, 'vendor-list.json'), 'utf8')) as unknown;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

const NECESSARY_ONLY: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};
const STATS_ONLY: Choices = { ...NECESSARY_ONLY, statistics: true };
const ACCEPT_ALL: Choices = {
  necessary: true,
  preferences: true,
  statistics: true,
  marketing: true,
  social: true,
};

interface TcData {
  tcString?: string;
  eventStatus: string;
  cmpStatus: string;
  gdprApplies: boolean;
  isServiceSpecific?: boolean;
  publisherCC?: string;
  addtlConsent?: string;
  purpose?: { consents: Record<string, boolean>; legitimateInterests: Record<string, boolean> };
  vendor?: {
    consents: Record<string, boolean>;
    legitimateInterests: Record<string, boolean>;
    disclosedVendors: Record<string, boolean>;
  };
  specialFeatureOptins?: Record<string, boolean>;
}

interface TcfWindow {
  cmpReady?: boolean;
  __tcfapi(command: string, version: number, callback: (data: TcData, success: boolean) => void): void;
}

/** The ids a CmpApi boolean map says yes to. */
const yes = (map: Record<string, boolean> | undefined) =>
  Object.entries(map ?? {})
    .filter(([, v]) => v)
    .map(([k]) => Number(k));

let server: Server;
let browser: Browser;
let port: number;
let target: ConsentTarget;

function fileFor(urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  const lib = /^\/lib\/@iabtechlabtcf\/(core|cmpapi)\/(lib\/mjs\/.+\.js)$/.exec(path);
  const [base, rest] = lib
    ? [resolve(MODULES, lib[1]!), lib[2]!]
    : [FIXTURES, path === '/' ? 'index.html' : path.slice(1)];
  const file = resolve(base, rest);
  return file.startsWith(base + sep) ? file : null;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = fileFor(req.url ?? '/');
    if (file === null) return void res.writeHead(404).end();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  target = { host: 'www.example.test', site: 'example.test', origin: `http://www.example.test:${port}` };
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

/** Opens the page with `state` and asks the page's own CMP API, as a vendor script would. */
async function visit(state: StoredState | null, host = 'www.example.test') {
  const context = await browser.newContext(state ? storageStateOf(state) : {});
  const page = await context.newPage();
  await page.goto(`http://${host}:${port}/`);
  await page.waitForFunction(() => (window as unknown as TcfWindow).cmpReady === true);
  return { context, page, tcData: await tcData(page), banner: await page.isVisible('#banner') };
}

function tcData(page: Page): Promise<TcData> {
  return page.evaluate(
    () =>
      new Promise<TcData>((done) =>
        (window as unknown as TcfWindow).__tcfapi('addEventListener', 2, (data) =>
          done(JSON.parse(JSON.stringify(data)) as TcData),
        ),
      ),
  );
}

const tcfOptions = tcfAdapter.options.parse({ vendorList: GVL, acVendors: [89, 70] });

// Expected from the fixture's vendor list: a vendor has consent when every purpose it asks is allowed.
const PROFILES = [
  {
    name: 'necessary only',
    choices: NECESSARY_ONLY,
    purposes: [],
    li: [],
    vendors: [],
    vendorLi: [52],
    features: [],
    ac: '2~~dv.70.89',
  },
  {
    name: 'statistics only',
    choices: STATS_ONLY,
    purposes: [1, 7, 8, 9, 10],
    li: [7, 8, 9, 10],
    vendors: [2, 300],
    vendorLi: [2, 10, 52],
    features: [],
    ac: '2~~dv.70.89',
  },
  {
    name: 'accept all',
    choices: ACCEPT_ALL,
    purposes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    li: [2, 7, 8, 9, 10, 11],
    vendors: [2, 10, 25, 300],
    vendorLi: [2, 10, 25, 52],
    features: [1, 2],
    ac: '2~70.89~dv.',
  },
];

describe('a TC string Crumbs encoded, read by the real CmpApi in Chromium', () => {
  it('without one, the page shows its banner and CmpApi says the UI is shown', async () => {
    const { context, tcData: data, banner } = await visit(null);
    expect(banner).toBe(true);
    expect(data.eventStatus).toBe('cmpuishown');
    await context.close();
  });

  for (const profile of PROFILES) {
    it(`${profile.name}: __tcfapi reports exactly the profile's purposes and vendors, and no banner`, async () => {
      const state = tcfAdapter.encode(profile.choices, tcfOptions, { target, now: new Date(), gpc: false });
      const { context, tcData: data, banner } = await visit(state);
      expect(banner).toBe(false);
      expect(data.eventStatus).toBe('tcloaded');
      expect(data.cmpStatus).toBe('loaded');
      expect(data.gdprApplies).toBe(true);
      expect(data.tcString).toBe(state.cookies.find((c) => c.name === 'euconsent-v2')?.value);
      expect(data.isServiceSpecific).toBe(true);
      expect(data.publisherCC).toBe('FR');
      expect(yes(data.purpose?.consents)).toEqual(profile.purposes);
      expect(yes(data.purpose?.legitimateInterests)).toEqual(profile.li);
      expect(yes(data.vendor?.consents)).toEqual(profile.vendors);
      expect(yes(data.vendor?.legitimateInterests)).toEqual(profile.vendorLi);
      expect(yes(data.vendor?.disclosedVendors)).toEqual([2, 10, 25, 52, 300]);
      expect(yes(data.specialFeatureOptins)).toEqual(profile.features);
      expect(data.addtlConsent).toBe(profile.ac);
      await context.close();
    });
  }

  it('the cookie is scoped to the base domain: the apex host reads the same string', async () => {
    const state = tcfAdapter.encode(STATS_ONLY, tcfOptions, { target, now: new Date(), gpc: false });
    const { context, tcData: data, banner } = await visit(state, 'example.test');
    expect(banner).toBe(false);
    expect(yes(data.purpose?.consents)).toEqual([1, 7, 8, 9, 10]);
    await context.close();
  });

  it('a Domain that does not cover the page brings the banner back (and Crumbs said so)', async () => {
    const options = tcfAdapter.options.parse({ vendorList: GVL, domain: 'other.test' });
    const state = tcfAdapter.encode(STATS_ONLY, options, { target, now: new Date(), gpc: false });
    expect(state.notes).toContain(
      'domain other.test does not cover host www.example.test: a browser would refuse the cookie on that page',
    );
    const { context, tcData: data, banner } = await visit(state);
    expect(banner).toBe(true);
    expect(data.eventStatus).toBe('cmpuishown');
    await context.close();
  });

  it('a purposes-only string (no vendor list) is taken as such: purposes, no vendors', async () => {
    const options = tcfAdapter.options.parse({});
    const state = tcfAdapter.encode(STATS_ONLY, options, { target, now: new Date(), gpc: false });
    const { context, tcData: data } = await visit(state);
    expect(data.eventStatus).toBe('tcloaded');
    expect(yes(data.purpose?.consents)).toEqual([1, 7, 8, 9, 10]);
    expect(yes(data.vendor?.consents)).toEqual([]);
    expect(data.addtlConsent).toBeUndefined();
    await context.close();
  });

  it("Didomi's euconsent-v2 (written beside didomi_token) is read the same way", async () => {
    const options = didomiAdapter.options.parse({ vendorList: GVL });
    const state = didomiAdapter.encode(STATS_ONLY, options, { target, now: new Date(), gpc: false });
    const { context, tcData: data, banner } = await visit(state);
    expect(banner).toBe(false);
    expect(yes(data.purpose?.consents)).toEqual([1, 7, 8, 9, 10]);
    expect(yes(data.vendor?.consents)).toEqual([2, 300]);
    await context.close();
  });
});

describe('a choice made in the page, decoded by Crumbs', () => {
  for (const [button, statistics, marketing] of [
    ['#statistics-only', true, false],
    ['#reject-all', false, false],
    ['#accept-all', true, true],
  ] as const) {
    it(`${button}: Crumbs reads what __tcfapi reports, from a cookie scoped as Crumbs writes it`, async () => {
      const { context, page } = await visit(null);
      await page.click(button);
      await expect.poll(() => page.isVisible('#banner')).toBe(false);
      const data = await tcData(page);
      expect(data.eventStatus).toBe('useractioncomplete');
      const stored = await storedIn(context);
      const reading = tcfAdapter.decode(stored, tcfOptions);
      expect(reading?.categories).toEqual({
        necessary: true,
        preferences: null,
        statistics,
        marketing,
        social: null,
      });
      const services = reading?.services ?? {};
      const purposes = Object.keys(services).filter((k) => k.startsWith('purpose:') && services[k]);
      expect(purposes.map((k) => Number(k.slice(8)))).toEqual(yes(data.purpose?.consents));
      const vendors = Object.keys(services).filter((k) => k.startsWith('vendor:') && services[k]);
      expect(vendors.map((k) => Number(k.slice(7)))).toEqual(yes(data.vendor?.consents));
      const cookie = stored.cookies.find((c) => c.name === 'euconsent-v2');
      const ours = tcfAdapter.encode(ACCEPT_ALL, tcfOptions, { target, now: new Date(), gpc: false })
        .cookies[0];
      expect({ domain: cookie?.domain, hostOnly: cookie?.hostOnly, path: cookie?.path }).toEqual({
        domain: ours?.domain,
        hostOnly: ours?.hostOnly,
        path: ours?.path,
      });
      await context.close();
    });
  }
});
