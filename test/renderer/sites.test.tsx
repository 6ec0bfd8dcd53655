import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Cookie, SitePolicy } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, cookie, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const rowNames = () => screen.queryAllByTestId('site-row').map((row) => row.getAttribute('data-site'));

/** Unix seconds of local noon `days` from today: clear of any day boundary. */
const noonIn = (days: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12).getTime() / 1000;
};

const DAY = 86_400;
const policyFor = (site: string, entries: SitePolicy['entries']): SitePolicy => ({
  ...examplePolicy,
  site,
  entries,
  source: { kind: 'imported', label: 'test', at: '2025-01-15', url: null, file: null },
});

/** Three sites that each win a different order. */
function threeSites(): { cookies: Cookie[]; policies: SitePolicy[] } {
  const recent = 1_750_000_000;
  return {
    cookies: [
      // many.test: most cookies, seen long ago; its policy declares none of them (4 medium findings)
      ...['a', 'b', 'c', 'd'].map((name) =>
        cookie({ name, value: 'v', domain: 'many.test', creation: 1_600_000_000 }),
      ),
      // recent.test: one cookie, stored most recently, living 10 times what is declared (1 high finding)
      cookie({ name: 'r', value: 'v', domain: 'recent.test', creation: recent, expires: recent + 10 * DAY }),
      // alpha.test: two cookies, in between, no policy (no findings)
      cookie({ name: 'x', value: 'v', domain: 'alpha.test', creation: 1_700_000_000 }),
      cookie({ name: 'y', value: 'v', domain: 'alpha.test', creation: 1_700_000_000 }),
    ],
    policies: [
      policyFor('many.test', []),
      policyFor('recent.test', [
        {
          ...examplePolicy.entries[0]!,
          name: 'r',
          duration: { raw: '1 day', kind: 'fixed', seconds: DAY, condition: null },
        },
      ]),
    ],
  };
}
const findingsOf = () =>
  screen
    .getAllByTestId('site-row')
    .map((row) => within(row).queryByTestId('findings-badge')?.getAttribute('data-worst') ?? 'none');

describe('sites list', () => {
  it('shows the built-in example on first run, with its badge, counts, and how to begin', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client);
    const row = await screen.findByTestId('site-row');
    expect(row.getAttribute('data-site')).toBe(EXAMPLE_SITE);
    expect(within(row).getByRole('link', { name: EXAMPLE_SITE })).toBeTruthy();
    expect(within(row).getByTestId('site-example-badge').textContent).toBe('Example');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['0', '—No localStorage', '4', '—No findings', '—No cookie stored']);
    // Nothing imported yet: the page teaches the next step instead of drawing an empty time line.
    const start = screen.getByTestId('sites-getting-started');
    expect(start.textContent).toContain('Your jar is empty.');
    expect(within(start).getByRole('link', { name: 'Import cookies' }).getAttribute('href')).toBe('#/import');
    expect(screen.queryByTestId('expiry-timeline')).toBeNull();
  });

  it('lists every site and filters by name, with an empty state when nothing matches', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client);
    await screen.findAllByTestId('site-row');
    expect(rowNames()).toEqual([EXAMPLE_SITE, 'example.org']);
    const exampleRow = screen.getAllByTestId('site-row')[0]!;
    const cells = within(exampleRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['3', '—No localStorage', '4']);

    const search = screen.getByRole('searchbox', { name: 'Search sites' });
    fireEvent.change(search, { target: { value: 'ORG' } });
    expect(rowNames()).toEqual(['example.org']);
    expect(screen.getByText('1 of 2 sites')).toBeTruthy();

    fireEvent.change(search, { target: { value: 'nowhere.test' } });
    expect(rowNames()).toEqual([]);
    expect(screen.getByTestId('sites-empty').textContent).toContain('No site matches “nowhere.test”');

    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(rowNames()).toEqual([EXAMPLE_SITE, 'example.org']);
  });

  it('sorts by name, cookies, findings and last seen, saying which way', async () => {
    const { client } = createFakeClient(threeSites());
    renderApp(client);
    await screen.findAllByTestId('site-row');
    expect(rowNames()).toEqual(['alpha.test', 'many.test', 'recent.test']);
    const header = (name: RegExp) => screen.getByRole('columnheader', { name });
    expect(header(/^Site/).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByTestId('sort-cookies'));
    expect(rowNames()).toEqual(['many.test', 'alpha.test', 'recent.test']);
    expect(header(/^Cookies stored/).getAttribute('aria-sort')).toBe('descending');
    expect(header(/^Site/).hasAttribute('aria-sort')).toBe(false);
    fireEvent.click(screen.getByTestId('sort-cookies'));
    expect(rowNames()).toEqual(['recent.test', 'alpha.test', 'many.test']);
    expect(header(/^Cookies stored/).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByTestId('sort-lastSeen'));
    expect(rowNames()).toEqual(['recent.test', 'alpha.test', 'many.test']);
    fireEvent.click(screen.getByTestId('sort-lastSeen'));
    expect(rowNames()).toEqual(['many.test', 'alpha.test', 'recent.test']);

    // Findings: the most serious first (one high beats four medium), then the count.
    fireEvent.click(screen.getByTestId('sort-findings'));
    expect(rowNames()).toEqual(['recent.test', 'many.test', 'alpha.test']);
    expect(findingsOf()).toEqual(['high', 'medium', 'none']);
    fireEvent.click(screen.getByTestId('sort-findings'));
    expect(rowNames()).toEqual(['alpha.test', 'many.test', 'recent.test']);

    fireEvent.click(screen.getByTestId('sort-name'));
    expect(rowNames()).toEqual(['alpha.test', 'many.test', 'recent.test']);
    fireEvent.click(screen.getByTestId('sort-name'));
    expect(rowNames()).toEqual(['recent.test', 'many.test', 'alpha.test']);
  });

  it('keeps the search and the order when coming back from a site', async () => {
    const { client } = createFakeClient(threeSites());
    renderApp(client);
    await screen.findAllByTestId('site-row');
    fireEvent.click(screen.getByTestId('sort-cookies'));
    fireEvent.change(screen.getByTestId('sites-search'), { target: { value: '.test' } });
    fireEvent.click(screen.getAllByTestId('site-link')[0]!);
    await screen.findByTestId('site-page');
    window.location.hash = '#/sites';
    fireEvent(window, new HashChangeEvent('hashchange'));
    await screen.findAllByTestId('site-row');
    expect((screen.getByTestId('sites-search') as HTMLInputElement).value).toBe('.test');
    expect(rowNames()).toEqual(['many.test', 'alpha.test', 'recent.test']);
  });

  it('shows category chips and a findings badge that opens the site’s report', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client);
    const rows = await screen.findAllByTestId('site-row');
    const paris = rows.find((r) => r.getAttribute('data-site') === EXAMPLE_SITE)!;
    const chips = within(paris).getAllByTestId('category-chip');
    expect(chips.map((c) => [c.getAttribute('data-category'), c.textContent])).toEqual([
      ['necessary', 'Strictly necessary 2'],
      ['unclassified', 'Unclassified 1'],
    ]);
    expect(within(paris).getByRole('list', { name: 'Categories' })).toBeTruthy();

    const badge = within(paris).getByTestId('findings-badge');
    expect(badge.getAttribute('href')).toBe(`#/report/${EXAMPLE_SITE}`);
    const total = Number(badge.getAttribute('data-total'));
    expect(badge.textContent).toBe(String(total));
    expect(badge.getAttribute('aria-label')).toMatch(
      new RegExp(`^${total} findings? \\(.+: \\d+.*\\): open the report$`),
    );
    fireEvent.click(badge);
    // The link navigates; the row's own click (to the site page) stays out of its way.
    expect(await screen.findByTestId('report-page')).toBeTruthy();
    expect(window.location.hash).toBe(`#/report/${EXAMPLE_SITE}`);
  });

  it('draws the next 30 days of expiries, grouped by day, and names the first days', async () => {
    const { client } = createFakeClient({
      cookies: [
        cookie({ name: 'a', value: 'v', domain: 'one.test', expires: noonIn(1) }),
        cookie({ name: 'b', value: 'v', domain: 'two.test', expires: noonIn(1) }),
        cookie({ name: 'c', value: 'v', domain: 'two.test', expires: noonIn(5) }),
        cookie({ name: 'later', value: 'v', domain: 'two.test', expires: noonIn(45) }),
        cookie({ name: 'session', value: 'v', domain: 'one.test' }),
      ],
    });
    renderApp(client);
    const timeline = await screen.findByTestId('expiry-timeline');
    const total = await within(timeline).findByTestId('expiry-total');
    expect(total.textContent).toBe('3 cookies expire in the next 30 days.');
    const days = within(timeline).getAllByTestId('timeline-day');
    expect(days).toHaveLength(30);
    expect(days.map((d) => Number(d.getAttribute('data-count')))).toEqual(
      Array.from({ length: 30 }, (_, i) => (i === 1 ? 2 : i === 5 ? 1 : 0)),
    );
    expect(days[1]!.getAttribute('title')).toBe('Tomorrow · 2 cookies');
    const next = within(timeline).getByTestId('timeline-next');
    const items = within(next).getAllByRole('listitem');
    expect(items[0]!.textContent).toBe('Tomorrow 2 cookies · one.test, two.test');
    expect(within(items[0]!).getByRole('link', { name: 'two.test' }).getAttribute('href')).toBe(
      '#/site/two.test',
    );
    const inFive = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' }).format(
      new Date(noonIn(5) * 1000),
    );
    expect(items[1]!.textContent).toBe(`${inFive} 1 cookie · two.test`);
  });

  it('counts every expiry of a large jar, past the first window of 1,000 rows', async () => {
    const many = (count: number, days: number, domain: string) =>
      Array.from({ length: count }, (_, i) =>
        cookie({ name: `c${i}`, value: 'v', domain, expires: noonIn(days) }),
      );
    const { client, callsOf } = createFakeClient({
      cookies: [...many(1100, 1, 'busy.test'), ...many(150, 3, 'later.test')],
    });
    renderApp(client);
    const total = await screen.findByTestId('expiry-total');
    expect(total.textContent).toBe('1,250 cookies expire in the next 30 days.');
    const counts = screen.getAllByTestId('timeline-day').map((d) => Number(d.getAttribute('data-count')));
    expect(counts[1]).toBe(1100);
    expect(counts[3]).toBe(150);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1250);
    // One window, then one count per day it did not cover in full (from the day its last row falls on).
    expect(callsOf('jar.query').filter((q) => q.limit === 1)).toHaveLength(29);
    // A day read in part names no sites (some would be missing).
    expect(screen.getByTestId('timeline-next').textContent).toContain('Tomorrow 1,100 cookies');
    expect(screen.getByTestId('timeline-next').textContent).not.toContain('busy.test');
  });

  it('says when nothing expires soon', async () => {
    const { client } = createFakeClient({
      cookies: [cookie({ name: 'pref', value: 'v', domain: 'example.org', expires: noonIn(200) })],
    });
    renderApp(client);
    const total = await screen.findByTestId('expiry-total');
    expect(total.textContent).toBe('No cookie expires in the next 30 days.');
    expect(screen.queryAllByTestId('timeline-day')).toHaveLength(0);
  });

  it('opens a site from its row', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client);
    const rows = await screen.findAllByTestId('site-row');
    fireEvent.click(rows[1]!);
    expect(window.location.hash).toBe('#/site/example.org');
    expect(await screen.findByRole('heading', { level: 1, name: 'example.org' })).toBeTruthy();
    await waitFor(() => expect(callsOf('sites.get')).toEqual([{ site: 'example.org' }]));
  });

  it('says so when the core fails', async () => {
    const { client, state } = createFakeClient();
    const { CrumbsError } = await import('../../shared/errors');
    state.failNext['sites.list'] = new CrumbsError('LOCKED', 'Held by crumbs serve (pid 42).');
    renderApp(client);
    const alert = await screen.findByTestId('error-message');
    expect(alert.getAttribute('data-code')).toBe('LOCKED');
    expect(alert.textContent).toContain('Held by crumbs serve (pid 42).');
    expect(alert.textContent).toContain('LOCKED');
  });

  it('sorts and searches in French too', async () => {
    const { client } = createFakeClient(threeSites());
    renderApp(client, { language: 'fr' });
    await screen.findAllByTestId('site-row');
    fireEvent.click(screen.getByRole('button', { name: /^Cookies stockés/ }));
    expect(screen.getByRole('columnheader', { name: /tri décroissant/ })).toBeTruthy();
    expect(screen.getByText('3 sites sur 3')).toBeTruthy();
  });
});
