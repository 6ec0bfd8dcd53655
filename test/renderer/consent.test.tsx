// The site page's Consent section: what the jar's consent records say in plain words (the core's real adapters
// decode them in the fake), and "Simulate": a profile and a platform (detected first), options as JSON,
// the preview of the cookies and storage the adapter writes, the export copied or saved, and writing it into the jar.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentProfile } from '../../shared/consent';
import { createFakeClient } from './fake-client';
import { cookie } from './fixtures';
import { renderApp } from './render';

const SHOP = 'shop.example';
const DAY = 86_400;
const statsOnly: ConsentProfile = {
  name: 'stats only',
  categories: { necessary: true, preferences: false, statistics: true, marketing: false, social: false },
  sites: {},
  gpc: false,
};

/** A Klaro cookie as Klaro writes it: per-service booleans, percent-encoded JSON; 120 days of life. */
function klaroCookie(services: Record<string, boolean>, decided: Date) {
  return cookie({
    name: 'klaro',
    value: encodeURIComponent(JSON.stringify(services)),
    domain: SHOP,
    expires: Math.floor(decided.getTime() / 1000) + 120 * DAY,
  });
}

const readingText = () => screen.getByTestId('consent-reading-text').textContent;

describe('what the consent records say', () => {
  it('reads a Klaro cookie in plain words: accepted, refused, decided, expired', async () => {
    const klaro = klaroCookie(
      {
        'google-analytics': true,
        googleAnalytics: true,
        'google-tag-manager': true,
        matomo: true,
        hotjar: true,
        mouseflow: true,
        'facebook-pixel': false,
        'google-ads': false,
        adsense: false,
        youtube: false,
        vimeo: false,
        twitter: false,
        'google-maps': false,
        googleFonts: false,
        intercom: false,
      },
      new Date(Date.UTC(2025, 2, 3, 12)),
    );
    const { client } = createFakeClient({ cookies: [klaro] });
    renderApp(client, { hash: `#/site/${SHOP}` });
    await screen.findByTestId('consent-reading');
    expect(readingText()).toBe(
      'Klaro: statistics accepted, preferences, marketing, and social media refused — decided March 3, 2025, expired on July 1, 2025',
    );
    const reading = screen.getByTestId('consent-reading');
    expect(reading.getAttribute('data-statistics')).toBe('true');
    expect(reading.getAttribute('data-marketing')).toBe('false');
    const details = within(reading).getByText('Details').closest('details')!;
    expect(details.textContent).toContain('15 services, vendors or purposes (6 accepted)');
    expect(details.textContent).toContain('cookie klaro');
    expect(within(reading).getByTestId('consent-reading-notes').textContent).toContain(
      "decision date inferred from the cookie's expiry",
    );
  });

  it('says "not said" where the platform does not say', async () => {
    const { client } = createFakeClient({ cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })] });
    // A TCF string has no purpose for preferences or social media.
    await client['consent.write']({ cmp: 'tcf', site: SHOP, profile: 'necessary-only' });
    renderApp(client, { hash: `#/site/${SHOP}` });
    await screen.findByTestId('consent-reading');
    expect(readingText()).toMatch(
      /^IAB TCF v2\.2 \/ v2\.3 \(TC string\): statistics and marketing refused, preferences and social media not said — decided .+, expires in 13 months$/,
    );
    expect(screen.getByTestId('consent-reading').getAttribute('data-social')).toBe('null');
  });

  it('reads it in French too', async () => {
    const { client } = createFakeClient({ cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })] });
    await client['consent.write']({ cmp: 'klaro', site: SHOP, profile: 'necessary-only' });
    renderApp(client, { hash: `#/site/${SHOP}`, language: 'fr' });
    await screen.findByTestId('consent-reading');
    expect(readingText()).toMatch(
      /^Klaro : refus pour préférences, statistiques, marketing et réseaux sociaux — décidé le \d+ \S+ \d{4} ; expire dans 4 mois$/,
    );
  });

  it('says so when the jar holds no consent record for the site', async () => {
    const { client } = createFakeClient({ cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })] });
    renderApp(client, { hash: `#/site/${SHOP}` });
    expect((await screen.findByTestId('consent-none')).textContent).toBe(
      "No consent platform's record for this site in the jar.",
    );
  });
});

describe('simulate', () => {
  const downloads: { name: string; text: Promise<string> }[] = [];
  const copied: string[] = [];
  beforeEach(() => {
    downloads.length = 0;
    copied.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      downloads.push({ name: '', text: blob.text() });
      return 'blob:test/1';
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads[downloads.length - 1]!.name = this.download;
    });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('previews what a platform writes for the active profile, copies and saves it, and writes it into the jar', async () => {
    const { client, state, callsOf } = createFakeClient({
      cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })],
    });
    state.profiles = [statsOnly];
    state.activeProfile = 'stats only';
    renderApp(client, { hash: `#/site/${SHOP}` });
    const panel = await screen.findByTestId('simulate');
    // The active profile is chosen first; nothing is detected, so the first platform is.
    await waitFor(() =>
      expect((within(panel).getByLabelText('Profile') as HTMLSelectElement).value).toBe('stats only'),
    );
    const platform = within(panel).getByLabelText('Consent platform') as HTMLSelectElement;
    expect(platform.value).toBe('tcf');
    expect([...platform.options].map((o) => o.value)).toContain('klaro');
    fireEvent.change(platform, { target: { value: 'klaro' } });
    expect((within(panel).getByLabelText('Options (JSON)') as HTMLTextAreaElement).value).toBe('{}');
    const docs = within(panel).getByTestId('simulate-option-docs');
    expect(
      within(docs)
        .getAllByTestId('simulate-option-doc')
        .map((d) => d.getAttribute('data-name')),
    ).toEqual(['services', 'cookieName', 'storage', 'domain', 'path', 'expiresDays']);

    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    const result = await within(panel).findByTestId('simulate-result');
    expect(callsOf('consent.encode')).toEqual([
      { cmp: 'klaro', site: SHOP, profile: 'stats only', options: {}, format: 'playwright' },
    ]);
    expect(within(result).getByTestId('simulate-summary').textContent).toBe(
      `Profile stats only on ${SHOP} (https://${SHOP}): statistics accepted, preferences, marketing, and social media refused.`,
    );
    const row = within(result).getByTestId('simulate-cookie');
    expect(row.getAttribute('data-name')).toBe('klaro');
    expect(row.textContent).toContain(SHOP);
    expect(row.textContent).toContain('this host only');
    expect(row.textContent).toContain('SameSite=Lax');
    // The value is shown cut short until asked for.
    const value = within(row).getByTestId('simulated-value');
    expect(value.textContent).toMatch(/^%7B%22google-analytics%22%3Atrue.{0,10}…$/);
    fireEvent.click(within(row).getByRole('button', { name: 'Show the whole value of klaro' }));
    expect(decodeURIComponent(value.textContent!)).toContain('"facebook-pixel":false');
    expect(
      within(row).getByRole('button', { name: 'Shorten the value of klaro' }).getAttribute('aria-expanded'),
    ).toBe('true');
    // No Global Privacy Control in this profile.
    expect(within(result).queryByTestId('simulate-gpc')).toBeNull();

    fireEvent.click(within(result).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    const storageState = JSON.parse(copied[0]!) as { cookies: { name: string }[]; origins: unknown[] };
    expect(storageState.cookies.map((c) => c.name)).toEqual(['klaro']);
    expect(storageState.origins).toEqual([]);

    fireEvent.change(within(result).getByLabelText('Format'), { target: { value: 'netscape' } });
    await waitFor(() => expect(callsOf('consent.encode')).toHaveLength(2));
    expect(callsOf('consent.encode')[1]!.format).toBe('netscape');
    const saved = await within(panel).findByRole('button', { name: 'Download' });
    fireEvent.click(saved);
    expect(downloads[0]!.name).toBe(`${SHOP}-klaro-stats-only.cookies.txt`);
    expect(await downloads[0]!.text).toMatch(/^shop\.example\tFALSE\t\/\tFALSE\t\d+\tklaro\t%7B/m);

    fireEvent.click(within(panel).getByRole('button', { name: 'Write into the jar' }));
    const report = await within(panel).findByTestId('simulate-write-report');
    expect(report.textContent).toContain('1 new and 0 updated cookies');
    expect(callsOf('consent.write')).toEqual([
      { cmp: 'klaro', site: SHOP, profile: 'stats only', options: {} },
    ]);
    expect(state.cookies.map((c) => c.name)).toEqual(['other', 'klaro']);
    // The records section reads it back, and the platform is now the detected one.
    await waitFor(() =>
      expect(readingText()).toMatch(
        /^Klaro: statistics accepted, preferences, marketing, and social media refused/,
      ),
    );
    expect(within(panel).getByRole('option', { name: 'Klaro (detected)' })).toBeTruthy();
  });

  it('checks the options: not JSON stays here, a wrong option is named by the adapter', async () => {
    const { client, callsOf } = createFakeClient({
      cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })],
    });
    renderApp(client, { hash: `#/site/${SHOP}` });
    const panel = await screen.findByTestId('simulate');
    await waitFor(() => expect(within(panel).getAllByRole('option').length).toBeGreaterThan(2));
    fireEvent.change(within(panel).getByLabelText('Consent platform'), { target: { value: 'klaro' } });
    const options = within(panel).getByLabelText('Options (JSON)');
    fireEvent.change(options, { target: { value: '{"cookieName": ' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    expect(within(panel).getByTestId('simulate-options-problem').textContent).toMatch(
      /^The options are not JSON: /,
    );
    expect(options.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(options, { target: { value: '[1]' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    expect(within(panel).getByTestId('simulate-options-problem').textContent).toBe(
      'The options must be a JSON object, like {}.',
    );
    expect(callsOf('consent.encode')).toEqual([]);

    fireEvent.change(options, { target: { value: '{"cookieNam": "x"}' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    const error = await within(panel).findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('VALIDATION');
    expect(error.textContent).toContain('klaro: options: Unrecognized key: "cookieNam"');

    // Sound options change what is written; a later edit makes the preview stale.
    fireEvent.change(options, { target: { value: '{"storage": "localStorage", "cookieName": "consent"}' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    const entry = await within(panel).findByTestId('simulate-entry');
    expect(entry.getAttribute('data-name')).toBe('consent');
    expect(entry.textContent).toContain(`https://${SHOP}`);
    fireEvent.change(within(panel).getByLabelText('Page address (optional)'), {
      target: { value: `https://www.${SHOP}/` },
    });
    expect(within(panel).getByTestId('simulate-stale')).toBeTruthy();
    expect(within(panel).queryByTestId('simulate-result')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    expect((await within(panel).findByTestId('simulate-entry')).textContent).toContain(`https://www.${SHOP}`);
    expect(callsOf('consent.encode').at(-1)!.url).toBe(`https://www.${SHOP}/`);
  });

  it('shows the Global Privacy Control header and script, and the adapter’s notes', async () => {
    const { client } = createFakeClient({ cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })] });
    renderApp(client, { hash: `#/site/${SHOP}` });
    const panel = await screen.findByTestId('simulate');
    await waitFor(() => expect(within(panel).getAllByRole('option').length).toBeGreaterThan(2));
    fireEvent.change(within(panel).getByLabelText('Profile'), { target: { value: 'necessary-only' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    const result = await within(panel).findByTestId('simulate-result');
    expect(within(result).getByTestId('simulate-cookie').getAttribute('data-name')).toBe('euconsent-v2');
    expect(within(result).getByTestId('simulate-cookie').textContent).toContain(`.${SHOP}`);
    expect(within(result).getByTestId('simulate-header').textContent).toBe('Sec-GPC: 1');
    expect(within(result).getByTestId('simulate-script').textContent).toContain('globalPrivacyControl');
    expect(within(result).getByTestId('simulate-notes').textContent).toContain('purposes-only TC string');
  });
});
