// Proof against the real Orejime 3 (node_modules/orejime/dist/orejime-standard-en.js) in Chromium: a state
// Crumbs encoded is read by Orejime's own manager as exactly those choices, with no banner; a click in its
// banner decodes to what was clicked, in a cookie identical to Crumbs's (js-cookie's encoding, SameSite=Strict);
// and the rules that bring the banner back (a purpose missing, a mandatory purpose refused, the old cookie
// name, a Domain that does not cover the page) do bring it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Choices } from '../../shared/consent';
import type { CookieData } from '../../shared/model';
import { orejime } from '../../electron/core/consent/cmps/orejime';
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
const PURPOSES = {
  session: 'necessary',
  matomo: 'statistics',
  'google-analytics': 'statistics',
  youtube: 'social',
} as const;
const options = orejime.options.parse({ services: PURPOSES });

interface Seen {
  dirty: boolean;
  consents: Record<string, boolean | undefined>;
  banner: boolean;
}

interface OrejimeWindow {
  orejime?: { manager: { isDirty(): boolean; getConsent(id: string): boolean | undefined } };
}

async function seen(page: Page): Promise<Seen> {
  await page.waitForFunction(() => (window as unknown as OrejimeWindow).orejime !== undefined);
  return page.evaluate((ids) => {
    const m = (window as unknown as Required<OrejimeWindow>).orejime.manager;
    return {
      dirty: m.isDirty(),
      consents: Object.fromEntries(ids.map((id) => [id, m.getConsent(id)])),
      banner: document.querySelector('.orejime-Banner') !== null,
    };
  }, Object.keys(PURPOSES));
}

function expected(c: Choices) {
  return { session: true, matomo: c.statistics, 'google-analytics': c.statistics, youtube: c.social };
}

function encode(choices: Choices, o = options): { cookies: CookieData[]; storage: [] } {
  const state = orejime.encode(choices, o, { target: h.target, now: new Date(), gpc: false });
  return { cookies: state.cookies, storage: [] };
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

describe('Orejime in Chromium', () => {
  it.each([
    ['necessary only', NECESSARY_ONLY],
    ['statistics only', STATS_ONLY],
    ['accept all', ACCEPT_ALL],
  ])('reads the encoded cookie as %s, with no banner', async (_name, choices) => {
    const { context, page } = await open(h, encode(choices), h.url('/orejime/index.html'));
    expect(await seen(page)).toEqual({ dirty: false, consents: expected(choices), banner: false });
    await context.close();
  });

  it('shows its banner when a purpose is missing from the value', async () => {
    const { youtube: _dropped, ...three } = PURPOSES;
    const state = encode(ACCEPT_ALL, orejime.options.parse({ services: three }));
    const { context, page } = await open(h, state, h.url('/orejime/index.html'));
    expect(await seen(page)).toMatchObject({ dirty: true, banner: true });
    await context.close();
  });

  it('shows its banner when the mandatory purpose is stored refused (mapped to anything but necessary)', async () => {
    const state = encode(
      NECESSARY_ONLY,
      orejime.options.parse({ services: { ...PURPOSES, session: 'preferences' } }),
    );
    const { context, page } = await open(h, state, h.url('/orejime/index.html'));
    expect(await seen(page)).toMatchObject({ dirty: true, banner: true });
    await context.close();
  });

  it('does not read the Orejime 2 cookie name: the banner comes back', async () => {
    const state = encode(ACCEPT_ALL, orejime.options.parse({ services: PURPOSES, cookieName: 'orejime' }));
    const { context, page } = await open(h, state, h.url('/orejime/index.html'));
    expect(await seen(page)).toMatchObject({ dirty: true, banner: true });
    await context.close();
  });

  it('honours cookie.domain across subdomains; a host-only cookie stays on its host', async () => {
    const wide = encode(STATS_ONLY, orejime.options.parse({ services: PURPOSES, domain: 'example.test' }));
    const shop = await open(h, wide, h.url('/orejime/index.html', 'shop.example.test'));
    expect(await seen(shop.page)).toEqual({ dirty: false, consents: expected(STATS_ONLY), banner: false });
    await shop.context.close();
    const other = await open(h, encode(STATS_ONLY), h.url('/orejime/index.html', 'shop.example.test'));
    expect(await seen(other.page)).toMatchObject({ dirty: true, banner: true });
    await other.context.close();
  });

  it.each([
    ['accept', 'orejime-banner-accept', ACCEPT_ALL],
    ['decline', 'orejime-banner-decline', NECESSARY_ONLY],
  ])('decodes a click on %s in the real banner, in the cookie Crumbs writes', async (_n, testId, choices) => {
    const { context, page } = await open(h, null, h.url('/orejime/index.html'));
    expect((await seen(page)).banner).toBe(true);
    await page.getByTestId(testId).click();
    const stored = await storedIn(context);
    const reading = orejime.decode(stored, options);
    expect(reading?.categories).toEqual({ ...choices, preferences: null, marketing: null });
    expect(reading?.services).toEqual(expected(choices));
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'eu-consent'),
      encode(choices).cookies[0],
    );
    await context.close();
  });

  it('writes the Domain cookie for cookie.domain exactly as Orejime does', async () => {
    const { context, page } = await open(h, null, h.url('/orejime/index.html?domain=example.test'));
    await page.getByTestId('orejime-banner-accept').click();
    const stored = await storedIn(context);
    const ours = encode(ACCEPT_ALL, orejime.options.parse({ services: PURPOSES, domain: 'example.test' }));
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'eu-consent'),
      ours.cookies[0],
    );
    await context.close();
  });
});
