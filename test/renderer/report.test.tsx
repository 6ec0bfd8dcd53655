import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRoute, routeHref } from '../../renderer/app/routing';
import { CrumbsError } from '../../shared/errors';
import type { Cookie } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { cookie, EXAMPLE_SITE, examplePolicy } from './fixtures';
import { renderApp } from './render';

const DAY = 86_400;

/**
 * The example site's jar: sessionid (declared 2 weeks) lives a year; csrftoken stays within its 12 months; _ga
 * (not declared, statistics in the catalog) lives 2 years; paris_audience (not declared, unknown to the catalog)
 * too; cookies_preferences and django_language are declared but not stored. example.org has no policy.
 */
function jar(): Cookie[] {
  const now = Math.floor(Date.now() / 1000);
  const lives = (days: number) => ({ creation: now - DAY, expires: now - DAY + days * DAY });
  return [
    cookie({ name: 'sessionid', value: 'v1', domain: EXAMPLE_SITE, ...lives(365) }),
    cookie({ name: 'csrftoken', value: 'v2', domain: EXAMPLE_SITE, ...lives(300) }),
    cookie({ name: '_ga', value: 'v3', domain: EXAMPLE_SITE, hostOnly: false, ...lives(730) }),
    cookie({ name: 'paris_audience', value: 'v4', domain: EXAMPLE_SITE, ...lives(730) }),
    cookie({ name: 'pref', value: 'v5', domain: 'example.org', ...lives(200) }),
  ];
}

const rows = () => screen.getAllByTestId('finding-row');
const rowOf = (cookieName: string, kind: string) =>
  rows().find((r) => r.dataset.cookie === cookieName && r.dataset.kind === kind);
const text = (row: HTMLElement | undefined, testId: string) =>
  row ? within(row).getByTestId(testId).textContent : undefined;

describe('report view', () => {
  it('is one step away in the navigation and lists the findings by severity with counts', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client);
    fireEvent.click(screen.getByRole('link', { name: 'Report' }));
    await screen.findByRole('heading', { level: 1, name: 'Compliance report' });
    expect(window.location.hash).toBe('#/report');
    expect(screen.getByRole('link', { name: 'Report' }).getAttribute('aria-current')).toBe('page');
    await screen.findAllByTestId('finding-row');
    expect(callsOf('report.run')).toEqual([{}]);

    const counts = Object.fromEntries(
      screen.getAllByTestId('severity-count').map((li) => [li.dataset.severity, li.dataset.count]),
    );
    expect(counts).toEqual({ high: '2', medium: '2', low: '0', info: '2' });
    expect(screen.getByRole('button', { name: 'High: 2' })).toBeTruthy();
    expect(screen.getByTestId('report-total').textContent).toBe('6 findings in all.');

    const groups = screen.getAllByTestId('finding-group');
    expect(groups.map((g) => [g.dataset.severity, within(g).getByRole('heading').textContent])).toEqual([
      ['high', 'High (2)'],
      ['medium', 'Medium (2)'],
      ['info', 'Info (2)'],
    ]);
    expect(
      within(groups[0]!)
        .getAllByTestId('finding-row')
        .map((r) => [r.dataset.cookie, r.dataset.kind]),
    ).toEqual([
      ['_ga', 'tracking-over-13-months'],
      ['sessionid', 'outlives-declared'],
    ]);
    // csrftoken lives within its declared 12 months; the site without a policy has nothing to declare.
    expect(rows().some((r) => r.dataset.cookie === 'csrftoken' || r.dataset.site === 'example.org')).toBe(
      false,
    );
  });

  it('explains each finding in words with its evidence, and links to the site page', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report' });
    await screen.findAllByTestId('finding-row');

    const session = rowOf('sessionid', 'outlives-declared');
    expect(text(session, 'finding-kind')).toBe('Outlives its declaration');
    expect(text(session, 'finding-explanation')).toBe(
      'Cookie “sessionid” lives 1 year, longer than declared (2 weeks), more than twice as long.',
    );
    expect(text(session, 'evidence-declared')).toBe('Declared2 weeks');
    expect(text(session, 'evidence-actual')).toBe('Real lifetime1 year');
    const link = within(session!).getByTestId('finding-site');
    expect(link.getAttribute('href')).toBe(`#/site/${EXAMPLE_SITE}`);

    const tracker = rowOf('_ga', 'tracking-over-13-months');
    expect(text(tracker, 'finding-kind')).toBe('Tracker over 13 months');
    expect(text(tracker, 'finding-explanation')).toBe(
      'Cookie “_ga” is a statistics tracker that lives 2 years, beyond the 13 months CNIL allows for trackers.',
    );
    expect(text(tracker, 'evidence-limit')).toBe('Limit13 months');

    expect(text(rowOf('_ga', 'undeclared'), 'finding-explanation')).toBe(
      `The cookie policy of ${EXAMPLE_SITE} does not declare cookie “_ga”, classified as statistics.`,
    );
    expect(text(rowOf('paris_audience', 'undeclared'), 'finding-explanation')).toBe(
      `The cookie policy of ${EXAMPLE_SITE} does not declare cookie “paris_audience”.`,
    );
    const notSeen = rowOf('django_language', 'not-seen');
    // The fixture declares it as 365 days (its raw text says 12 months, which is 365.2425 days).
    expect(text(notSeen, 'finding-explanation')).toBe(
      `The cookie policy of ${EXAMPLE_SITE} declares cookie “django_language” (365 days), but none is stored.`,
    );
    expect(text(notSeen, 'evidence-actual')).toBe('Real lifetimeNot stored');
  });

  it('filters by severity, kind and site or cookie text, and says how many are shown', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report' });
    await screen.findAllByTestId('finding-row');
    const showing = screen.getByTestId('filter-showing');
    expect(showing.textContent).toBe('Showing 6 of 6 findings.');

    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: 'info' } });
    expect(rows().map((r) => r.dataset.kind)).toEqual(['not-seen', 'not-seen']);
    expect(showing.textContent).toBe('Showing 2 of 6 findings.');

    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'undeclared' } });
    expect(rows().map((r) => r.dataset.cookie)).toEqual(['_ga', 'paris_audience']);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Site or cookie' }), {
      target: { value: 'AUDIENCE' },
    });
    expect(rows().map((r) => r.dataset.cookie)).toEqual(['paris_audience']);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Site or cookie' }), {
      target: { value: 'nothing' },
    });
    expect(screen.getByTestId('findings-no-match').textContent).toContain(
      'No finding matches these filters.',
    );
    fireEvent.click(screen.getByTestId('filter-clear'));
    expect(rows()).toHaveLength(6);

    // The severity chart's rows are toggles for the same filter.
    const high = screen.getByRole('button', { name: 'High: 2' });
    fireEvent.click(high);
    expect(high.getAttribute('aria-pressed')).toBe('true');
    expect(rows().every((r) => r.dataset.severity === 'high')).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('high');
    fireEvent.click(high);
    expect(rows()).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Low: 0' }).hasAttribute('disabled')).toBe(true);
  });

  it('draws declared against real lifetimes: an overflow past the declared mark, and the CNIL mark for trackers', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report' });
    await screen.findAllByTestId('finding-row');
    const chart = screen.getByTestId('lifetime-chart');
    const bars = within(chart).getAllByTestId('lifetime-row');
    const bar = (name: string) => bars.find((b) => b.dataset.cookie === name)!;
    expect(bars.map((b) => b.dataset.cookie).sort()).toEqual(
      ['_ga', 'cookies_preferences', 'django_language', 'paris_audience', 'sessionid'].sort(),
    );

    // The numbers are in the table (the drawing itself is hidden from screen readers).
    const session = bar('sessionid');
    expect(within(session).getByTestId('lifetime-declared').textContent).toBe('2 weeks');
    expect(within(session).getByTestId('lifetime-actual').textContent).toBe('1 year');
    expect(session.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(session.dataset.over).toBe('true');
    const mark = Number(within(session).getByTestId('bar-declared').getAttribute('x1'));
    const over = within(session).getByTestId('bar-over');
    const real = within(session).getByTestId('bar-real');
    // Within the declaration up to the mark, red from the mark on, and the red part is the longer one.
    expect(Number(real.getAttribute('width'))).toBeCloseTo(mark, 0);
    expect(Number(over.getAttribute('x'))).toBeCloseTo(mark, 0);
    expect(Number(over.getAttribute('width'))).toBeGreaterThan(20 * mark);
    expect(within(session).queryByTestId('bar-cnil')).toBeNull();

    // _ga: nothing declared (grey bar, no mark), a statistics tracker: the 13-month mark, which it runs past.
    const ga = bar('_ga');
    expect(within(ga).getByTestId('lifetime-declared').textContent).toBe('Nothing declared');
    expect(within(ga).queryByTestId('bar-declared')).toBeNull();
    expect(within(ga).getByTestId('bar-real').getAttribute('class')).toBe('real undeclared');
    const cnil = Number(within(ga).getByTestId('bar-cnil').getAttribute('data-x'));
    expect(Number(within(ga).getByTestId('bar-real').getAttribute('width'))).toBeGreaterThan(cnil);
    // _ga's 2 years is the longest lifetime: it sets the scale's end.
    expect(Number(within(ga).getByTestId('bar-real').getAttribute('width'))).toBe(1000);

    // Declared but not stored: only the mark.
    const language = bar('django_language');
    expect(within(language).getByTestId('lifetime-actual').textContent).toBe('Not stored');
    expect(within(language).queryByTestId('bar-real')).toBeNull();
    expect(within(language).getByTestId('bar-declared')).toBeTruthy();
    expect(screen.getByText(/CNIL limit for trackers \(13 months\)/)).toBeTruthy();

    // The filters narrow the picture too.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Site or cookie' }), {
      target: { value: 'session' },
    });
    expect(
      within(chart)
        .getAllByTestId('lifetime-row')
        .map((b) => b.dataset.cookie),
    ).toEqual(['sessionid']);
  });

  it('speaks French: kinds, explanations, durations', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report', language: 'fr' });
    await screen.findAllByTestId('finding-row');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rapport de conformité');
    const session = rowOf('sessionid', 'outlives-declared');
    expect(text(session, 'finding-kind')).toBe('Dure plus que déclaré');
    expect(text(session, 'finding-explanation')).toBe(
      'Le cookie « sessionid » dure 1 an, plus que la durée déclarée (2 semaines), plus du double.',
    );
    expect(text(rowOf('_ga', 'tracking-over-13-months'), 'finding-explanation')).toBe(
      'Le cookie « _ga » est un traceur (statistiques) qui dure 2 ans, au-delà des 13 mois admis par la CNIL pour les traceurs.',
    );
    expect(text(rowOf('_ga', 'undeclared'), 'finding-explanation')).toBe(
      `La politique cookies de ${EXAMPLE_SITE} ne déclare pas le cookie « _ga », de catégorie statistiques.`,
    );
    expect(screen.getByRole('button', { name: 'Élevée : 2' })).toBeTruthy();
    expect(within(screen.getByTestId('lifetime-chart')).getAllByText('2 semaines').length).toBeGreaterThan(0);
  });

  it('reports on one site at #/report/<site>, chosen from the scope menu', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report' });
    await screen.findAllByTestId('finding-row');
    const scope = screen.getByRole('combobox', { name: 'Report on' });
    await screen.findByRole('option', { name: 'example.org' });
    fireEvent.change(scope, { target: { value: EXAMPLE_SITE } });
    await waitFor(() => expect(window.location.hash).toBe(`#/report/${EXAMPLE_SITE}`));
    await waitFor(() => expect(callsOf('report.run')).toContainEqual({ site: EXAMPLE_SITE }));
    expect(screen.getByTestId('report-site-link').getAttribute('href')).toBe(`#/site/${EXAMPLE_SITE}`);
    expect(document.title).toBe(`Report · ${EXAMPLE_SITE} · Crumbs — accept-all, 5 cookies`);
    await waitFor(() => expect(screen.getByTestId('report-meta').textContent).toContain('1 site checked.'));

    fireEvent.change(screen.getByRole('combobox', { name: 'Report on' }), {
      target: { value: 'example.org' },
    });
    await waitFor(() => expect(window.location.hash).toBe('#/report/example.org'));
    // example.org has no policy, and its cookie is no tracker: nothing to report, and a way to fix that.
    const empty = await screen.findByTestId('report-no-policy');
    expect(empty.textContent).toContain('No cookie policy to compare with yet.');
    expect(within(empty).getByRole('link', { name: 'Go to the sites' }).getAttribute('href')).toBe('#/sites');
  });

  it('says so when every cookie matches its declaration', async () => {
    const now = Math.floor(Date.now() / 1000);
    const matching = examplePolicy.entries.map((entry) =>
      cookie({ name: entry.name, value: 'x', domain: EXAMPLE_SITE, creation: now, expires: now + 7 * DAY }),
    );
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: matching });
    renderApp(client, { hash: `#/report/${EXAMPLE_SITE}` });
    const empty = await screen.findByTestId('report-empty');
    expect(empty.textContent).toContain('No findings: every cookie matches its declaration.');
    expect(screen.queryByTestId('severity-chart')).toBeNull();
  });

  it('shows the error when the report cannot be made', async () => {
    const { client, state } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    state.failNext['report.run'] = new CrumbsError('JAR_CORRUPT', 'The jar file is damaged.');
    renderApp(client, { hash: '#/report' });
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('JAR_CORRUPT');
    expect(error.textContent).toContain('The jar file is damaged.');
  });
});

describe('report routes', () => {
  it('reads #/report and #/report/<site>, and writes them back', () => {
    expect(parseRoute('#/report')).toEqual({ name: 'report' });
    expect(parseRoute('#/report/dashboard.paris')).toEqual({ name: 'report', site: 'dashboard.paris' });
    expect(parseRoute('#/report/caf%C3%A9.fr')).toEqual({ name: 'report', site: 'café.fr' });
    expect(routeHref({ name: 'report', site: 'café.fr' })).toBe('#/report/caf%C3%A9.fr');
    expect(routeHref({ name: 'report' })).toBe('#/report');
    // Not a site: the sites list, as for any unknown fragment.
    expect(parseRoute('#/report/')).toEqual({ name: 'sites' });
    expect(parseRoute('#/report/%E0%A4%A')).toEqual({ name: 'sites' });
    expect(parseRoute('#/site/dashboard.paris')).toEqual({ name: 'site', site: 'dashboard.paris' });
  });
});

describe('report export', () => {
  const blobs: Blob[] = [];
  const clicked: { download: string }[] = [];
  beforeEach(() => {
    blobs.length = 0;
    clicked.length = 0;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads the report of the scope on screen as CSV', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: `#/report/${EXAMPLE_SITE}` });
    await screen.findAllByTestId('finding-row');
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download the report' }));
    const result = await screen.findByTestId('report-export-result');
    expect(result.textContent).toBe(`Saved ${EXAMPLE_SITE}-cookie-report.csv.`);
    expect(callsOf('report.export')).toEqual([{ site: EXAMPLE_SITE, format: 'csv', language: 'en' }]);
    expect(clicked).toEqual([{ download: `${EXAMPLE_SITE}-cookie-report.csv` }]);
    expect(blobs[0]!.type).toBe('text/csv');
    const lines = (await blobs[0]!.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('Severity,Site,Cookie,Kind,Message,Declared,Actual');
    expect(lines).toHaveLength(7);
    expect(lines.some((l) => l.startsWith(`high,${EXAMPLE_SITE},sessionid,outlives-declared,`))).toBe(true);
  });

  it('downloads the whole jar as an HTML page in the UI language', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report', language: 'fr' });
    await screen.findAllByTestId('finding-row');
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger le rapport' }));
    await screen.findByTestId('report-export-result');
    expect(callsOf('report.export')).toEqual([{ format: 'html', language: 'fr' }]);
    expect(clicked).toEqual([{ download: 'crumbs-cookie-report.html' }]);
    const page = await blobs[0]!.text();
    expect(page).toContain('Rapport de conformité des cookies');
    expect(page).toContain('sessionid');
  });
});
