// Proof against the real tarteaucitron.js (node_modules/tarteaucitronjs, with its own lang, services and css
// files) in Chromium: a state Crumbs encoded is read by the library as exactly those choices
// (tarteaucitron.state) with no banner; "Accept all" / "Deny all" in its banner decode to those choices, in a
// cookie identical to Crumbs's; a service missing from the value is written `wait` and brings the banner back;
// and its substring lookup — which Crumbs warns about — is what the library really does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Choices } from '../../shared/consent';
import type { CookieData } from '../../shared/model';
import { tarteaucitron } from '../../electron/core/consent/cmps/tarteaucitron';
import { open, startHarness, storedIn, type Harness } from './consent-open-source';

const NECESSARY_ONLY: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};
const STATS_ONLY: Choices = { ...NECESSARY_ONLY, statistics: true };
const MARKETING_ONLY: Choices = { ...NECESSARY_ONLY, marketing: true };
const ACCEPT_ALL: Choices = {
  necessary: true,
  preferences: true,
  statistics: true,
  marketing: true,
  social: true,
};
// The page's job, in its order.
// Categories or, where the site's service type is known, that type (ads → marketing, video → social).
const SERVICES = {
  audience: 'statistics',
  heatmap: 'analytic',
  partneraudience: 'ads',
  videos: 'video',
} as const;
const options = tarteaucitron.options.parse({ services: SERVICES });

interface Seen {
  state: Record<string, boolean | null>;
  banner: boolean;
  cookie: string;
}

interface TacWindow {
  tacReady?: boolean;
  tarteaucitron: { state: Record<string, boolean | undefined> };
}

async function seen(page: Page): Promise<Seen> {
  await page.waitForFunction(() => (window as unknown as TacWindow).tacReady === true);
  return page.evaluate((keys) => {
    const tac = (window as unknown as TacWindow).tarteaucitron;
    const alert = document.getElementById('tarteaucitronAlertBig');
    return {
      state: Object.fromEntries(keys.map((k) => [k, tac.state[k] ?? null])),
      banner: alert !== null && getComputedStyle(alert).display !== 'none',
      cookie: document.cookie,
    };
  }, Object.keys(SERVICES));
}

function expected(c: Choices) {
  return { audience: c.statistics, heatmap: c.statistics, partneraudience: c.marketing, videos: c.social };
}

function encode(choices: Choices, o = options) {
  return tarteaucitron.encode(choices, o, { target: h.target, now: new Date(), gpc: false });
}

function expectSameCookie(actual: CookieData | undefined, wanted: CookieData | undefined): void {
  expect(actual).toBeDefined();
  expect({ ...actual!, expires: 0 }).toEqual({ ...wanted!, expires: 0 });
  expect(Math.abs(actual!.expires! - wanted!.expires!)).toBeLessThan(10);
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('tarteaucitron.js in Chromium', () => {
  it.each([
    ['necessary only', NECESSARY_ONLY],
    ['statistics only', STATS_ONLY],
    ['accept all', ACCEPT_ALL],
  ])('reads the encoded cookie as %s, with no banner', async (_name, choices) => {
    const state = encode(choices);
    const { context, page } = await open(h, state, h.url('/tarteaucitron/index.html'));
    const s = await seen(page);
    expect(s).toMatchObject({ state: expected(choices), banner: false });
    // Nothing was rewritten: every service had its answer.
    expect(s.cookie).toBe(`tarteaucitron=${state.cookies[0]!.value}`);
    await context.close();
  });

  it('writes a missing service as `wait` and shows its banner', async () => {
    const { videos: _dropped, ...three } = SERVICES;
    const state = encode(ACCEPT_ALL, tarteaucitron.options.parse({ services: three }));
    const { context, page } = await open(h, state, h.url('/tarteaucitron/index.html'));
    const s = await seen(page);
    expect(s.banner).toBe(true);
    expect(s.state).toMatchObject({ audience: true, videos: null });
    const reading = tarteaucitron.decode(await storedIn(context), options);
    expect(reading?.notes.join('\n')).toMatch(/not answered yet \(wait\): videos/);
    expect(reading?.categories).toMatchObject({ statistics: true, marketing: true, social: null });
    await context.close();
  });

  it('reads a refused service as accepted when an accepted key ends with it, as Crumbs warns', async () => {
    const state = encode(MARKETING_ONLY);
    expect(state.notes.join()).toMatch(/audience is read as accepted/);
    const { context, page } = await open(h, state, h.url('/tarteaucitron/index.html'));
    expect((await seen(page)).state).toEqual({ ...expected(MARKETING_ONLY), audience: true });
    const reading = tarteaucitron.decode(await storedIn(context), options);
    expect(reading?.notes.join()).toMatch(/audience is stored false but tarteaucitron reads true/);
    await context.close();
  });

  it('honours cookieDomain across subdomains; a host-only cookie stays on its host', async () => {
    const wide = encode(
      STATS_ONLY,
      tarteaucitron.options.parse({ services: SERVICES, domain: 'example.test' }),
    );
    const shop = await open(h, wide, h.url('/tarteaucitron/index.html', 'shop.example.test'));
    expect(await seen(shop.page)).toMatchObject({ state: expected(STATS_ONLY), banner: false });
    await shop.context.close();
    const other = await open(h, encode(STATS_ONLY), h.url('/tarteaucitron/index.html', 'shop.example.test'));
    expect((await seen(other.page)).banner).toBe(true);
    await other.context.close();
  });

  it.each([
    ['Accept all', '#tarteaucitronPersonalize2', ACCEPT_ALL],
    ['Deny all', '#tarteaucitronAllDenied2', NECESSARY_ONLY],
  ])('decodes "%s" in the real banner, in the cookie Crumbs writes', async (_n, button, choices) => {
    const { context, page } = await open(h, null, h.url('/tarteaucitron/index.html'));
    expect((await seen(page)).banner).toBe(true);
    await page.click(button);
    const stored = await storedIn(context);
    const reading = tarteaucitron.decode(stored, options);
    expect(reading?.services).toEqual(expected(choices));
    expect(reading?.categories).toEqual({ ...choices, preferences: null });
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'tarteaucitron'),
      encode(choices).cookies[0],
    );
    await context.close();
  });

  it('writes the Domain cookie for cookieDomain exactly as tarteaucitron does', async () => {
    const { context, page } = await open(h, null, h.url('/tarteaucitron/index.html?domain=example.test'));
    await seen(page);
    await page.click('#tarteaucitronPersonalize2');
    const stored = await storedIn(context);
    const ours = encode(
      ACCEPT_ALL,
      tarteaucitron.options.parse({ services: SERVICES, domain: 'example.test' }),
    );
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'tarteaucitron'),
      ours.cookies[0],
    );
    await context.close();
  });
});
