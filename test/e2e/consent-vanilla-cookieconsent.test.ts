// Proof against the real vanilla-cookieconsent v3 (node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js)
// in Chromium: a state Crumbs encoded is read by CookieConsent.validConsent / acceptedCategory /
// acceptedService as exactly those choices with no consent modal; "Accept all" / "Reject all" in the real modal
// decode to those choices, in a cookie (or localStorage entry) of the same shape and attributes as Crumbs's;
// and the rules that bring the modal back (another revision, a Domain that does not cover the page) do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Choices } from '../../shared/consent';
import type { CookieData } from '../../shared/model';
import { vanillaCookieconsent as cc } from '../../electron/core/consent/cmps/vanilla-cookieconsent';
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
const SITE = {
  categories: { necessary: 'necessary', analytics: 'statistics', marketing: 'marketing' },
  services: { analytics: ['ga', 'matomo'], marketing: ['facebook-pixel'] },
  revision: 1,
} as const;
const options = cc.options.parse(SITE);

interface Seen {
  valid: boolean;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  modal: boolean;
}

interface CcWindow {
  ccDone: Promise<boolean>;
  CookieConsent: {
    validConsent(): boolean;
    acceptedCategory(c: string): boolean;
    acceptedService(s: string, c: string): boolean;
  };
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate(async () => {
    const w = window as unknown as CcWindow;
    await w.ccDone;
    const api = w.CookieConsent;
    const services: [string, string][] = [
      ['analytics', 'ga'],
      ['analytics', 'matomo'],
      ['marketing', 'facebook-pixel'],
    ];
    return {
      valid: api.validConsent(),
      categories: Object.fromEntries(
        ['necessary', 'analytics', 'marketing'].map((c) => [c, api.acceptedCategory(c)]),
      ),
      services: Object.fromEntries(services.map(([c, s]) => [`${c}:${s}`, api.acceptedService(s, c)])),
      modal: document.documentElement.classList.contains('show--consent'),
    };
  });
}

function expected(c: Choices): Omit<Seen, 'modal' | 'valid'> {
  return {
    categories: { necessary: true, analytics: c.statistics, marketing: c.marketing },
    services: {
      'analytics:ga': c.statistics,
      'analytics:matomo': c.statistics,
      'marketing:facebook-pixel': c.marketing,
    },
  };
}

function encode(choices: Choices, o = options) {
  return cc.encode(choices, o, { target: h.target, now: new Date(), gpc: false });
}

/** Same keys in the same order, same values but for the id and the clock. */
function expectSameValue(actual: string, wanted: string): void {
  const a = JSON.parse(actual) as Record<string, unknown>;
  const w = JSON.parse(wanted) as Record<string, unknown>;
  expect(Object.keys(a)).toEqual(Object.keys(w));
  const clockFree = (v: Record<string, unknown>) => ({
    ...v,
    consentId: typeof v['consentId'],
    consentTimestamp: 0,
    lastConsentTimestamp: 0,
    expirationTime: 0,
  });
  expect(clockFree(a)).toEqual(clockFree(w));
  expect(Math.abs((a['expirationTime'] as number) - (w['expirationTime'] as number))).toBeLessThan(10_000);
  expect(a['lastConsentTimestamp']).toBe(a['consentTimestamp']);
}

function expectSameCookie(actual: CookieData | undefined, wanted: CookieData | undefined): void {
  expect(actual).toBeDefined();
  expect({ ...actual!, expires: 0, value: '' }).toEqual({ ...wanted!, expires: 0, value: '' });
  expect(Math.abs(actual!.expires! - wanted!.expires!)).toBeLessThan(10);
  expectSameValue(decodeURIComponent(actual!.value), decodeURIComponent(wanted!.value));
  // Percent-encoded once, as encodeURIComponent leaves it: nothing a second pass would change.
  expect(actual!.value).toBe(encodeURIComponent(decodeURIComponent(actual!.value)));
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('vanilla-cookieconsent in Chromium', () => {
  it.each([
    ['necessary only', NECESSARY_ONLY],
    ['statistics only', STATS_ONLY],
    ['accept all', ACCEPT_ALL],
  ])('reads the encoded cookie as %s, with no consent modal', async (_name, choices) => {
    const { context, page } = await open(h, encode(choices), h.url('/vanilla-cookieconsent/index.html'));
    expect(await seen(page)).toEqual({ valid: true, modal: false, ...expected(choices) });
    await context.close();
  });

  it('reads the encoded localStorage entry for cookie.useLocalStorage', async () => {
    const state = encode(STATS_ONLY, cc.options.parse({ ...SITE, storage: 'localStorage' }));
    const { context, page } = await open(
      h,
      state,
      h.url('/vanilla-cookieconsent/index.html?storage=localStorage'),
    );
    expect(await seen(page)).toEqual({ valid: true, modal: false, ...expected(STATS_ONLY) });
    await context.close();
  });

  it('shows its modal again for a localStorage value whose expirationTime has passed', async () => {
    const o = cc.options.parse({ ...SITE, storage: 'localStorage' });
    const state = cc.encode(ACCEPT_ALL, o, {
      target: h.target,
      now: new Date(Date.now() - 183 * 86_400_000),
      gpc: false,
    });
    const { context, page } = await open(
      h,
      state,
      h.url('/vanilla-cookieconsent/index.html?storage=localStorage'),
    );
    expect(await seen(page)).toMatchObject({ valid: false, modal: true });
    await context.close();
    expect(cc.decode(state, o)?.notes.join()).toMatch(/expired/);
  });

  it('shows its modal again when the stored revision is not the site revision', async () => {
    const state = encode(ACCEPT_ALL, cc.options.parse({ ...SITE, revision: 0 }));
    const { context, page } = await open(h, state, h.url('/vanilla-cookieconsent/index.html'));
    expect(await seen(page)).toMatchObject({ valid: false, modal: true });
    expect(cc.decode(await storedIn(context), options)?.notes.join()).toMatch(
      /revision 0 stored, 1 expected/,
    );
    await context.close();
  });

  it('honours cookie.domain across subdomains; its default Domain (the page host) does not reach them', async () => {
    const wide = encode(STATS_ONLY, cc.options.parse({ ...SITE, domain: 'example.test' }));
    const shop = await open(
      h,
      wide,
      h.url('/vanilla-cookieconsent/index.html?domain=example.test', 'shop.example.test'),
    );
    expect(await seen(shop.page)).toEqual({ valid: true, modal: false, ...expected(STATS_ONLY) });
    await shop.context.close();
    const other = await open(
      h,
      encode(STATS_ONLY),
      h.url('/vanilla-cookieconsent/index.html', 'shop.example.test'),
    );
    expect(await seen(other.page)).toMatchObject({ valid: false, modal: true });
    await other.context.close();
  });

  it.each([
    ['Accept all', 'all', ACCEPT_ALL],
    ['Reject all', 'necessary', NECESSARY_ONLY],
  ])('decodes "%s" in the real modal, in a cookie shaped as Crumbs writes it', async (_n, role, choices) => {
    const { context, page } = await open(h, null, h.url('/vanilla-cookieconsent/index.html'));
    expect((await seen(page)).modal).toBe(true);
    await page.click(`#cc-main .cm__btn[data-role="${role}"]`);
    await page.waitForFunction(() => !document.documentElement.classList.contains('show--consent'));
    const stored = await storedIn(context);
    const reading = cc.decode(stored, options);
    expect(reading?.categories).toEqual({ ...choices, preferences: null, social: null });
    expect(reading?.services).toEqual(expected(choices).services);
    expect(reading?.notes).toEqual([]);
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'cc_cookie'),
      encode(choices).cookies[0],
    );
    await context.close();
  });

  it('writes localStorage and a cookie.domain cookie as the library does', async () => {
    const ls = await open(h, null, h.url('/vanilla-cookieconsent/index.html?storage=localStorage'));
    await ls.page.click('#cc-main .cm__btn[data-role="all"]');
    const lsStored = await storedIn(ls.context);
    const lsOurs = encode(ACCEPT_ALL, cc.options.parse({ ...SITE, storage: 'localStorage' }));
    expect(lsStored.cookies).toEqual([]);
    expect(lsStored.storage.map((e) => [e.origin, e.name])).toEqual([[h.target.origin, 'cc_cookie']]);
    expectSameValue(lsStored.storage[0]!.value, lsOurs.storage[0]!.value);
    expect(
      cc.decode(lsStored, cc.options.parse({ ...SITE, storage: 'localStorage' }))?.categories.marketing,
    ).toBe(true);
    await ls.context.close();

    const wide = await open(h, null, h.url('/vanilla-cookieconsent/index.html?domain=example.test'));
    await wide.page.click('#cc-main .cm__btn[data-role="all"]');
    const ours = encode(ACCEPT_ALL, cc.options.parse({ ...SITE, domain: 'example.test' }));
    expectSameCookie(
      (await storedIn(wide.context)).cookies.find((c) => c.name === 'cc_cookie'),
      ours.cookies[0],
    );
    await wide.context.close();
  });
});
