// Proof against the real cookieconsent 3 (node_modules/cookieconsent/build/cookieconsent.min.js) in Chromium: a
// state Crumbs encoded is read by the popup's hasAnswered() / hasConsented() / getStatus() as that answer, with
// the popup closed; Allow / Decline in the real popup decode to those choices, in the cookie Crumbs writes; a
// value that is not an answer, or a Domain that does not cover the page, brings the popup back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Choices } from '../../shared/consent';
import type { CookieData } from '../../shared/model';
import { osanoCookieconsent as osano } from '../../electron/core/consent/cmps/osano-cookieconsent';
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
const options = osano.options.parse({});

interface Seen {
  answered: boolean;
  consented: boolean;
  status: string | null;
  popup: boolean;
}

interface PopupWindow {
  ccPopup?: {
    hasAnswered(): boolean;
    hasConsented(): boolean;
    getStatus(): string | undefined;
    element: HTMLElement;
  };
}

async function seen(page: Page): Promise<Seen> {
  await page.waitForFunction(() => (window as unknown as PopupWindow).ccPopup !== undefined);
  return page.evaluate(() => {
    const p = (window as unknown as Required<PopupWindow>).ccPopup;
    return {
      answered: p.hasAnswered(),
      consented: p.hasConsented(),
      status: p.getStatus() ?? null,
      popup: p.element.style.display !== 'none',
    };
  });
}

function encode(choices: Choices, o = options) {
  return osano.encode(choices, o, { target: h.target, now: new Date(), gpc: false });
}

function expectSameCookie(actual: CookieData | undefined, wanted: CookieData | undefined): void {
  expect(actual).toBeDefined();
  // The library sets no SameSite; Chromium treats that as Lax and reports it so.
  expect({ ...actual!, expires: 0 }).toEqual({ ...wanted!, expires: 0, sameSite: 'lax' });
  // The library adds days × 24 hours in local time: across a daylight-saving change, an hour apart.
  expect(Math.abs(actual!.expires! - wanted!.expires!)).toBeLessThan(3610);
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('cookieconsent (Osano) in Chromium', () => {
  it.each([
    ['necessary only', 'deny', NECESSARY_ONLY],
    ['statistics only (one switch)', 'deny', STATS_ONLY],
    ['accept all', 'allow', ACCEPT_ALL],
  ])('reads the encoded cookie for %s as %s, with the popup closed', async (_name, status, choices) => {
    const state = encode(choices);
    const { context, page } = await open(h, state, h.url('/osano-cookieconsent/index.html'));
    expect(await seen(page)).toEqual({ answered: true, consented: status === 'allow', status, popup: false });
    await context.close();
  });

  it('writes dismiss for an info popup, which the library counts as consent', async () => {
    const state = encode(NECESSARY_ONLY, osano.options.parse({ type: 'info' }));
    expect(state.notes.join()).toMatch(/dismiss/);
    const { context, page } = await open(h, state, h.url('/osano-cookieconsent/index.html?type=info'));
    expect(await seen(page)).toEqual({ answered: true, consented: true, status: 'dismiss', popup: false });
    await context.close();
  });

  it('opens the popup for a value that is not an answer, and decode says so', async () => {
    const state = encode(ACCEPT_ALL);
    const odd = { cookies: [{ ...state.cookies[0]!, value: 'accepted' }], storage: [] };
    const { context, page } = await open(h, odd, h.url('/osano-cookieconsent/index.html'));
    expect(await seen(page)).toMatchObject({ answered: false, popup: true });
    expect(osano.decode(await storedIn(context), options)?.notes.join()).toMatch(
      /not allow, deny or dismiss/,
    );
    await context.close();
  });

  it('honours cookie.domain across subdomains; a host-only cookie stays on its host', async () => {
    const wide = encode(ACCEPT_ALL, osano.options.parse({ domain: 'example.test' }));
    const shop = await open(h, wide, h.url('/osano-cookieconsent/index.html', 'shop.example.test'));
    expect(await seen(shop.page)).toMatchObject({ status: 'allow', popup: false });
    await shop.context.close();
    const other = await open(
      h,
      encode(ACCEPT_ALL),
      h.url('/osano-cookieconsent/index.html', 'shop.example.test'),
    );
    expect(await seen(other.page)).toMatchObject({ answered: false, popup: true });
    await other.context.close();
  });

  it.each([
    ['Allow', '.cc-allow', ACCEPT_ALL],
    ['Decline', '.cc-deny', NECESSARY_ONLY],
  ])('decodes "%s" in the real popup, in the cookie Crumbs writes', async (_n, button, choices) => {
    const { context, page } = await open(h, null, h.url('/osano-cookieconsent/index.html'));
    expect((await seen(page)).popup).toBe(true);
    await page.click(button);
    const stored = await storedIn(context);
    expect(osano.decode(stored, options)?.categories).toEqual(choices);
    expectSameCookie(
      stored.cookies.find((c) => c.name === 'cookieconsent_status'),
      encode(choices).cookies[0],
    );
    await context.close();
  });

  it('writes the Domain cookie for cookie.domain exactly as the library does', async () => {
    const { context, page } = await open(
      h,
      null,
      h.url('/osano-cookieconsent/index.html?domain=example.test'),
    );
    await seen(page);
    await page.click('.cc-allow');
    const ours = encode(ACCEPT_ALL, osano.options.parse({ domain: 'example.test' }));
    expectSameCookie(
      (await storedIn(context)).cookies.find((c) => c.name === 'cookieconsent_status'),
      ours.cookies[0],
    );
    await context.close();
  });
});
