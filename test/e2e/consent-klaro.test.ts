// Proof against the real Klaro (node_modules/klaro/dist/klaro-no-css.js) in Chromium: a state Crumbs encoded is
// read by Klaro's own manager as exactly those choices with no notice; choices made in Klaro's notice decode to
// what was clicked, in a cookie identical to the one Crumbs writes; and each rule that brings the notice back
// (a configured service missing, the wrong storage, a Domain that does not cover the page) does bring it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Choices } from '../../shared/consent';
import type { CookieData } from '../../shared/model';
import { klaro } from '../../electron/core/consent/cmps/klaro';
import { open, startHarness, storedIn, type Harness } from './consent-open-source';

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
// The page's four services, in its order.
const SERVICES = {
  matomo: 'statistics',
  'google-analytics': 'statistics',
  'facebook-pixel': 'marketing',
  cloudflare: 'necessary',
} as const;
const options = klaro.options.parse({ services: SERVICES });

interface Seen {
  confirmed: boolean;
  consents: Record<string, boolean>;
  notice: boolean;
}

interface KlaroWindow {
  klaro: { getManager(): { confirmed: boolean; getConsent(name: string): boolean } };
  klaroConfig: { services: { name: string }[] };
}

/** What Klaro itself says: its manager's answers, and whether its notice is on the page. */
async function seen(page: Page): Promise<Seen> {
  await page.waitForFunction(() => document.querySelector('#klaro') !== null);
  return page.evaluate(() => {
    const w = window as unknown as KlaroWindow;
    const m = w.klaro.getManager();
    const names = w.klaroConfig.services.map((s) => s.name);
    return {
      confirmed: m.confirmed,
      consents: Object.fromEntries(names.map((n) => [n, m.getConsent(n)])),
      notice: document.querySelector('.cookie-notice') !== null,
    };
  });
}

function expected(choices: Choices): Record<string, boolean> {
  return {
    matomo: choices.statistics,
    'google-analytics': choices.statistics,
    'facebook-pixel': choices.marketing,
    cloudflare: true,
  };
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

describe('Klaro in Chromium', () => {
  it.each([
    ['necessary only', NECESSARY_ONLY],
    ['statistics only', STATS_ONLY],
    ['accept all', ACCEPT_ALL],
  ])('reads the encoded cookie as %s, with no notice', async (_name, choices) => {
    const state = klaro.encode(choices, options, { target: h.target, now: new Date(), gpc: false });
    const { context, page } = await open(h, state, h.url('/klaro/index.html'));
    expect(await seen(page)).toEqual({ confirmed: true, consents: expected(choices), notice: false });
    await context.close();
  });

  it('reads the encoded localStorage entry for storageMethod localStorage', async () => {
    const o = klaro.options.parse({ ...options, storage: 'localStorage' });
    const state = klaro.encode(STATS_ONLY, o, { target: h.target, now: new Date(), gpc: false });
    const { context, page } = await open(h, state, h.url('/klaro/index.html?storage=localStorage'));
    expect(await seen(page)).toEqual({ confirmed: true, consents: expected(STATS_ONLY), notice: false });
    await context.close();
  });

  it('shows its notice again when one configured service is missing from the value', async () => {
    const { 'google-analytics': _dropped, ...three } = SERVICES;
    const state = klaro.encode(ACCEPT_ALL, klaro.options.parse({ services: three }), {
      target: h.target,
      now: new Date(),
      gpc: false,
    });
    const { context, page } = await open(h, state, h.url('/klaro/index.html'));
    const s = await seen(page);
    expect(s.confirmed).toBe(false);
    expect(s.notice).toBe(true);
    await context.close();
  });

  it('shows its notice when the value is in a cookie but Klaro keeps it in localStorage', async () => {
    const state = klaro.encode(ACCEPT_ALL, options, { target: h.target, now: new Date(), gpc: false });
    const { context, page } = await open(h, state, h.url('/klaro/index.html?storage=localStorage'));
    expect((await seen(page)).notice).toBe(true);
    await context.close();
  });

  it('honours a Domain cookie on another subdomain, and not one for a domain that excludes the page', async () => {
    const wide = klaro.encode(STATS_ONLY, klaro.options.parse({ ...options, domain: 'example.test' }), {
      target: h.target,
      now: new Date(),
      gpc: false,
    });
    const shop = await open(h, wide, h.url('/klaro/index.html', 'shop.example.test'));
    expect(await seen(shop.page)).toEqual({ confirmed: true, consents: expected(STATS_ONLY), notice: false });
    await shop.context.close();
    // Host-only for www: the shop subdomain never sees it.
    const narrow = klaro.encode(STATS_ONLY, options, { target: h.target, now: new Date(), gpc: false });
    const other = await open(h, narrow, h.url('/klaro/index.html', 'shop.example.test'));
    expect((await seen(other.page)).notice).toBe(true);
    await other.context.close();
  });

  it.each([
    ['accept', '.cookie-notice .cm-btn-success', ACCEPT_ALL],
    ['decline', '.cookie-notice .cn-decline', NECESSARY_ONLY],
  ])(
    'decodes a click on %s in the real notice to those choices, in the cookie Crumbs writes',
    async (_n, button, choices) => {
      const { context, page } = await open(h, null, h.url('/klaro/index.html'));
      expect((await seen(page)).notice).toBe(true);
      await page.click(button);
      const now = new Date();
      const stored = await storedIn(context);
      const reading = klaro.decode(stored, options);
      expect(reading?.categories).toEqual({ ...choices, preferences: null, social: null });
      expect(reading?.notes.filter((n) => !n.startsWith('decision date'))).toEqual([]);
      const ours = klaro.encode(choices, options, { target: h.target, now, gpc: false });
      expectSameCookie(
        stored.cookies.find((c) => c.name === 'klaro'),
        ours.cookies[0],
      );
      await context.close();
    },
  );

  it('writes a Domain cookie for cookieDomain exactly as Klaro does', async () => {
    const { context, page } = await open(h, null, h.url('/klaro/index.html?domain=.example.test'));
    await page.click('.cookie-notice .cm-btn-success');
    const stored = await storedIn(context);
    const ours = klaro.encode(ACCEPT_ALL, klaro.options.parse({ ...options, domain: '.example.test' }), {
      target: h.target,
      now: new Date(),
      gpc: false,
    });
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'klaro'),
      ours.cookies[0],
    );
    await context.close();
  });
});
